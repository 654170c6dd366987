import { condition, proxyActivities, setHandler, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import type { CaseStage } from '@avrr/domain';
import type { CaseActivities } from '../contracts/case-activities.contract';
import { CaseSnapshot, caseSnapshotQuery, ReturnCaseInput } from '../contracts/return-case.contract';
import { CASE_STAGE } from '../contracts/search-attributes';

const activities = proxyActivities<CaseActivities>({
  startToCloseTimeout: '30 seconds',
  // Writes are idempotent by key, so retrying until the database or Redis is back is always safe.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

/** The life of one return case. Intake is recorded here; each later stage waits on people's actions. */
export async function returnCaseWorkflow(input: ReturnCaseInput): Promise<void> {
  const snapshot: CaseSnapshot = {
    caseId: input.caseId,
    reference: input.reference,
    stage: 'intake',
    outcome: null,
    waitingFor: null,
    dueAt: null,
  };
  setHandler(caseSnapshotQuery, () => snapshot);

  await activities.recordCaseEvent({
    caseId: input.caseId,
    eventKey: 'intake',
    type: 'intake_recorded',
    actor: input.counsellor.name,
    actorRole: 'counsellor',
    occurredAt: input.openedAt,
    details: { reference: input.reference, hostOffice: input.hostOffice, countryOfReturn: input.countryOfReturn },
    readModel: { stage: 'counselling', waitingFor: 'a counselling session' },
  });
  await activities.sendNotification({
    key: `${workflowInfo().workflowId}:case-assigned`,
    caseId: input.caseId,
    to: input.counsellor.email,
    template: 'case_assigned',
    data: {
      counsellorName: input.counsellor.name,
      reference: input.reference,
      hostOffice: input.hostOffice,
      countryOfReturn: input.countryOfReturn,
    },
  });
  moveTo(snapshot, 'counselling', 'a counselling session');

  // Counselling and every stage after it arrive as updates; until then the case sleeps here at no cost.
  await condition(() => snapshot.stage !== 'counselling');
}

function moveTo(snapshot: CaseSnapshot, stage: CaseStage, waitingFor: string | null): void {
  snapshot.stage = stage;
  snapshot.waitingFor = waitingFor;
  upsertSearchAttributes([{ key: CASE_STAGE, value: stage }]);
}
