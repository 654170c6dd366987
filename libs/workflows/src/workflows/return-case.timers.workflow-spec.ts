import { randomUUID } from 'node:crypto';
import type { Duration } from '@temporalio/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import {
  addMonths,
  addMs,
  type CaseAction,
  type CaseState,
  DEFAULT_PROGRAMME_TIMINGS,
  deriveStage,
  evolve,
  initialCaseState,
  SYSTEM_ACTOR,
} from '@avrr/domain';
import { CaseRepository, TimelineRepository } from '@avrr/persistence';
import { CaseWorkflowStarter } from '@avrr/temporal';
import { caseSnapshotQuery, RETURN_CASE_WORKFLOW, type ReturnCaseInput } from '@avrr/workflows';
import { CaseActivitiesService } from '../../../../apps/worker/src/activities/case-activities.service';
import { TEST_USERS } from '../../../../test/support/access';
import { ACTORS, CaseDriver } from '../../../../test/support/case-driver';
import { saveCase } from '../../../../test/support/case-rows';
import { waitForMail } from '../../../../test/support/mail-catcher';
import { startStack, TestStack } from '../../../../test/support/stack';

jest.setTimeout(180_000);

let stack: TestStack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

describe('travel document deadline on the dev server, with short programme timings', () => {
  it('reminds logistics before the deadline and escalates to the supervisor when it passes', async () => {
    const entity = await saveCase(stack.api.get(CaseRepository));
    await stack.api.get(CaseWorkflowStarter).ensureStarted(entity, {
      ...DEFAULT_PROGRAMME_TIMINGS,
      travelDocumentDeadlineMs: 6_000,
      travelDocumentReminderBeforeMs: 3_000,
    });
    const view = await (
      await fetch(`${stack.baseUrl}/cases/${entity.id}`, { headers: { ...ACTORS.supervisor } })
    ).json();
    const c = new CaseDriver(stack.baseUrl, entity.id, view);
    await c.counsel();
    await c.screen();
    await c.consentAdults();
    const requested = await c.do('travel-documents/requests', 'logistics', {
      personId: c.people[0].id,
      consulate: 'Consulate of Senegal',
    });
    expect(requested.dueAt).not.toBeNull();

    const catcher = stack.config.smtp.catcherUrl!;
    const reminder = await waitForMail(
      catcher,
      (m) => m.subject.startsWith(`Reminder: the travel document for`) && m.subject.includes(entity.reference),
    );
    // The accounts of the role in the case's office, not the configured team address.
    expect(reminder.to[0].address).toBe(TEST_USERS.logistics.email);
    const escalation = await waitForMail(
      catcher,
      (m) =>
        m.subject.startsWith('Overdue: the travel document for') &&
        m.subject.includes(entity.reference) &&
        m.to.some((t) => t.address === TEST_USERS.supervisor.email),
    );
    // One email per person: the supervisor's is their own.
    expect(escalation.to.map((t) => t.address)).toEqual([TEST_USERS.supervisor.email]);

    const alerts = (await stack.api.get(TimelineRepository).listForCase(entity.id)).filter(
      (e) => e.type.endsWith('_sent') && e.type !== 'pre_arrival_notice_sent',
    );
    expect(alerts.map((e) => e.type)).toEqual(['reminder_sent', 'escalation_sent']);
    // Each alert is recorded after its timer fired, so neither comes early; how late depends on the machine's load,
    // so the gap between them is not asserted.
    const dueAt = new Date(requested.dueAt).getTime();
    expect(alerts[0].occurredAt.getTime()).toBeGreaterThanOrEqual(dueAt - 3_000);
    expect(alerts[1].occurredAt.getTime()).toBeGreaterThanOrEqual(dueAt);
  });
});

describe('the real default durations, months of them, on the time-skipping test server', () => {
  let env: TestWorkflowEnvironment;

  beforeAll(async () => {
    env = await TestWorkflowEnvironment.createTimeSkipping({
      server: { executable: { type: 'existing-path', path: stack.config.temporal.testServerPath! } },
    });
  });

  afterAll(async () => {
    await env?.teardown();
  });

  it('after arrival: the plan reminder at 23 days and escalation at 30, then each follow-up at 3, 6 and 12 months', async () => {
    const entity = await saveCase(stack.api.get(CaseRepository));
    const arrivedAt = new Date(await env.currentTimeMs()).toISOString();
    const input = arrivedCase(entity.id, entity.reference, arrivedAt);
    const { worker, taskQueue } = await caseWorker(entity.id);

    const state = await runFor(worker, taskQueue, input, '400 days');

    const followUp = (n: number, months: number) => [
      [
        `follow-up:${n}:reminder`,
        addMs(addMonths(arrivedAt, months), -DEFAULT_PROGRAMME_TIMINGS.followUpReminderBeforeMs),
      ],
      [`follow-up:${n}:escalation`, addMonths(arrivedAt, months)],
    ];
    const expected = [
      ['reintegration-plan:reminder', addMs(arrivedAt, 23 * 86_400_000)],
      ['reintegration-plan:escalation', addMs(arrivedAt, 30 * 86_400_000)],
      ...followUp(1, 3),
      ...followUp(2, 6),
      ...followUp(3, 12),
    ];
    expect(state.firedAlerts).toEqual(expected.map(([key]) => key));

    // Each alert was written when the workflow's clock reached its time (within the seconds a workflow task takes).
    const events = (await stack.api.get(TimelineRepository).listForCase(entity.id)).filter((e) =>
      e.eventKey.startsWith('alert:'),
    );
    expect(events.map((e) => e.eventKey.slice('alert:'.length))).toEqual(expected.map(([key]) => key));
    events.forEach((e, i) => expectWithinSeconds(e.occurredAt, expected[i][1]));
  });

  it('after departure: the partner is reminded 24 hours before and alerted 72 hours after the planned arrival', async () => {
    const entity = await saveCase(stack.api.get(CaseRepository));
    const plannedArrival = new Date(await env.currentTimeMs()).toISOString();
    const input = arrivedCase(entity.id, entity.reference, plannedArrival, { stopAt: 'departed' });
    const { worker, taskQueue } = await caseWorker(entity.id);

    const state = await runFor(worker, taskQueue, input, '4 days');

    expect(state.firedAlerts).toEqual(['arrival:TS0001:reminder', 'arrival:TS0001:escalation']);
    const events = (await stack.api.get(TimelineRepository).listForCase(entity.id)).filter((e) =>
      e.eventKey.startsWith('alert:'),
    );
    expect(events.map((e) => [e.type, e.details.to])).toEqual([
      ['reminder_sent', ['partner_focal_point']],
      ['escalation_sent', ['partner_focal_point', 'supervisor']],
    ]);
    expectWithinSeconds(events[0].occurredAt, addMs(plannedArrival, 48 * 3_600_000));
    expectWithinSeconds(events[1].occurredAt, addMs(plannedArrival, 72 * 3_600_000));
  });

  it('on protection hold: the review reminder to the supervisor at 23 days and the escalation at 30, once each', async () => {
    const entity = await saveCase(stack.api.get(CaseRepository));
    const heldAt = new Date(await env.currentTimeMs()).toISOString();
    const input = heldCase(entity.id, entity.reference, heldAt);
    const { worker, taskQueue } = await caseWorker(entity.id);

    // Well past the due day: an overdue review is escalated once, not again and again.
    const state = await runFor(worker, taskQueue, input, '60 days');

    const due = addMs(heldAt, 30 * 86_400_000);
    expect(state.firedAlerts).toEqual([
      `protection-hold-review:${due}:reminder`,
      `protection-hold-review:${due}:escalation`,
    ]);
    const events = (await stack.api.get(TimelineRepository).listForCase(entity.id)).filter((e) =>
      e.eventKey.startsWith('alert:'),
    );
    expect(events.map((e) => [e.type, e.details.to])).toEqual([
      ['hold_review_reminder_sent', ['supervisor']],
      ['hold_review_escalation_sent', ['supervisor', 'counsellor']],
    ]);
    expectWithinSeconds(events[0].occurredAt, addMs(heldAt, 23 * 86_400_000));
    expectWithinSeconds(events[1].occurredAt, due);
  });

  it('an alert whose email fails for good flags the case for a supervisor; the workflow goes on', async () => {
    // No row for this case: every email and projection fails for good (missing_row), as with a case removed under
    // the workflow. Before, the first alert's failed email failed the whole workflow.
    const caseId = randomUUID();
    const heldAt = new Date(await env.currentTimeMs()).toISOString();
    const { worker, taskQueue } = await caseWorker(caseId);
    const { state, status } = await worker.runUntil(async () => {
      const handle = await env.client.workflow.start(RETURN_CASE_WORKFLOW, {
        taskQueue,
        workflowId: taskQueue,
        args: [heldCase(caseId, 'RC-2026-999999', heldAt)],
      });
      await env.sleep('40 days');
      return {
        state: (await handle.query(caseSnapshotQuery)).state,
        status: (await handle.describe()).status.name,
      };
    });
    expect(status).toBe('RUNNING');
    expect(state.firedAlerts).toHaveLength(2);
    expect(state.needsAttention?.reason).toMatch(/^activity_permanent:/);
  });

  /** A worker on the time-skipping server with the real activities, on a task queue of the case's own. */
  async function caseWorker(caseId: string): Promise<{ worker: Worker; taskQueue: string }> {
    const taskQueue = `time-skipping-${caseId}`;
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: { codePath: stack.config.temporal.workflowBundlePath! },
      activities: stack.worker.get(CaseActivitiesService).toActivities(),
    });
    return { worker, taskQueue };
  }

  async function runFor(
    worker: Worker,
    taskQueue: string,
    input: ReturnCaseInput,
    duration: Duration,
  ): Promise<CaseState> {
    return worker.runUntil(async () => {
      const handle = await env.client.workflow.start(RETURN_CASE_WORKFLOW, {
        taskQueue,
        workflowId: taskQueue,
        args: [input],
      });
      await env.sleep(duration);
      return (await handle.query(caseSnapshotQuery)).state;
    });
  }
});

/**
 * A case as it stands at arrival (or just after departure), carried into a new workflow the way a
 * continue-as-new carries it: the time-skipping server then runs its timers without any update.
 */
function arrivedCase(
  caseId: string,
  reference: string,
  arrivedAt: string,
  options: { stopAt?: 'departed' } = {},
): ReturnCaseInput {
  const principalId = '8b1d6c1e-5b7a-4c1e-9a4f-2f0a6e1d3c11';
  const opening = {
    caseId,
    reference,
    hostOffice: 'PARIS',
    countryOfReturn: 'SN',
    regionOfReturn: 'Dakar',
    openedAt: addMs(arrivedAt, -60 * 86_400_000),
    people: [
      {
        id: principalId,
        name: 'Awa Ndiaye',
        dateOfBirth: '1990-03-14',
        isPrincipal: true,
        relationship: null,
        vulnerabilities: [],
        documents: [{ type: 'passport' as const, number: 'A1', expiresOn: '2035-01-01' }],
      },
    ],
  };
  const departsAt = addMs(arrivedAt, -6 * 3_600_000);
  const steps: CaseAction[] = [
    {
      type: 'record_counselling',
      heldOn: opening.openedAt.slice(0, 10),
      language: 'fr',
      interpreter: null,
      optionsDiscussed: ['legal_stay', 'onward_migration', 'return'],
      countryInformationProvided: true,
      informedChoiceConfirmed: true,
    },
    {
      type: 'record_screening',
      eligible: true,
      ineligibilityReason: null,
      asylumClaimPending: false,
      fearOfReturn: false,
      protectionConcern: null,
    },
    {
      type: 'sign_consent',
      personId: principalId,
      formVersion: 'v1',
      language: 'fr',
      interpreter: null,
      signedOn: opening.openedAt.slice(0, 10),
      witness: 'W',
      signedBy: 'self',
      guardianName: null,
      shareDataWithPartner: true,
    },
    {
      type: 'book_travel',
      reference: 'TS0001',
      segments: [
        {
          from: 'CDG',
          to: 'DSS',
          toCountry: 'SN',
          carrier: 'AF',
          flightNumber: '718',
          departsAt,
          arrivesAt: arrivedAt,
        },
      ],
      passengerIds: [principalId],
      excluded: [],
      escorts: [],
      transitAssistance: false,
    },
    { type: 'confirm_departure', departedAt: departsAt },
    {
      type: 'confirm_arrival',
      arrivedAt,
      metAtAirport: true,
      onwardTransport: true,
      immediateNeeds: null,
      receivingGuardian: null,
    },
  ];
  const taken = options.stopAt === 'departed' ? steps.slice(0, -1) : steps;
  const state = taken.reduce<CaseState>(
    (s, action) => evolve(s, action, SYSTEM_ACTOR, arrivedAt),
    initialCaseState(opening),
  );
  return {
    opening,
    counsellor: { name: 'Claire Martin', email: 'claire@avrr.test' },
    timings: DEFAULT_PROGRAMME_TIMINGS,
    carriedOver: {
      state: { ...state, preArrivalNoticeSentAt: departsAt },
      stage: options.stopAt === 'departed' ? 'arrival' : 'reintegration',
      appliedUpdateIds: [],
    },
  };
}

/** A case put on protection hold at screening, carried into a new workflow as a continue-as-new would carry it. */
function heldCase(caseId: string, reference: string, heldAt: string): ReturnCaseInput {
  const opening = {
    caseId,
    reference,
    hostOffice: 'PARIS',
    countryOfReturn: 'SN',
    regionOfReturn: 'Dakar',
    openedAt: heldAt,
    people: [
      {
        id: '5e0c2a4b-7d1f-4f6e-8c3b-9a2d1e0f4b21',
        name: 'Awa Ndiaye',
        dateOfBirth: '1990-03-14',
        isPrincipal: true,
        relationship: null,
        vulnerabilities: [],
        documents: [],
      },
    ],
  };
  const steps: CaseAction[] = [
    {
      type: 'record_counselling',
      heldOn: heldAt.slice(0, 10),
      language: 'fr',
      interpreter: null,
      optionsDiscussed: ['legal_stay', 'onward_migration', 'return'],
      countryInformationProvided: true,
      informedChoiceConfirmed: true,
    },
    {
      type: 'record_screening',
      eligible: true,
      ineligibilityReason: null,
      asylumClaimPending: false,
      fearOfReturn: true,
      protectionConcern: null,
    },
  ];
  const state = steps.reduce<CaseState>(
    (s, action) => evolve(s, action, SYSTEM_ACTOR, heldAt),
    initialCaseState(opening),
  );
  return {
    opening,
    counsellor: { name: 'Claire Martin', email: 'claire@avrr.test' },
    timings: DEFAULT_PROGRAMME_TIMINGS,
    // The stage the workflow would derive itself: a change would upsert a search attribute this server lacks.
    carriedOver: { state, stage: deriveStage(state, heldAt.slice(0, 10)), appliedUpdateIds: [] },
  };
}

function expectWithinSeconds(actual: Date, expectedIso: string, seconds = 5): void {
  const drift = Math.abs(actual.getTime() - Date.parse(expectedIso));
  if (drift > seconds * 1000) throw new Error(`${actual.toISOString()} is not within ${seconds}s of ${expectedIso}`);
}
