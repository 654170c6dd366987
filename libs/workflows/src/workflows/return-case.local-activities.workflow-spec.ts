import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import { DEFAULT_PROGRAMME_TIMINGS } from '@avrr/domain';
import { CaseRepository } from '@avrr/persistence';
import { caseDataConverter, returnCaseInput } from '@avrr/temporal';
import { caseActionUpdates, RETURN_CASE_WORKFLOW } from '@avrr/workflows';
import { CaseActivitiesService } from '../../../../apps/worker/src/activities/case-activities.service';
import { saveCase } from '../../../../test/support/case-rows';
import { counsellingUpdate, stackAndWorkerConnection } from '../../../../test/support/own-worker';

jest.setTimeout(120_000);

const { stack: testStack, connection: workerConnection } = stackAndWorkerConnection();

describe('local activities on the dev server', () => {
  it('replay in the order they ran when the intake and a first update run in the same workflow task', async () => {
    const stack = testStack();
    const connection = workerConnection();
    const entity = await saveCase(stack.api.get(CaseRepository));
    const client = stack.api.get(Client);
    const taskQueue = `local-activities-${entity.id}`;
    const handle = await client.workflow.start(RETURN_CASE_WORKFLOW, {
      taskQueue,
      workflowId: entity.workflowId,
      args: [returnCaseInput(entity, DEFAULT_PROGRAMME_TIMINGS, { informationAcknowledgement: false })],
    });
    // Sent before any worker polls the queue, so the first workflow task carries the start and the update: the
    // intake's projection and the update's run in the same task.
    const update = handle.executeUpdate(caseActionUpdates.record_counselling, { args: [counsellingUpdate(entity)] });
    await sleep(1_000);

    // The intake's projection and the update's end together, so their results reach the workflow in one activation:
    // on the first run the update's handler then went on first, on replay the intake (TMPRL1100 before the fix).
    // Serialised, the update's projection cannot start before the intake's has ended, and the wait times out.
    const activities = stack.worker.get(CaseActivitiesService).toActivities();
    let secondStarted!: () => void;
    const bothStarted = new Promise<void>((resolve) => (secondStarted = resolve));
    let projections = 0;
    const togetherOrAfter = (n: number) => (n < 2 ? Promise.race([bothStarted, sleep(2_000)]) : Promise.resolve());
    const worker = await Worker.create({
      connection,
      taskQueue,
      workflowBundle: { codePath: stack.config.temporal.workflowBundlePath! },
      dataConverter: caseDataConverter(stack.config),
      activities: {
        ...activities,
        recordCaseEvent: async (input: Parameters<typeof activities.recordCaseEvent>[0]) => {
          const n = projections++;
          if (n === 1) secondStarted();
          await togetherOrAfter(n);
          return activities.recordCaseEvent(input);
        },
      },
    });
    const answer = await worker.runUntil(update);
    expect(answer.state.counselling.sessions).toHaveLength(1);

    // The update was accepted in the first workflow task, beside the intake.
    const history = await handle.fetchHistory();
    const accepted = history.events!.findIndex((e) => e.workflowExecutionUpdateAcceptedEventAttributes);
    expect(history.events!.slice(0, accepted).filter((e) => e.workflowTaskCompletedEventAttributes)).toHaveLength(1);
    await expect(
      Worker.runReplayHistory(
        {
          workflowBundle: { codePath: stack.config.temporal.workflowBundlePath! },
          dataConverter: caseDataConverter(stack.config),
        },
        history,
        entity.workflowId,
      ),
    ).resolves.toBeUndefined();
    await handle.terminate('test over');
  });
});
