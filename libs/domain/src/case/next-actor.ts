import type { CaseStage } from './case-stage';
import type { Role } from './roles';

/** What the next-actor rule reads from a case: its read-model columns and the projected state. */
export interface NextActorFacts {
  stage: CaseStage;
  waitingFor: string | null;
  onProtectionHold: boolean;
  /** The workflow state as last projected; only the plan's status and the needs-attention flag are read from it. */
  state: Record<string, unknown> | null;
}

/**
 * Whose move it is on a case: the role that can take the next step. Null when the case waits on nobody (closed, or
 * the service itself is undoing a withdrawal). The projection stores it in `return_case.next_actor` for My work.
 */
export function nextActorOf(row: NextActorFacts): Role | null {
  const what = (row.waitingFor ?? '').toLowerCase();
  if (row.stage === 'closed') return null;
  // The read model is behind the workflow (its projection failed for good): a supervisor must look first.
  if (row.state?.needsAttention) return 'supervisor';
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
      if (what.includes('family assessment') || what.includes('referral to a protection service'))
        return 'partner_focal_point';
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
