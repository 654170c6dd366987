import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { bundleWorkflowCode, Worker, type WorkflowBundle } from '@temporalio/worker';
import { type History, historyFromJSON, localActivityType, patchId } from '../../../../test/support/history-json';
import { WORKFLOW_TRACING_MEMO } from '../contracts/workflow-tracing';
import { workflowBundleOptions } from '../workflow-bundle';

/**
 * Replays histories exported from real runs (test/export-histories.e2e-spec.ts) against the workflow code as it is
 * now. A change to the workflow that would make cases already running fail on their next task, such as a new
 * activity before an old one, a removed timer, or a different order of commands, fails here with a
 * nondeterminism error.
 */
const HISTORIES_DIR = path.resolve(__dirname, '../../../../test/histories');

interface Expected {
  story: string;
  /** At least this many events: the file is a whole run, not a stub that would replay trivially. */
  minEvents: number;
  /** Updates (human actions) the history must hold, so that replaying it exercises their handlers. */
  updates: string[];
  /** Activities the history must have run. */
  activities: string[];
  /** Local activities the history must have run (their markers). */
  localActivities?: string[];
  /** Memo fields the run was started with. */
  memo?: string[];
  /** Patches the run took (their markers), and patches it was recorded without (by the workflow before them). */
  patches?: { taken?: string[]; without?: string[] };
}

/** Reviews of a hold by supervisors in two time zones, then lifted and consented (two histories). */
const HOLD_REVIEWED = {
  minEvents: 60,
  updates: ['record_screening', 'review_protection_hold', 'lift_protection_hold', 'sign_consent'],
  activities: [],
  localActivities: ['recordCaseEvent', 'notify'],
};

/** A household informed before consent whose final report is returned once, then validated (two histories). */
const FINAL_REPORT_UPDATES = [
  'record_pre_departure_information',
  'sign_consent',
  'book_travel',
  'confirm_arrival',
  'approve_plan',
  'record_follow_up',
  'submit_final_report',
  'return_final_report',
  'validate_final_report',
  'close_case',
];

const EXPECTED: Record<string, Expected> = {
  completed: {
    story: 'a household from intake to a completed closure',
    minEvents: 150,
    updates: [
      'record_counselling',
      'record_screening',
      'sign_consent',
      'request_travel_document',
      'issue_travel_document',
      'record_medical_clearance',
      'book_travel',
      'confirm_departure',
      'confirm_arrival',
      'submit_plan',
      'approve_plan',
      'record_follow_up',
      'close_case',
    ],
    activities: ['recordCaseEvent', 'notify'],
  },
  'completed-with-final-report': {
    story: 'a household informed before consent, whose final report was returned once, then validated before closure',
    minEvents: 150,
    updates: FINAL_REPORT_UPDATES,
    activities: ['recordCaseEvent', 'notify'],
  },
  'unaccompanied-child': {
    story:
      'an unaccompanied child cleared by guardian and child consent, best interests, family assessment and an escort',
    minEvents: 80,
    updates: [
      'record_counselling',
      'record_screening',
      'sign_consent',
      'request_travel_document',
      'issue_travel_document',
      'record_best_interests',
      'record_family_assessment',
      'book_travel',
      'confirm_departure',
      'confirm_arrival',
    ],
    activities: ['recordCaseEvent', 'notify'],
  },
  'withdrawal-after-booking': {
    story: 'a consent withdrawal after booking that cancels the booking, tells the partner and closes the case',
    minEvents: 100,
    updates: ['book_travel', 'withdraw_consent'],
    activities: ['recordCaseEvent', 'notify', 'cancelBooking'],
  },
  'stranded-closed': {
    story: 'a case stranded by a refused travel document and closed by the supervisor',
    minEvents: 40,
    updates: ['request_travel_document', 'refuse_travel_document', 'decide_stranded'],
    activities: ['recordCaseEvent', 'notify'],
  },
  'protection-hold-lifted': {
    story: 'a case on protection hold for fear of return, lifted by a supervisor, then consented',
    minEvents: 30,
    updates: ['record_screening', 'lift_protection_hold', 'sign_consent'],
    activities: ['recordCaseEvent', 'notify'],
  },
  'completed-local-activities': {
    story: 'a household from intake to a completed closure, projected by local activities, its alert timers kept',
    minEvents: 100,
    updates: FINAL_REPORT_UPDATES,
    activities: [],
    localActivities: ['recordCaseEvent', 'notify'],
  },
  'withdrawal-local-activities': {
    story: 'a consent withdrawal after booking, its steps projected by local activities',
    minEvents: 60,
    updates: ['book_travel', 'withdraw_consent'],
    activities: ['cancelBooking', 'stopPendingTransfers'],
    localActivities: ['recordCaseEvent', 'notify'],
  },
  'completed-traced-on-request': {
    story: 'a household from intake to a completed closure, started to make workflow spans only for traced calls',
    minEvents: 100,
    updates: FINAL_REPORT_UPDATES,
    activities: [],
    localActivities: ['recordCaseEvent', 'notify'],
    memo: [WORKFLOW_TRACING_MEMO],
  },
  'protection-hold-reviewed-before-time-zones': {
    story: "a hold reviewed in two time zones by the workflow from before reviews began in the reviewer's day",
    ...HOLD_REVIEWED,
    patches: { without: ['hold-review-in-reviewers-time-zone'] },
  },
  'protection-hold-reviewed-in-time-zones': {
    story: "a hold reviewed in two time zones, each review due when its day begins in the reviewer's time zone",
    ...HOLD_REVIEWED,
    patches: { taken: ['hold-review-in-reviewers-time-zone'] },
  },
};

const files = readdirSync(HISTORIES_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const load = (file: string): History =>
  historyFromJSON(JSON.parse(readFileSync(path.join(HISTORIES_DIR, file), 'utf8')));
const updateNames = (history: History): string[] =>
  (history.events ?? []).flatMap(
    (e) => e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name ?? [],
  );
const activityNames = (history: History): string[] =>
  (history.events ?? []).flatMap((e) => e.activityTaskScheduledEventAttributes?.activityType?.name ?? []);

const localActivityNames = (history: History): string[] =>
  (history.events ?? []).flatMap((e) => localActivityType(e) ?? []);

const patchIds = (history: History): string[] => (history.events ?? []).flatMap((e) => patchId(e) ?? []);

let workflowBundle: WorkflowBundle;

beforeAll(async () => {
  // scripts/test.sh bundles the workflows from this source before jest starts (WORKFLOW_BUNDLE_PATH), for the
  // workers of the suite: the same bundle is replayed here rather than built a second time.
  const built = process.env.WORKFLOW_BUNDLE_PATH;
  if (built && existsSync(built)) {
    workflowBundle = { code: readFileSync(built, 'utf8') };
    return;
  }
  // Run alone (plain jest): bundled from source once, exactly as the worker bundles it.
  const noop = () => undefined;
  const logger = { trace: noop, debug: noop, info: noop, log: noop, warn: console.warn, error: console.error };
  workflowBundle = await bundleWorkflowCode({ ...workflowBundleOptions(), logger });
}, 120_000);

describe('the return case workflow replays the histories of real runs', () => {
  it('has a history for every representative case, and knows every history it replays', () => {
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  describe.each(Object.entries(EXPECTED))('%s.json', (name, expected) => {
    it(`records ${expected.story}: at least ${expected.minEvents} events, its updates and activities`, () => {
      const history = load(`${name}.json`);
      expect(history.events!.length).toBeGreaterThanOrEqual(expected.minEvents);
      expect(history.events![0].workflowExecutionStartedEventAttributes?.workflowType?.name).toBe('returnCaseWorkflow');
      expect(updateNames(history)).toEqual(expect.arrayContaining(expected.updates));
      expect(activityNames(history)).toEqual(expect.arrayContaining(expected.activities));
      expect(localActivityNames(history)).toEqual(expect.arrayContaining(expected.localActivities ?? []));
      const memo = history.events![0].workflowExecutionStartedEventAttributes?.memo?.fields ?? {};
      expect(Object.keys(memo)).toEqual(expect.arrayContaining(expected.memo ?? []));
      expect(patchIds(history)).toEqual(expect.arrayContaining(expected.patches?.taken ?? []));
      for (const patch of expected.patches?.without ?? []) expect(patchIds(history)).not.toContain(patch);
    });

    it(`replays ${expected.story} on the current workflow code without nondeterminism`, async () => {
      await expect(
        Worker.runReplayHistory(
          { workflowBundle, replayName: `replay-${name}` },
          load(`${name}.json`),
          `return-case-replay-${name}`,
        ),
      ).resolves.toBeUndefined();
    }, 60_000);
  });
});
