import type { UpdateDefinition } from '@temporalio/common';
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import {
  ACTION_ROLES,
  type Actor,
  type CaseAction,
  type CaseActionType,
  type CaseOpening,
  type CaseReason,
  type CaseStage,
  type CaseState,
  type ProgrammeTimings,
} from '@avrr/domain';

export const RETURN_CASE_WORKFLOW = 'returnCaseWorkflow';

/** One workflow per case, forever: the id is derived from the case id, so a second start is refused. */
export function returnCaseWorkflowId(caseId: string): string {
  return `return-case-${caseId}`;
}

/** What the workflow needs at start. After a continue-as-new it also carries the state so far. */
export interface ReturnCaseInput {
  opening: CaseOpening;
  counsellor: { name: string; email: string };
  timings: ProgrammeTimings;
  /**
   * Programme rules fixed at start, like the timings: a running case keeps those it began under. Absent in workflows
   * started before they existed, which then require nothing of them.
   */
  requirements?: { informationAcknowledgement: boolean };
  carriedOver?: { state: CaseState; appliedUpdateIds: string[]; stage: CaseStage };
}

/** What every action answers with, and what the query returns: the case as the workflow holds it. */
export interface CaseSnapshot {
  stage: CaseStage;
  waitingFor: string | null;
  dueAt: string | null;
  state: CaseState;
}

export interface CaseActionRequest<A extends CaseAction = CaseAction> {
  action: A;
  actor: Actor;
  /**
   * The paper the programme requires for this action and the case file lacks, as the API found it (workflow code
   * cannot read the file). Absent when nothing is missing, and in every request sent before the evidence rules.
   */
  missingEvidence?: CaseReason;
}

export const CASE_ACTION_TYPES = Object.keys(ACTION_ROLES) as CaseActionType[];

/** One update per action, named after it, so the Temporal UI's history reads like the case's story. */
export const caseActionUpdates = Object.fromEntries(
  CASE_ACTION_TYPES.map((type) => [type, defineUpdate<CaseSnapshot, [CaseActionRequest]>(type)]),
) as Record<CaseActionType, UpdateDefinition<CaseSnapshot, [CaseActionRequest]>>;

export const caseSnapshotQuery = defineQuery<CaseSnapshot>('caseSnapshot');

/** The error type (ApplicationFailure.type) of a refused action is its domain code, prefixed to tell it apart. */
export const REFUSAL_PREFIX = 'case_refused:';
