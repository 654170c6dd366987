import type { CaseStage, Role } from '@avrr/domain';

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

/**
 * Whose move it is on a case, from the read model: the role that can take the next step. Null when the case waits
 * on nobody (closed, or the service itself is undoing a withdrawal).
 */
export function nextActorOf(row: WorkRow): Role | null {
  const what = (row.waitingFor ?? '').toLowerCase();
  if (row.stage === 'closed') return null;
  if (row.onProtectionHold || what.startsWith('a supervisor') || what.includes('by a supervisor')) return 'supervisor';
  if (what.startsWith('the withdrawal')) return null;
  switch (row.stage) {
    case 'intake':
    case 'counselling':
    case 'screening':
    case 'consent':
      return 'counsellor';
    case 'travel_documents':
    case 'booking':
    case 'departure':
      return 'logistics_officer';
    case 'pre_departure':
      if (what.includes('best-interests')) return 'supervisor';
      if (what.includes('family assessment') || what.includes('referral to a protection service')) return 'partner_focal_point';
      if (what.includes('trafficking risk')) return 'counsellor';
      return 'logistics_officer';
    case 'arrival':
      return 'partner_focal_point';
    case 'reintegration': {
      const plan = row.state?.plan as { status?: string } | null | undefined;
      return plan?.status === 'submitted' ? 'supervisor' : 'partner_focal_point';
    }
    case 'monitoring':
      return 'partner_focal_point';
  }
}

/** Overdue once the due time has passed; due soon within `soonMs` of now; otherwise simply open. */
export function urgencyOf(dueAt: Date | null, now: Date, soonMs: number): Urgency {
  if (!dueAt) return 'open';
  if (dueAt.getTime() < now.getTime()) return 'overdue';
  return dueAt.getTime() - now.getTime() <= soonMs ? 'due_soon' : 'open';
}

const URGENCY_ORDER: Record<Urgency, number> = { overdue: 0, due_soon: 1, open: 2 };

/** Overdue first, then due soon, then the rest; within each, the earliest due first and undated last. */
export function compareWork(a: { urgency: Urgency; dueAt: string | null }, b: { urgency: Urgency; dueAt: string | null }): number {
  return URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency] || (a.dueAt ?? '\uffff').localeCompare(b.dueAt ?? '\uffff');
}

/** The booked itinerary's first departure and last arrival, when a booking is active. */
export function itineraryOf(state: Record<string, unknown> | null): { reference: string; departsAt: string; arrivesAt: string } | null {
  const booking = state?.booking as { status?: string; reference?: string; segments?: Array<{ departsAt: string; arrivesAt: string }> } | null | undefined;
  const segments = booking?.segments ?? [];
  if (!booking || booking.status !== 'booked' || segments.length === 0) return null;
  return { reference: booking.reference ?? '', departsAt: segments[0].departsAt, arrivesAt: segments[segments.length - 1].arrivesAt };
}
