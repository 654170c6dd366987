import { defineQuery } from '@temporalio/workflow';
import type { CaseOutcome, CaseStage } from '@avrr/domain';

export const RETURN_CASE_WORKFLOW = 'returnCaseWorkflow';

/** One workflow per case, forever: the id is derived from the case id, so a second start is refused. */
export function returnCaseWorkflowId(caseId: string): string {
  return `return-case-${caseId}`;
}

/** What the workflow needs to know at start; everything else it reads or is told later. */
export interface ReturnCaseInput {
  caseId: string;
  reference: string;
  hostOffice: string;
  countryOfReturn: string;
  counsellor: { name: string; email: string };
  /** When the counsellor opened the case (ISO timestamp), which is when intake happened. */
  openedAt: string;
}

export interface CaseSnapshot {
  caseId: string;
  reference: string;
  stage: CaseStage;
  outcome: CaseOutcome | null;
  /** What the case waits for, in words, and by when (ISO timestamp), if anything. */
  waitingFor: string | null;
  dueAt: string | null;
}

export const caseSnapshotQuery = defineQuery<CaseSnapshot>('caseSnapshot');
