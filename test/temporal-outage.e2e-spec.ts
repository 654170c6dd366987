import { randomUUID } from 'node:crypto';
import { ACTORS, CaseDriver, isoDay } from './support/case-driver';
import { householdRequest, postJson } from './support/fixtures';
import { poll } from './support/poll';
import { startStack, TestStack } from './support/stack';
import { ThrowawayTemporal } from './support/throwaway-temporal';

jest.setTimeout(120_000);

// The API's deadline on Temporal calls, short so the test is quick; the client waits far longer than it.
const TEMPORAL_CALL_TIMEOUT_MS = 2000;
const CLIENT_PATIENCE_MS = 30_000;

let temporal: ThrowawayTemporal;
let stack: TestStack;

beforeAll(async () => {
  temporal = await ThrowawayTemporal.start();
  // Jest gives each test file its own process.env: these reach this file's API and worker only.
  process.env.TEMPORAL_ADDRESS = temporal.address;
  process.env.TEMPORAL_TASK_QUEUE = `outage-${randomUUID()}`;
  process.env.TEMPORAL_CALL_TIMEOUT = `${TEMPORAL_CALL_TIMEOUT_MS}ms`;
  stack = await startStack();
});

afterAll(async () => {
  temporal?.resume();
  await stack?.close();
  await temporal?.stop();
});

const counselling = {
  heldOn: isoDay(0),
  language: 'fr',
  interpreter: null,
  optionsDiscussed: ['legal_stay', 'onward_migration', 'return'],
  countryInformationProvided: true,
  informedChoiceConfirmed: true,
};

function post(path: string, body: unknown, key: string) {
  return postJson(`${stack.baseUrl}${path}`, body, { ...ACTORS.counsellor, 'Idempotency-Key': key });
}

/** Fails the test if the API hangs rather than answering: a client-side limit far above the deadline. */
async function answered<T>(call: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CLIENT_PATIENCE_MS} ms`)), CLIENT_PATIENCE_MS);
  });
  try {
    return await Promise.race([call, hung]);
  } finally {
    clearTimeout(timer);
  }
}

describe('a Temporal outage', () => {
  it('answers an action 503 temporal_unavailable with Retry-After, and its retry with the same key acts exactly once', async () => {
    const driver = await CaseDriver.open(stack.baseUrl);
    await poll('the workflow has started', async () => (await driver.get()).workflow?.started === true);
    const key = randomUUID();

    temporal.pause();
    let first;
    try {
      first = await answered(driver.act('counselling-sessions', 'counsellor', counselling, key));
    } finally {
      temporal.resume();
    }
    expect(first.status).toBe(503);
    expect(first.body.code).toBe('temporal_unavailable');
    expect(first.body.message).toMatch(/same Idempotency-Key/);
    expect(Number(first.headers.get('retry-after'))).toBeGreaterThan(0);

    // The paused server may still apply the first attempt once it runs again: the retry must join it, not repeat it.
    const retried = await poll('the retry is answered', async () => {
      const reply = await answered(driver.act('counselling-sessions', 'counsellor', counselling, key));
      if (reply.status === 503) return undefined;
      return reply;
    });
    expect(retried.status).toBe(200);
    expect(retried.body.state.counselling.sessions).toHaveLength(1);

    // A third send of the same key still answers the one session, and the read model holds exactly one.
    const again = await driver.act('counselling-sessions', 'counsellor', counselling, key);
    expect(again.status).toBe(200);
    expect(again.body.state.counselling.sessions).toHaveLength(1);
    const projected = await poll('the read model has the session', async () => {
      const body = await driver.get();
      return body.progress?.counselling?.sessions?.length > 0 ? body : undefined;
    });
    expect(projected.progress.counselling.sessions).toHaveLength(1);
  });

  it('saves an intake and answers 201 with its workflow "starting" while Temporal does not answer', async () => {
    temporal.pause();
    let created;
    try {
      created = await answered(post('/cases', householdRequest(), randomUUID()));
    } finally {
      temporal.resume();
    }
    expect(created.status).toBe(201);
    expect(created.body.workflow).toEqual({ id: `return-case-${created.body.id}`, started: false, status: 'starting' });
    const read = await fetch(`${stack.baseUrl}/cases/${created.body.id}`, { headers: { ...ACTORS.supervisor } });
    expect(read.status).toBe(200);
  });
});
