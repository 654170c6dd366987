import type { CaseState } from './case-state';
import { deriveStage, missingConsents, missingPreDepartureGates, missingTravelDocuments } from './case-gates';
import { addMonths, addMs, dayOf } from './dates';
import { holdReviewDueAt } from './protection-referrals';
import { finalReportOf, hasValidatedFinalReport } from './final-report';
import { caseReason, reasonText } from './case-reasons';

/** Programme configuration for every timer of a case, in milliseconds (follow-ups in calendar months). */
export interface ProgrammeTimings {
  travelDocumentDeadlineMs: number;
  travelDocumentReminderBeforeMs: number;
  /** How long after the planned departure a missing confirmation becomes overdue. */
  departureConfirmationAfterMs: number;
  departureReminderBeforeMs: number;
  /** How long after the planned arrival a missing confirmation becomes overdue (72 hours by default). */
  arrivalConfirmationAfterMs: number;
  arrivalReminderBeforeMs: number;
  planDueAfterArrivalMs: number;
  planReminderBeforeMs: number;
  followUpMonths: number[];
  followUpReminderBeforeMs: number;
  /** How long a closed case's workflow stays open for a reopening before it ends. */
  closedCaseReopenWindowMs: number;
  /**
   * When a protection hold's first review is due after it was placed; later ones are set at each review. Optional:
   * workflows started before holds had reviews carry none, and keep the timers their history recorded.
   */
  protectionHoldReviewAfterMs?: number;
  protectionHoldReviewReminderBeforeMs?: number;
  /**
   * Closing as completed needs a validated final report. Not a timing, but a rule fixed at start like them: workflows
   * started before final reports existed carry none, and close as they began.
   */
  finalReportRequired?: boolean;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const DEFAULT_PROGRAMME_TIMINGS: ProgrammeTimings = {
  travelDocumentDeadlineMs: 21 * DAY,
  travelDocumentReminderBeforeMs: 7 * DAY,
  departureConfirmationAfterMs: 2 * DAY,
  departureReminderBeforeMs: 1 * DAY,
  arrivalConfirmationAfterMs: 72 * HOUR,
  arrivalReminderBeforeMs: 24 * HOUR,
  planDueAfterArrivalMs: 30 * DAY,
  planReminderBeforeMs: 7 * DAY,
  followUpMonths: [3, 6, 12],
  followUpReminderBeforeMs: 14 * DAY,
  closedCaseReopenWindowMs: 365 * DAY,
  protectionHoldReviewAfterMs: 30 * DAY,
  protectionHoldReviewReminderBeforeMs: 7 * DAY,
  finalReportRequired: true,
};

export type AlertAudience = 'counsellor' | 'logistics_officer' | 'partner_focal_point' | 'supervisor';

/** A reminder before something is due, or an escalation once it is overdue. */
export interface CaseAlert {
  /** Unique per case and occurrence, so an alert is sent once even across restarts. */
  key: string;
  kind: 'reminder' | 'escalation';
  at: string;
  audience: AlertAudience[];
  /** What is awaited, as a sentence fragment: "the travel document for Awa Ndiaye". */
  what: string;
  dueAt: string;
  /**
   * The timeline event the alert leaves, when not `reminder_sent` or `escalation_sent`: an alert about a protection
   * hold has a type of its own, shown only to the roles that may see protection details.
   */
  event?: string;
}

/** Something the case is waiting for with a date, from which the alerts derive. */
interface Deadline {
  key: string;
  what: string;
  dueAt: string;
  reminderBeforeMs: number;
  remind: AlertAudience[];
  escalate: AlertAudience[];
  /** Prefix of the alerts' own event types (`<prefix>_reminder_sent`), for alerts of a sensitive category. */
  event?: string;
}

function deadlines(state: CaseState, t: ProgrammeTimings): Deadline[] {
  if (state.closed || state.withdrawal) return [];
  const list: Deadline[] = [];
  const review = holdReviewDueAt(state, t.protectionHoldReviewAfterMs);
  if (review) {
    list.push({
      key: `protection-hold-review:${review}`,
      what: 'the review of the protection hold',
      dueAt: review,
      reminderBeforeMs: t.protectionHoldReviewReminderBeforeMs ?? 0,
      remind: ['supervisor'],
      escalate: ['supervisor', 'counsellor'],
      event: 'hold_review',
    });
  }
  for (const p of state.people) {
    const request = state.travelDocuments[p.id]?.request;
    if (request?.status === 'pending') {
      list.push({
        key: `travel-document:${p.id}:${request.attempt}`,
        what: reasonText(caseReason('travel_document_due', { person: p.name, consulate: request.consulate })),
        dueAt: addMs(request.requestedAt, t.travelDocumentDeadlineMs),
        reminderBeforeMs: t.travelDocumentReminderBeforeMs,
        remind: ['logistics_officer'],
        escalate: ['supervisor', 'logistics_officer'],
      });
    }
  }
  const booking = state.booking;
  if (booking?.status === 'booked' && !state.departure) {
    const departsAt = booking.segments[0].departsAt;
    list.push({
      key: `departure:${booking.reference}:${departsAt}`,
      what: reasonText(caseReason('departure_confirmation', { day: dayOf(departsAt), reference: booking.reference })),
      dueAt: addMs(departsAt, t.departureConfirmationAfterMs),
      reminderBeforeMs: t.departureReminderBeforeMs,
      remind: ['logistics_officer'],
      escalate: ['supervisor', 'logistics_officer'],
    });
  }
  if (state.departure && !state.arrival && booking) {
    const arrivesAt = booking.segments[booking.segments.length - 1].arrivesAt;
    list.push({
      key: `arrival:${booking.reference}`,
      what: reasonText(caseReason('arrival_confirmation', { day: dayOf(arrivesAt) })),
      dueAt: addMs(arrivesAt, t.arrivalConfirmationAfterMs),
      reminderBeforeMs: t.arrivalReminderBeforeMs,
      remind: ['partner_focal_point'],
      escalate: ['partner_focal_point', 'supervisor'],
    });
  }
  if (state.arrival) {
    if (state.plan?.status !== 'approved' && state.plan?.status !== 'submitted') {
      list.push({
        key: 'reintegration-plan',
        what: reasonText(caseReason('reintegration_plan_due')),
        dueAt: addMs(state.arrival.arrivedAt, t.planDueAfterArrivalMs),
        reminderBeforeMs: t.planReminderBeforeMs,
        remind: ['partner_focal_point'],
        escalate: ['partner_focal_point', 'supervisor'],
      });
    }
    t.followUpMonths.forEach((months, i) => {
      if (state.followUps.length > i) return;
      list.push({
        key: `follow-up:${i + 1}`,
        what: reasonText(caseReason('follow_up_visit', { number: String(i + 1), months: String(months) })),
        dueAt: addMonths(state.arrival!.arrivedAt, months),
        reminderBeforeMs: t.followUpReminderBeforeMs,
        remind: ['partner_focal_point'],
        escalate: ['partner_focal_point', 'supervisor'],
      });
    });
  }
  return list;
}

/** Alerts not sent yet, earliest first. The workflow sleeps until the first one and sends it. */
export function pendingAlerts(state: CaseState, t: ProgrammeTimings): CaseAlert[] {
  const fired = new Set(state.firedAlerts);
  return deadlines(state, t)
    .flatMap((d): CaseAlert[] => [
      {
        key: `${d.key}:reminder`,
        kind: 'reminder',
        at: addMs(d.dueAt, -d.reminderBeforeMs),
        audience: d.remind,
        what: d.what,
        dueAt: d.dueAt,
        ...(d.event ? { event: `${d.event}_reminder_sent` } : {}),
      },
      {
        key: `${d.key}:escalation`,
        kind: 'escalation',
        at: d.dueAt,
        audience: d.escalate,
        what: d.what,
        dueAt: d.dueAt,
        ...(d.event ? { event: `${d.event}_escalation_sent` } : {}),
      },
    ])
    .filter((a) => !fired.has(a.key))
    .sort((a, b) => a.at.localeCompare(b.at) || a.key.localeCompare(b.key));
}

/** What the case waits for next, in words, and by when if there is a date. */
export function waitingFor(
  state: CaseState,
  t: ProgrammeTimings,
  now: string,
): { what: string | null; dueAt: string | null } {
  const today = dayOf(now);
  const first = (items: string[]) => items[0];
  const nextDeadline = deadlines(state, t).sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0];
  if (state.closed) return { what: null, dueAt: null };
  if (state.withdrawal) return { what: 'the withdrawal to finish undoing what was under way', dueAt: null };
  if (state.protectionHold.active)
    return {
      what: 'a supervisor to review the protection hold',
      dueAt: holdReviewDueAt(state, t.protectionHoldReviewAfterMs),
    };
  if (state.stranded) return { what: "a supervisor's decision on the refused travel document", dueAt: null };
  switch (deriveStage(state, today)) {
    case 'counselling':
      return { what: 'counselling that covers every option and an informed choice', dueAt: null };
    case 'screening':
      return state.screening
        ? { what: 'a supervisor to close the case as ineligible, or a new screening', dueAt: null }
        : { what: 'screening', dueAt: null };
    case 'consent':
      return { what: first(missingConsents(state, today)), dueAt: null };
    case 'travel_documents':
      return nextDeadline
        ? { what: nextDeadline.what, dueAt: nextDeadline.dueAt }
        : { what: first(missingTravelDocuments(state, today)), dueAt: null };
    case 'pre_departure':
      return { what: first(missingPreDepartureGates(state, today)), dueAt: null };
    case 'booking':
      return { what: 'a travel booking', dueAt: null };
    default:
      if (nextDeadline) return { what: nextDeadline.what, dueAt: nextDeadline.dueAt };
      // A case under the final report rule waits for it, then for its validation, before closure.
      if (t.finalReportRequired && state.plan?.status === 'approved' && !hasValidatedFinalReport(state))
        return {
          what: reasonText(
            caseReason(finalReportOf(state)?.status === 'submitted' ? 'final_report_validation' : 'final_report'),
          ),
          dueAt: null,
        };
      return { what: 'closure by a supervisor', dueAt: null };
  }
}
