import { randomUUID } from 'node:crypto';
import { NotificationJob, NotificationOutbox, toJobId } from '@avrr/messaging';
import { uniqueTag } from './support/case-draft';
import { ACTORS } from './support/case-driver';
import { postJson } from './support/fixtures';
import { startStack, TestStack } from './support/stack';

jest.setTimeout(60_000);

let stack: TestStack;
let outbox: NotificationOutbox;

beforeAll(async () => {
  stack = await startStack();
  outbox = stack.worker.get(NotificationOutbox);
});

afterAll(async () => {
  await stack?.close();
});

interface DeadLetter {
  id: string;
  template: string;
  caseId: string;
  to: string;
  failedReason: string;
  attemptsMade: number;
  failedAt: string;
}

async function deadLetters(): Promise<DeadLetter[]> {
  const response = await fetch(`${stack.baseUrl}/notifications/dead-letters?limit=500`, {
    headers: { ...ACTORS.admin },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as DeadLetter[];
}

async function waitForDeadLetter(id: string, newerThan?: string, timeoutMs = 20_000): Promise<DeadLetter> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await deadLetters()).find((d) => d.id === id && (!newerThan || d.failedAt > newerThan));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no dead letter ${id} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function undeliverable(): NotificationJob {
  return {
    key: `return-case-${randomUUID()}:case-assigned-${uniqueTag()}`,
    caseId: randomUUID(),
    to: 'not-an-email',
    template: 'case_assigned',
    data: { counsellorName: 'Claire Martin', reference: 'RC-2026-000001', hostOffice: 'PARIS', countryOfReturn: 'SN' },
  };
}

function retry(id: string) {
  return postJson(
    `${stack.baseUrl}/notifications/dead-letters/${encodeURIComponent(id)}/retry`,
    {},
    { ...ACTORS.admin },
  );
}

describe('notifications that cannot be delivered', () => {
  it('end in the dead-letter view after one attempt when the job is malformed, with the reason', async () => {
    const job = undeliverable();
    const before = new Date().toISOString();
    await outbox.enqueue(job);

    const dead = await waitForDeadLetter(toJobId(job.key));
    expect(dead).toMatchObject({
      id: toJobId(job.key),
      template: 'case_assigned',
      caseId: job.caseId,
      to: 'not-an-email',
      attemptsMade: 1,
    });
    expect(dead.failedReason).toBe('invalid notification job: to');
    expect(dead.failedAt >= before).toBe(true);
    expect(Number.isNaN(Date.parse(dead.failedAt))).toBe(false);
  });

  it('can be sent again: retry answers 202 and takes the notification off the dead letters until it fails again', async () => {
    const job = undeliverable();
    const id = toJobId(job.key);
    await outbox.enqueue(job);
    const dead = await waitForDeadLetter(id);

    const retried = await retry(id);
    expect(retried.status).toBe(202);
    expect(retried.body).toEqual({ id, status: 'requeued' });

    // Still malformed, so the retried job fails again and comes back with a fresh failure time.
    const again = await waitForDeadLetter(id, dead.failedAt);
    expect(again.attemptsMade).toBe(1);
    expect(again.failedReason).toBe('invalid notification job: to');
    expect((await deadLetters()).filter((d) => d.id === id)).toHaveLength(1);
  });

  it('answers 404 to a retry of a dead letter that does not exist', async () => {
    const response = await retry(`no-such-${uniqueTag()}`);
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('dead_letter_not_found');
  });

  it('refuses a bad page size on the dead-letter list', async () => {
    const asAdmin = { headers: { ...ACTORS.admin } };
    expect((await fetch(`${stack.baseUrl}/notifications/dead-letters?limit=0`, asAdmin)).status).toBe(400);
    expect((await fetch(`${stack.baseUrl}/notifications/dead-letters?limit=501`, asAdmin)).status).toBe(400);
  });
});
