import type { CaseAction } from './case-actions';
import { COUNSELLING_OPTIONS } from './case-actions';
import type { CaseState } from './case-state';
import type { Actor } from './roles';
import { placeHold } from './protection-hold';
import { evolveHousehold } from './household-amendment';
import { evolveProtection } from './protection-referrals';
import { evolveFinalReport } from './final-report';
import { evolvePreDepartureInformation } from './pre-departure-information';

/**
 * The state after an accepted action. Pure: `decide` has already said yes, and the workflow runs any side effects
 * (timeline, notifications, compensation) afterwards.
 */
export function evolve(state: CaseState, action: CaseAction, actor: Actor, now: string): CaseState {
  const s: CaseState = JSON.parse(JSON.stringify(state));
  s.version += 1;
  switch (action.type) {
    case 'record_counselling': {
      const { type: _t, ...session } = action;
      s.counselling.sessions.push(session);
      const covered = new Set(s.counselling.sessions.flatMap((x) => x.optionsDiscussed));
      s.counselling.complete =
        COUNSELLING_OPTIONS.every((o) => covered.has(o)) &&
        s.counselling.sessions.some((x) => x.countryInformationProvided) &&
        s.counselling.sessions.some((x) => x.informedChoiceConfirmed);
      break;
    }
    case 'record_screening': {
      s.screening = { recordedAt: now, eligible: action.eligible, ineligibilityReason: action.ineligibilityReason };
      const reasons = [
        ...(action.asylumClaimPending ? ['asylum claim pending'] : []),
        ...(action.fearOfReturn ? ['fear of persecution or serious harm on return'] : []),
        ...(action.protectionConcern ? [`protection concern: ${action.protectionConcern}`] : []),
      ];
      if (reasons.length > 0) placeHold(s, reasons, actor, now);
      break;
    }
    case 'place_protection_hold':
      placeHold(s, [action.reason], actor, now);
      break;
    case 'lift_protection_hold':
      s.protectionHold = {
        active: false,
        reasons: [],
        since: null,
        history: [...s.protectionHold.history, { action: 'lifted', reason: action.reason, at: now, by: actor }],
      };
      break;
    case 'sign_consent': {
      const { type: _t, personId, shareDataWithPartner, ...record } = action;
      s.consents[personId] = [...(s.consents[personId] ?? []).filter((c) => c.signedBy !== record.signedBy), record];
      s.dataSharingConsent[personId] = shareDataWithPartner;
      break;
    }
    case 'withdraw_consent':
      s.withdrawal = { reason: action.reason, requestedAt: now, by: actor, completedSteps: [] };
      break;
    case 'request_travel_document': {
      const current = s.travelDocuments[action.personId] ?? { held: null, request: null };
      s.travelDocuments[action.personId] = {
        ...current,
        request: {
          consulate: action.consulate,
          requestedAt: now,
          attempt: (current.request?.attempt ?? 0) + 1,
          status: 'pending',
        },
      };
      break;
    }
    case 'issue_travel_document': {
      const status = s.travelDocuments[action.personId];
      status.held = { type: action.documentType, number: action.number, expiresOn: action.expiresOn };
      status.request = { ...status.request!, status: 'issued' };
      break;
    }
    case 'refuse_travel_document': {
      const status = s.travelDocuments[action.personId];
      status.request = { ...status.request!, status: 'refused', refusalReason: action.reason };
      s.stranded = {
        since: s.stranded?.since ?? now,
        personIds: [...new Set([...(s.stranded?.personIds ?? []), action.personId])],
      };
      break;
    }
    case 'decide_stranded':
      s.stranded = null;
      if (action.decision === 'close') {
        s.closed = { outcome: 'not_departed', reason: `Stranded: ${action.note}`, at: now, by: actor };
      }
      break;
    case 'record_medical_clearance':
      s.medical[action.personId] = {
        fitToTravel: action.fitToTravel,
        certificateValidUntil: action.certificateValidUntil,
        escortRequired: action.escortRequired,
        recordedAt: now,
      };
      break;
    case 'record_best_interests':
      s.bestInterests[action.personId] = { decision: action.decision, decidedOn: action.decidedOn };
      break;
    case 'record_family_assessment':
      s.familyAssessment[action.personId] = {
        outcome: action.outcome,
        receivingGuardian: action.receivingGuardian,
        assessedOn: action.assessedOn,
      };
      break;
    case 'record_trafficking_risk':
      s.traffickingRisk[action.personId] = { ...s.traffickingRisk[action.personId], [action.country]: action.outcome };
      break;
    case 'record_protection_referral':
      s.protectionReferral[action.personId] = { service: action.service, referredOn: action.referredOn };
      break;
    case 'book_travel':
    case 'rebook_travel': {
      if (s.booking?.status === 'booked') {
        s.cancelledBookings.push({
          ...s.booking,
          status: 'cancelled',
          cancellationReason: 'replaced by a new booking',
        });
      }
      const { type: _t, ...itinerary } = action;
      // Members who stay behind are on the booking's exclusions with the reason recorded for them.
      const stays = Object.entries(s.notTravelling ?? {})
        .filter(([id]) => !itinerary.excluded.some((e) => e.personId === id))
        .map(([personId, n]) => ({ personId, reason: n.reason }));
      s.booking = { ...itinerary, excluded: [...itinerary.excluded, ...stays], bookedAt: now, status: 'booked' };
      break;
    }
    case 'cancel_booking':
      cancelBooking(s, action.reason);
      break;
    case 'confirm_departure':
      s.departure = { departedAt: action.departedAt };
      break;
    case 'record_no_show':
      s.noShows.push({ recordedAt: now, reason: action.reason });
      cancelBooking(s, `no-show: ${action.reason}`);
      break;
    case 'confirm_arrival': {
      const { type: _t, ...arrival } = action;
      s.arrival = arrival;
      break;
    }
    case 'submit_plan':
      s.plan = { components: action.components, submittedAt: now, status: 'submitted' };
      break;
    case 'approve_plan':
      s.plan = { ...s.plan!, status: 'approved', decisionReason: action.note ?? undefined };
      break;
    case 'reject_plan':
      s.plan = { ...s.plan!, status: 'rejected', decisionReason: action.reason };
      break;
    case 'record_follow_up':
      s.followUps.push({
        visitNumber: s.followUps.length + 1,
        visitedOn: action.visitedOn,
        notes: action.notes,
        recordedAt: now,
      });
      break;
    case 'record_milestone':
      s.milestones = [
        ...(s.milestones ?? []),
        {
          kind: action.kind,
          personId: action.personId,
          achievedOn: action.achievedOn,
          note: action.note,
          recordedAt: now,
        },
      ];
      break;
    case 'amend_household':
      evolveHousehold(s, action, actor, now);
      break;
    case 'review_protection_hold':
    case 'refer_to_protection_service':
    case 'record_referral_response':
    case 'record_referral_follow_up':
      evolveProtection(s, action, actor, now);
      break;
    case 'submit_final_report':
    case 'validate_final_report':
    case 'return_final_report':
      evolveFinalReport(s, action, actor, now);
      break;
    case 'record_pre_departure_information':
      evolvePreDepartureInformation(s, action, actor, now);
      break;
    case 'close_case':
      cancelBooking(s, `case closed: ${action.reason}`);
      s.closed = { outcome: action.outcome, reason: action.reason, at: now, by: actor };
      break;
    case 'reopen_case':
      // A withdrawn consent stays withdrawn: a reopened case needs fresh declarations.
      if (s.closed?.outcome === 'withdrawn') {
        s.consents = {};
        s.dataSharingConsent = {};
      }
      s.closed = null;
      s.withdrawal = null;
      s.reopenings.push({ reason: action.reason, at: now, by: actor });
      break;
  }
  return s;
}

export function cancelBooking(s: CaseState, reason: string): void {
  if (s.booking?.status !== 'booked') return;
  s.cancelledBookings.push({ ...s.booking, status: 'cancelled', cancellationReason: reason });
  s.booking = null;
}

/** Ends a withdrawal once its compensation has run: the case closes as withdrawn. */
export function closeAsWithdrawn(state: CaseState, now: string): CaseState {
  const s: CaseState = JSON.parse(JSON.stringify(state));
  s.version += 1;
  cancelBooking(s, 'consent withdrawn');
  s.closed = { outcome: 'withdrawn', reason: s.withdrawal!.reason, at: now, by: s.withdrawal!.by };
  return s;
}

/**
 * Closes every request still waiting for a consulate, with the reason: during a protection hold the state of return
 * must not be asked to recognise the person, nor chased by reminders. Logistics ask again once the hold is lifted.
 * Returns the people whose request was withdrawn.
 */
export function withdrawPendingTravelDocumentRequests(
  state: CaseState,
  reason: string,
): { state: CaseState; personIds: string[] } {
  const personIds = Object.entries(state.travelDocuments)
    .filter(([, status]) => status.request?.status === 'pending')
    .map(([id]) => id);
  if (personIds.length === 0) return { state, personIds };
  const travelDocuments = { ...state.travelDocuments };
  for (const id of personIds) {
    travelDocuments[id] = {
      ...travelDocuments[id],
      request: { ...travelDocuments[id].request!, status: 'withdrawn', withdrawnReason: reason },
    };
  }
  return { state: { ...state, version: state.version + 1, travelDocuments }, personIds };
}
