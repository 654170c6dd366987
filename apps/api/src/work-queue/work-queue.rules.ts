import type { CaseStage } from '@avrr/domain';

/** What the work queue needs from a case's read-model row. */
export interface WorkRow {
  stage: CaseStage;
  waitingFor: string | null;
  dueAt: Date | null;
  onProtectionHold: boolean;
  /** The workflow state as last projected (read model `state`); only a few facts are read from it. */
  state: Record<string, unknown> | null;
}

export type Urgency = 'overdue' | 'due_soon' | 'open';

// Whose move it is: the rule lives in the domain, since the projection stores it in the read model's next_actor.
export { nextActorOf } from '@avrr/domain';

/** Overdue once the due time has passed; due soon within `soonMs` of now; otherwise simply open. */
export function urgencyOf(dueAt: Date | null, now: Date, soonMs: number): Urgency {
  if (!dueAt) return 'open';
  if (dueAt.getTime() < now.getTime()) return 'overdue';
  return dueAt.getTime() - now.getTime() <= soonMs ? 'due_soon' : 'open';
}

const URGENCY_ORDER: Record<Urgency, number> = { overdue: 0, due_soon: 1, open: 2 };

/** Overdue first, then due soon, then the rest; within each, the earliest due first and undated last. */
export function compareWork(
  a: { urgency: Urgency; dueAt: string | null },
  b: { urgency: Urgency; dueAt: string | null },
): number {
  return (
    URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency] || (a.dueAt ?? '\uffff').localeCompare(b.dueAt ?? '\uffff')
  );
}

/** The booked itinerary's first departure and last arrival, when a booking is active. */
export function itineraryOf(
  state: Record<string, unknown> | null,
): { reference: string; departsAt: string; arrivesAt: string } | null {
  const booking = state?.booking as
    | { status?: string; reference?: string; segments?: Array<{ departsAt: string; arrivesAt: string }> }
    | null
    | undefined;
  const segments = booking?.segments ?? [];
  if (!booking || booking.status !== 'booked' || segments.length === 0) return null;
  return {
    reference: booking.reference ?? '',
    departsAt: segments[0].departsAt,
    arrivesAt: segments[segments.length - 1].arrivesAt,
  };
}
