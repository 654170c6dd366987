import { Client, WorkflowUpdateFailedError } from '@temporalio/client';
import { CaseRepository, SYSTEM_SCOPE } from '@avrr/persistence';
import { caseActionUpdates, caseSnapshotQuery } from '@avrr/workflows';
import { ACTORS, CaseDriver, isoDay } from './support/case-driver';
import { poll } from './support/poll';
import { launchBrowser, newPage, signIn } from './support/browser';
import { startStack, TestStack } from './support/stack';

jest.setTimeout(120_000);

let stack: TestStack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

const counsellor = { id: 'counsellor@avrr.test', name: 'Counsellor', role: 'counsellor' as const };

/** Every case in the supervisor's My work, over its keyset pages. */
async function supervisorWork(): Promise<Array<{ caseId: string }>> {
  const seen: Array<{ caseId: string }> = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const response = await fetch(`${stack.baseUrl}/me/work?limit=200${cursor ? `&cursor=${cursor}` : ''}`, {
      headers: { ...ACTORS.supervisor },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as any;
    seen.push(...body.items);
    cursor = body.nextCursor;
    pages += 1;
  } while (cursor && pages < 20);
  return seen;
}

describe('a projection that fails for good', () => {
  it('flags the case needs_attention for a supervisor instead of retrying forever', async () => {
    const c = await CaseDriver.open(stack.baseUrl);
    const entity = (await stack.api.get(CaseRepository).findById(c.caseId, SYSTEM_SCOPE))!;
    const handle = stack.api.get(Client).workflow.getHandle(entity.workflowId);
    // The intake's own projection first: were the update below applied before the workflow's first task, that
    // projection would carry the NUL and be the one flagged.
    await poll('the intake projected', async () => (await c.timeline()).some((e) => e.type === 'intake_recorded'));

    // The API refuses a NUL character (json-body.parser.ts); another client of Temporal, or data from before that
    // check, can still carry one into the workflow's state, and PostgreSQL refuses to store it in the read model
    // (22P05): a failure no retry can fix. The update answers, because the workflow moves on with a flag.
    const snapshot = await handle.executeUpdate(caseActionUpdates.record_counselling, {
      updateId: 'counselling-with-nul',
      args: [
        {
          action: {
            type: 'record_counselling',
            heldOn: isoDay(0),
            language: 'fr',
            interpreter: 'Ousmane\u0000Sy',
            optionsDiscussed: ['return'],
            countryInformationProvided: true,
            informedChoiceConfirmed: true,
          },
          actor: counsellor,
        },
      ],
    });
    expect(snapshot.state.needsAttention?.reason).toMatch(/^activity_permanent:invalid_data:22P05: /);
    expect(snapshot.state.needsAttention?.eventKey).toBe('counselling-with-nul:needs-attention');

    // The read model stayed at its last good version, flagged, with the reason; the timeline says so.
    const view = await c.get();
    expect(view.progress.counselling.sessions).toHaveLength(0);
    expect(view.progress.needsAttention.reason).toBe(snapshot.state.needsAttention?.reason);
    const timeline = await c.timeline();
    expect(timeline.map((e) => e.type)).toEqual(['intake_recorded', 'needs_attention']);
    expect(timeline[1]).toMatchObject({ eventKey: 'counselling-with-nul:needs-attention', actorRole: 'system' });

    // It is a supervisor's, in My work, and no longer the counsellor's.
    expect((await supervisorWork()).map((i) => i.caseId)).toContain(c.caseId);
    const row = (await stack.api.get(CaseRepository).findById(c.caseId, SYSTEM_SCOPE))!;
    expect(row.nextActor).toBe('supervisor');

    // The workflow is running, not stuck retrying: it still answers and refuses by its rules.
    const described = await handle.describe();
    expect(described.status.name).toBe('RUNNING');
    expect(described.raw.pendingActivities ?? []).toHaveLength(0);
    await expect(
      handle.executeUpdate(caseActionUpdates.record_counselling, {
        updateId: 'counselling-bad-shape',
        args: [{ action: { type: 'sign_consent' } as never, actor: counsellor }],
      }),
    ).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    expect((await handle.query(caseSnapshotQuery)).state.needsAttention).toBeTruthy();

    // The supervisor's case page says so, with the reason; the counsellor's does not.
    const browser = await launchBrowser();
    try {
      for (const [who, shown] of [
        ['supervisor', true],
        ['counsellor', false],
      ] as const) {
        const { context, page } = await newPage(browser);
        await signIn(page, stack.baseUrl, who);
        await page.goto(`${stack.baseUrl}/app/cases/${c.caseId}`);
        await page.getByRole('heading', { level: 1, name: new RegExp(c.body.reference) }).waitFor();
        const note = page.getByTestId('needs-attention');
        if (shown) await note.getByText(/^activity_permanent:invalid_data:22P05/).waitFor();
        else expect(await note.count()).toBe(0);
        await context.close();
      }
    } finally {
      await browser.close();
    }
  });
});
