import { DomainError } from '../errors/domain-error';
import { ADULT_AGE, ageOn } from '../household/household';
import { ACTION_ROLES, CaseAction } from './case-actions';
import type { CaseState } from './case-state';
import {
  deriveStage,
  hasActiveBooking,
  isTraffickingVictim,
  isUnaccompaniedChild,
  missingConsents,
  missingConsentReasons,
  missingPreDepartureGateReasons,
  person,
} from './case-gates';
import { bookingViolations } from './booking.rules';
import { caseReason, reasonText } from './case-reasons';
import { dayOf, latestDayAnywhere, utcDayOf } from './dates';
import { decideHouseholdAmendment } from './household-amendment';
import { decideProtection, hasAcceptedReferral } from './protection-referrals';
import { decideFinalReport, hasValidatedFinalReport } from './final-report';
import {
  decidePreDepartureInformation,
  hasAcknowledgedInformation,
  INFORMATION_NOT_ACKNOWLEDGED,
} from './pre-departure-information';
import type { Actor } from './roles';

export interface DecisionContext {
  actor: Actor;
  /** The workflow's clock, ISO timestamp. */
  now: string;
  /** How many follow-up visits the programme schedules before a case can close as completed. */
  followUpsRequired: number;
  /**
   * Whether closing as completed needs a validated final report: the case's programme timings say so for workflows
   * started since final reports exist; older ones close as they began.
   */
  finalReportRequired?: boolean;
  /**
   * Whether consent waits for the acknowledgement of the country's information sheets. Carried in the workflow's input
   * from the programme's setting when the case started; absent (not required) for cases started before it existed.
   */
  informationAcknowledgementRequired?: boolean;
}

const ACTION_LABELS: Record<CaseAction['type'], string> = {
  record_counselling: 'record a counselling session',
  record_screening: 'record screening',
  place_protection_hold: 'place a protection hold',
  lift_protection_hold: 'lift a protection hold',
  sign_consent: 'take consent',
  withdraw_consent: 'withdraw consent',
  request_travel_document: 'request a travel document',
  issue_travel_document: 'record an issued travel document',
  refuse_travel_document: 'record a refused travel document',
  decide_stranded: 'decide on a stranded case',
  record_medical_clearance: 'record medical clearance',
  record_best_interests: 'record a best-interests determination',
  record_family_assessment: 'record a family assessment',
  record_trafficking_risk: 'record a trafficking risk assessment',
  record_protection_referral: 'record a protection referral',
  book_travel: 'book travel',
  rebook_travel: 'rebook travel',
  cancel_booking: 'cancel a booking',
  confirm_departure: 'confirm departure',
  record_no_show: 'record a no-show',
  confirm_arrival: 'confirm arrival',
  submit_plan: 'submit a reintegration plan',
  approve_plan: 'approve a reintegration plan',
  reject_plan: 'reject a reintegration plan',
  record_follow_up: 'record a follow-up visit',
  record_milestone: 'record a reintegration milestone',
  amend_household: 'amend the household',
  review_protection_hold: 'review a protection hold',
  refer_to_protection_service: 'refer to a protection service',
  record_referral_response: "record a protection service's answer",
  record_referral_follow_up: 'record a referral follow-up',
  submit_final_report: 'file the final report',
  validate_final_report: 'validate the final report',
  return_final_report: 'return the final report',
  record_pre_departure_information: 'record pre-departure information',
  close_case: 'close the case',
  reopen_case: 'reopen the case',
};

const refuse = (code: string, message: string, details?: Record<string, unknown>) =>
  new DomainError(code, message, details);

/**
 * Whether an action may happen now. Returns the refusal (code and a sentence for people) or null.
 * Runs in the workflow's update validator, so a refused action never enters history.
 */
export function decide(state: CaseState, action: CaseAction, ctx: DecisionContext): DomainError | null {
  const today = dayOf(ctx.now);
  const label = ACTION_LABELS[action.type];
  if (ctx.actor.role !== 'system' && !ACTION_ROLES[action.type].includes(ctx.actor.role)) {
    return refuse('role_not_allowed', `A ${ctx.actor.role.replace(/_/g, ' ')} cannot ${label}.`);
  }
  if (state.closed && action.type !== 'reopen_case') {
    return refuse('case_closed', `The case is closed (${state.closed.outcome.replace(/_/g, ' ')}); reopen it first.`);
  }
  if (state.withdrawal && !state.closed) {
    return refuse('withdrawal_in_progress', 'Consent was withdrawn; the case is being closed.');
  }
  const departed = state.departure !== null;
  const beforeDeparture = (): DomainError | null =>
    departed
      ? refuse(
          'already_departed',
          `The returnee has departed (${utcDayOf(state.departure!.departedAt)}); you cannot ${label} now.`,
        )
      : null;
  const knownPerson = (personId: string): DomainError | null =>
    person(state, personId) ? null : refuse('unknown_person', `Person ${personId} is not a member of this household.`);
  // A day someone enters is a day of their time zone; an instant (departure, arrival) has UTC's day (dates.ts).
  const latestDay = latestDayAnywhere(ctx.now);
  const notInFuture = (day: string, what: string, bound = latestDay): DomainError | null =>
    day > bound ? refuse('date_in_future', `${what} (${day}) cannot be in the future.`) : null;
  const onHold = (): DomainError | null =>
    state.protectionHold.active
      ? refuse(
          'protection_hold',
          `The case is on protection hold (${state.protectionHold.reasons.join('; ')}): no consent and no travel until a supervisor lifts it.`,
        )
      : null;

  switch (action.type) {
    case 'record_counselling':
      return beforeDeparture() ?? notInFuture(action.heldOn, 'The session date');

    case 'record_screening':
      if (!state.counselling.complete) {
        return refuse(
          'counselling_incomplete',
          'Screening comes after counselling that covered legal stay, onward migration and return, the situation in the country of return, and the person confirmed an informed choice.',
        );
      }
      return beforeDeparture();

    case 'place_protection_hold':
      return (
        beforeDeparture() ??
        (action.reason.trim() ? null : refuse('reason_required', 'A protection hold records its reason.'))
      );

    case 'lift_protection_hold':
      if (!state.protectionHold.active) return refuse('no_protection_hold', 'The case is not on protection hold.');
      return action.reason.trim() ? null : refuse('reason_required', 'Lifting a protection hold needs a reason.');

    case 'sign_consent': {
      const p = person(state, action.personId);
      if (!p) return knownPerson(action.personId);
      const err = beforeDeparture() ?? onHold() ?? notInFuture(action.signedOn, 'The signature date');
      if (err) return err;
      if (!state.screening) return refuse('screening_required', 'Consent is taken after screening.');
      if (!state.screening.eligible) return refuse('ineligible', 'The case was screened as not eligible.');
      if (ctx.informationAcknowledgementRequired && !hasAcknowledgedInformation(state))
        return refuse('information_not_acknowledged', INFORMATION_NOT_ACKNOWLEDGED);
      const adult = ageOn(p.dateOfBirth, today) >= ADULT_AGE;
      if (adult && action.signedBy !== 'self')
        return refuse('consent_signer', `${p.name} is an adult and signs their own declaration.`);
      if (!adult && action.signedBy === 'self')
        return refuse(
          'consent_signer',
          `${p.name} is a child: the guardian signs, and an unaccompanied child also gives their own consent.`,
        );
      if (action.signedBy === 'child' && !isUnaccompaniedChild(p))
        return refuse('consent_signer', `${p.name} travels with their family; the guardian's consent covers them.`);
      if (action.signedBy === 'guardian' && !action.guardianName?.trim())
        return refuse('guardian_required', "A guardian's consent names the guardian.");
      return null;
    }

    case 'withdraw_consent':
      if (departed) {
        return refuse(
          'already_departed',
          `Consent can no longer be withdrawn: the returnee departed on ${utcDayOf(state.departure!.departedAt)}.`,
        );
      }
      return action.reason.trim() ? null : refuse('reason_required', 'A withdrawal records its reason.');

    case 'request_travel_document': {
      const err = knownPerson(action.personId) ?? beforeDeparture() ?? onHold();
      if (err) return err;
      const missing = missingConsents(state, today);
      if (missing.length > 0)
        return refuse(
          'consent_required',
          `The consulate is contacted only after consent: missing ${missing.join('; ')}.`,
        );
      if (state.travelDocuments[action.personId]?.request?.status === 'pending') {
        return refuse('request_pending', 'A request for this person is already waiting for the consulate.');
      }
      return null;
    }

    case 'issue_travel_document':
    case 'refuse_travel_document': {
      const err = knownPerson(action.personId) ?? beforeDeparture();
      if (err) return err;
      if (state.travelDocuments[action.personId]?.request?.status !== 'pending') {
        return refuse('no_pending_request', 'There is no pending travel document request for this person.');
      }
      if (action.type === 'issue_travel_document' && action.expiresOn <= today) {
        return refuse('document_expired', `A document expiring on ${action.expiresOn} is not valid for travel.`);
      }
      return null;
    }

    case 'decide_stranded':
      return state.stranded ? null : refuse('not_stranded', 'The case is not stranded.');

    case 'record_medical_clearance':
      return knownPerson(action.personId) ?? beforeDeparture();

    case 'record_best_interests':
    case 'record_family_assessment': {
      const p = person(state, action.personId);
      if (!p) return knownPerson(action.personId);
      if (!isUnaccompaniedChild(p))
        return refuse('not_unaccompanied_child', `${p.name} is not an unaccompanied or separated child.`);
      return (
        beforeDeparture() ??
        notInFuture(action.type === 'record_best_interests' ? action.decidedOn : action.assessedOn, 'The decision date')
      );
    }

    case 'record_trafficking_risk':
    case 'record_protection_referral': {
      const p = person(state, action.personId);
      if (!p) return knownPerson(action.personId);
      if (!isTraffickingVictim(p))
        return refuse('not_trafficking_victim', `${p.name} is not recorded as a victim of trafficking.`);
      return action.type === 'record_protection_referral' ? notInFuture(action.referredOn, 'The referral date') : null;
    }

    case 'book_travel':
    case 'rebook_travel': {
      const err = beforeDeparture() ?? onHold();
      if (err) return err;
      if (action.type === 'book_travel' && hasActiveBooking(state)) {
        return refuse('already_booked', `Travel is already booked (${state.booking!.reference}); rebook or cancel it.`);
      }
      if (action.type === 'rebook_travel' && !state.booking && state.cancelledBookings.length === 0) {
        return refuse('no_booking', 'There is no booking to rebook; book travel instead.');
      }
      // Coded reasons travel with the refusal, so that each reader gets the words their role may read.
      const reasons = [
        ...(state.counselling.complete ? [] : [caseReason('counselling')]),
        ...(state.screening?.eligible ? [] : [caseReason('screening')]),
        ...missingConsentReasons(state, today),
        ...missingPreDepartureGateReasons(state, today).filter((r) => r.code !== 'fit_to_travel'),
      ];
      const notReady = reasons.map((r) =>
        r.code === 'counselling' || r.code === 'screening' ? r.code : reasonText(r),
      );
      if (notReady.length > 0)
        return refuse('booking_not_ready', `Travel cannot be booked yet: missing ${notReady.join('; ')}.`, {
          missing: notReady,
          reasons,
        });
      const violations = bookingViolations(state, action, today);
      return violations.length > 0
        ? refuse('booking_rules', `This booking breaks the booking rules: ${violations.join('; ')}.`, { violations })
        : null;
    }

    case 'cancel_booking':
      return (
        beforeDeparture() ??
        (hasActiveBooking(state) ? null : refuse('no_booking', 'There is no open booking to cancel.'))
      );

    case 'confirm_departure':
      if (!hasActiveBooking(state)) return refuse('no_booking', 'Departure needs a booking.');
      return beforeDeparture() ?? onHold() ?? notInFuture(utcDayOf(action.departedAt), 'The departure', today);

    case 'record_no_show':
      return hasActiveBooking(state) ? beforeDeparture() : refuse('no_booking', 'A no-show needs a booking.');

    case 'confirm_arrival': {
      if (!departed) return refuse('not_departed', 'Arrival is confirmed after departure.');
      if (state.arrival) return refuse('already_arrived', 'Arrival is already confirmed.');
      if (Date.parse(action.arrivedAt) < Date.parse(state.departure!.departedAt)) {
        return refuse('arrival_before_departure', 'Arrival cannot be before the recorded departure.');
      }
      const future = notInFuture(utcDayOf(action.arrivedAt), 'The arrival', today);
      if (future) return future;
      const child = state.people.find((p) => isUnaccompaniedChild(p) && state.booking?.passengerIds.includes(p.id));
      if (child && !action.receivingGuardian?.trim()) {
        return refuse(
          'receiving_guardian_required',
          `${child.name} is an unaccompanied child: name the guardian who received them.`,
        );
      }
      return null;
    }

    case 'submit_plan':
      if (!state.arrival) return refuse('not_arrived', 'The reintegration plan is written after arrival.');
      if (state.plan?.status === 'approved') return refuse('plan_approved', 'The plan is already approved.');
      if (state.plan?.status === 'submitted')
        return refuse('plan_pending', 'A plan is already waiting for a decision.');
      return action.components.length > 0 ? null : refuse('plan_empty', 'A plan has at least one component.');

    case 'approve_plan':
    case 'reject_plan':
      if (state.plan?.status !== 'submitted')
        return refuse('no_plan_submitted', 'There is no submitted plan to decide on.');
      if (action.type === 'reject_plan' && !action.reason.trim())
        return refuse('reason_required', 'A rejected plan goes back with a reason.');
      return null;

    case 'record_follow_up':
      if (!state.arrival) return refuse('not_arrived', 'Follow-up visits start after arrival.');
      return notInFuture(action.visitedOn, 'The visit date');

    case 'record_milestone':
      if (!state.arrival) return refuse('not_arrived', 'Reintegration milestones are recorded after arrival.');
      return (
        (action.personId ? knownPerson(action.personId) : null) ?? notInFuture(action.achievedOn, 'The milestone date')
      );

    case 'amend_household':
      return decideHouseholdAmendment(state, action, latestDay);

    case 'review_protection_hold':
    case 'refer_to_protection_service':
    case 'record_referral_response':
    case 'record_referral_follow_up':
      return decideProtection(state, action, ctx.now, latestDay);

    case 'submit_final_report':
    case 'validate_final_report':
    case 'return_final_report':
      return decideFinalReport(state, action);
    case 'record_pre_departure_information':
      return decidePreDepartureInformation(state, action, latestDay);

    case 'close_case':
      return closeRefusal(state, action, ctx, today);

    case 'reopen_case':
      if (!state.closed) return refuse('case_not_closed', 'Only a closed case can be reopened.');
      return action.reason.trim() ? null : refuse('reason_required', 'Reopening a case needs a reason.');
  }
}

function closeRefusal(
  state: CaseState,
  action: Extract<CaseAction, { type: 'close_case' }>,
  ctx: DecisionContext,
  today: string,
): DomainError | null {
  if (!action.reason.trim()) return refuse('reason_required', 'Closing a case records a reason or final report.');
  const departed = state.departure !== null;
  switch (action.outcome) {
    case 'completed':
      if (deriveStage(state, today) !== 'monitoring')
        return refuse('not_monitoring', 'A case completes after its reintegration plan is approved and followed up.');
      if (state.followUps.length < ctx.followUpsRequired) {
        return refuse(
          'follow_ups_missing',
          `A completed case has its ${ctx.followUpsRequired} follow-up visits; ${state.followUps.length} recorded.`,
        );
      }
      if (ctx.finalReportRequired && !hasValidatedFinalReport(state))
        return refuse(
          'final_report_not_validated',
          'A case closes as completed once the supervisor validated its final report.',
        );
      return null;
    case 'withdrawn':
      return refuse(
        'use_withdraw_consent',
        'A case closes as withdrawn through the consent withdrawal, which also undoes what is under way.',
      );
    case 'referred_to_protection':
      if (departed) return refuse('already_departed', 'A case that departed cannot close as referred to protection.');
      return hasAcceptedReferral(state)
        ? null
        : refuse(
            'referral_not_accepted',
            'A case closes as referred to protection once a protection service accepted a referral.',
          );
    case 'ineligible':
    case 'not_departed':
      return departed
        ? refuse('already_departed', `A case that departed cannot close as ${action.outcome.replace(/_/g, ' ')}.`)
        : null;
    case 'lost_contact':
      return null;
  }
}
