import { randomUUID } from 'node:crypto';
import { getQueueToken } from '@nestjs/bullmq';
import { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { NOTIFICATION_QUEUE, NotificationJob, NotificationOutbox, toJobId } from '@avrr/messaging';
import { NotificationDigest } from '../apps/worker/src/notifications/notification-digest.service';
import { TEST_USERS, type TestUser } from './support/access';
import { uniqueTag } from './support/case-draft';
import { ACTORS, CaseDriver } from './support/case-driver';
import { postJson } from './support/fixtures';
import { request } from './support/http';
import { allMail, type CaughtMail, waitForMail } from './support/mail-catcher';
import { poll } from './support/poll';
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

describe('notifications to people (issue 17)', () => {
  const call = (method: string, path: string, as: TestUser, body?: unknown) =>
    request(stack.baseUrl, method, path, body, { ...ACTORS[as] });
  const inbox = async (as: TestUser) => (await call('GET', '/me/notifications?limit=100', as)).body;
  const rowsFor = async (as: TestUser, caseId: string) =>
    ((await inbox(as)).items as Array<{ id: string; kind: string; caseId: string; readAt: string | null }>).filter(
      (i) => i.caseId === caseId,
    );
  const mailFor = (all: CaughtMail[], reference: string) =>
    all.filter((m) => m.subject.includes(reference) || m.text.includes(reference));
  const catcher = () => stack.config.smtp.catcherUrl!;
  let c: CaseDriver;
  let noShow: CaseDriver;

  beforeAll(async () => {
    // The partner reads Arabic and wants a cancelled trip only in the app; the others keep the defaults.
    const chosen = await call('PUT', '/me/notification-preferences', 'partner', {
      emailLanguage: 'ar',
      digest: false,
      channels: [{ kind: 'travel_cancelled', channel: 'in_app' }],
    });
    expect(chosen.status).toBe(200);
    const counsellor = { name: TEST_USERS.counsellor.displayName, email: TEST_USERS.counsellor.email };
    [c, noShow] = await Promise.all([
      CaseDriver.open(stack.baseUrl, { counsellor }),
      CaseDriver.open(stack.baseUrl, { counsellor }),
    ]);
    await Promise.all([
      c.throughBooking().then(() => c.do('booking/cancel', 'logistics', { reason: 'The carrier moved the flight.' })),
      noShow
        .throughBooking()
        .then(() => noShow.do('no-show', 'logistics', { reason: 'The family did not come to the airport.' }))
        .then(() => noShow.do('closure', 'supervisor', { outcome: 'not_departed', reason: 'No contact since.' })),
    ]);
  });

  afterAll(async () => {
    // The database outlives this file: later suites expect everyone's defaults.
    for (const who of ['partner', 'counsellor'] as const) {
      await call('PUT', '/me/notification-preferences', who, { emailLanguage: 'en', digest: false, channels: [] });
    }
  });

  it("reaches the case's accounts, each in their language and by their channel, and nobody else", async () => {
    const ref: string = c.body.reference;
    const arabicNotice = await waitForMail(
      catcher(),
      (m) => m.subject === `إشعار ما قبل الوصول: الملف ${ref} عائد إلى SN`,
    );
    expect(arabicNotice.to.map((t) => t.address)).toEqual([TEST_USERS.partner.email]);
    await waitForMail(catcher(), (m) => m.subject.startsWith(`حُجز السفر للملف ${ref}`));
    const assigned = await waitForMail(catcher(), (m) => m.subject === `New return case ${ref} assigned to you`);
    expect(assigned.to.map((t) => t.address)).toEqual([TEST_USERS.counsellor.email]);

    // The cancellation reached the partner's inbox and, as they chose, no email; the row is written before the email
    // would be, so once it is there the decision is made.
    const partnerRows = await poll('the cancellation in the inbox', async () => {
      const rows = await rowsFor('partner', c.caseId);
      return rows.some((r) => r.kind === 'travel_cancelled') && rows;
    });
    expect(partnerRows.map((r) => r.kind).sort()).toEqual(['pre_arrival_notice', 'travel_booked', 'travel_cancelled']);
    expect((await rowsFor('counsellor', c.caseId)).map((r) => r.kind)).toEqual(['case_assigned']);
    for (const outsider of ['otherPartner', 'otherSupervisor', 'otherCounsellor'] as const) {
      expect([outsider, await rowsFor(outsider, c.caseId)]).toEqual([outsider, []]);
    }

    const sent = mailFor(await allMail(catcher()), ref);
    expect(sent.filter((m) => m.subject.includes('أُلغي السفر') || m.subject.startsWith('Travel cancelled'))).toEqual(
      [],
    );
    const recipients = new Set(sent.flatMap((m) => m.to.map((t) => t.address)));
    expect([...recipients].sort()).toEqual([TEST_USERS.counsellor.email, TEST_USERS.partner.email].sort());
    // One email per person and notification.
    expect(sent.map((m) => m.headers['x-notification-key']).length).toBe(
      new Set(sent.map((m) => m.headers['x-notification-key'])).size,
    );
  });

  it('tells the partner, who was told of the travel, of a no-show and of the closure', async () => {
    const ref: string = noShow.body.reference;
    await waitForMail(catcher(), (m) => m.subject === `عدم حضور: الملف ${ref} لم يسافر على XK7P2Q`);
    const closed = await waitForMail(catcher(), (m) => m.subject === `أُغلق الملف ${ref}`);
    expect(closed.to.map((t) => t.address)).toEqual([TEST_USERS.partner.email]);
    expect((await rowsFor('partner', noShow.caseId)).map((r) => r.kind).sort()).toEqual([
      'case_closed',
      'pre_arrival_notice',
      'travel_booked',
      'travel_no_show',
    ]);
  });

  it('sends a retried job for a person neither a second email nor a second inbox row', async () => {
    const queue = stack.worker.get<Queue<NotificationJob>>(getQueueToken(NOTIFICATION_QUEUE), { strict: false });
    const [row] = (await stack.api.get(DataSource).query(
      `SELECT n.notification_key AS key, n.data FROM user_notification n JOIN user_account u ON u.id = n.user_id
          WHERE n.case_id = $1 AND u.email = $2 AND n.kind = 'travel_booked'`,
      [c.caseId, TEST_USERS.partner.email],
    )) as Array<{ key: string; data: Record<string, string> }>;
    const partnerId = await idOf(TEST_USERS.partner.email);
    // What the dead-letter retry does: the same notification under a new job id.
    const again = await queue.add(
      'travel_booked',
      { key: row.key, caseId: c.caseId, userId: partnerId, template: 'travel_booked', data: row.data },
      { jobId: `${toJobId(row.key)}|retry-${Date.now()}` },
    );
    await poll('the retried job to finish', async () => (await Job.fromId(queue, again.id!))?.isCompleted());
    const booked = mailFor(await allMail(catcher()), c.body.reference).filter((m) =>
      m.subject.startsWith(`حُجز السفر للملف`),
    );
    expect(booked).toHaveLength(1);
    const rows = (await rowsFor('partner', c.caseId)).filter((r) => r.kind === 'travel_booked');
    expect(rows).toHaveLength(1);
  });

  it('delivers several notifications at once, never more than NOTIFICATION_CONCURRENCY', async () => {
    const queue = stack.worker.get<Queue<NotificationJob>>(getQueueToken(NOTIFICATION_QUEUE), { strict: false });
    const tag = uniqueTag();
    const jobs = Array.from({ length: 12 }, (_, n) => ({
      key: `concurrency-${tag}:${n}`,
      caseId: randomUUID(),
      to: `concurrency-${n}@example.org`,
      template: 'case_assigned' as const,
      data: {
        counsellorName: 'Claire Martin',
        reference: `RC-${tag}-${n}`,
        hostOffice: 'PARIS',
        countryOfReturn: 'SN',
      },
    }));
    await Promise.all(jobs.map((job) => outbox.enqueue(job)));
    const done = await poll('every job to finish', async () => {
      const found = await Promise.all(jobs.map((job) => Job.fromId(queue, toJobId(job.key))));
      return found.every((j) => j?.finishedOn) && (found as Job[]);
    });
    expect(done.map((j) => j.failedReason)).toEqual(jobs.map(() => undefined));
    // The most jobs in flight at one instant; a job that ends as the next starts (same millisecond) does not overlap it.
    const edges = done.flatMap((j) => [
      { at: j.processedOn!, step: 1 },
      { at: j.finishedOn!, step: -1 },
    ]);
    edges.sort((a, b) => a.at - b.at || a.step - b.step);
    let inFlight = 0;
    let most = 0;
    for (const { step } of edges) most = Math.max(most, (inFlight += step));
    expect(stack.config.notifications.concurrency).toBeGreaterThan(1);
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(stack.config.notifications.concurrency);
  });

  it("marks one or all read, counts what is unread, and never reaches another person's notification", async () => {
    const rows = await rowsFor('partner', c.caseId);
    const before = (await inbox('partner')).unread as number;
    const one = await call('POST', `/me/notifications/${rows[0].id}/read`, 'partner');
    expect(one.status).toBe(200);
    expect(one.body).toEqual({ marked: 1, unread: before - 1 });
    expect((await rowsFor('partner', c.caseId)).find((r) => r.id === rows[0].id)!.readAt).not.toBeNull();
    // Someone else's id reads as absent; a malformed id is named.
    expect((await call('POST', `/me/notifications/${rows[1].id}/read`, 'otherPartner')).status).toBe(404);
    const malformed = await call('POST', '/me/notifications/not-an-id/read', 'partner');
    expect(malformed.status).toBe(400);
    const all = await call('POST', '/me/notifications/read-all', 'partner');
    expect(all.body.unread).toBe(0);
    expect((await inbox('partner')).unread).toBe(0);
    // Paging: one per page, newest first, the cursor leads on without repeats.
    const first = (await call('GET', '/me/notifications?limit=1', 'partner')).body;
    const second = (await call('GET', `/me/notifications?limit=1&cursor=${first.nextCursor}`, 'partner')).body;
    expect(second.items[0].createdAt <= first.items[0].createdAt).toBe(true);
    expect(second.items[0].id).not.toBe(first.items[0].id);
    expect((await call('GET', '/me/notifications?cursor=bogus', 'partner')).body.violations[0].field).toBe('cursor');
  });

  it('refuses preferences it cannot honour, naming the field', async () => {
    const put = (body: unknown) => call('PUT', '/me/notification-preferences', 'supervisor', body);
    const language = await put({ emailLanguage: 'de', digest: false, channels: [] });
    expect([language.status, language.body.violations[0].field]).toEqual([400, 'emailLanguage']);
    const channel = await put({
      emailLanguage: 'en',
      digest: false,
      channels: [{ kind: 'case_closed', channel: 'sms' }],
    });
    expect([channel.status, channel.body.violations[0].field]).toEqual([400, 'channels.0.channel']);
    const twice = await put({
      emailLanguage: 'en',
      digest: false,
      channels: [
        { kind: 'case_closed', channel: 'email' },
        { kind: 'case_closed', channel: 'in_app' },
      ],
    });
    expect([twice.status, twice.body.violations[0].field]).toEqual([400, 'channels.1.kind']);
    expect((await call('GET', '/me/notification-preferences', 'finance')).status).toBe(403);
  });

  it('sends the daily digest to those who chose it, in their language, once per day', async () => {
    await call('PUT', '/me/notification-preferences', 'counsellor', {
      emailLanguage: 'fr',
      digest: true,
      channels: [],
    });
    // A fresh case waits on the counsellor's counselling.
    const waiting = await CaseDriver.open(stack.baseUrl, {
      counsellor: { name: TEST_USERS.counsellor.displayName, email: TEST_USERS.counsellor.email },
    });
    await poll('the case in My work', async () =>
      ((await call('GET', '/me/work?limit=200', 'counsellor')).body.items as Array<{ caseId: string }>).some(
        (i) => i.caseId === waiting.caseId,
      ),
    );
    const digest = stack.worker.get(NotificationDigest, { strict: false });
    // Two runs on one day, as a retried or doubled scheduler job would make.
    const day = new Date('2031-01-15T06:00:00.000Z');
    await digest.sendAll(day);
    await digest.sendAll(new Date(day.getTime() + 3_600_000));
    const key = `digest:${await counsellorId()}:${day.toISOString().slice(0, 10)}`;
    const mine = (await allMail(catcher())).filter((m) => m.headers['x-notification-key'] === key);
    expect(mine).toHaveLength(1);
    expect(mine[0].to.map((t) => t.address)).toEqual([TEST_USERS.counsellor.email]);
    expect(mine[0].subject).toMatch(/^Votre travail du jour : \d+ dossier\(s\) vous attendent$/);
    expect(mine[0].text).toContain(waiting.body.reference);
    // The supervisor did not choose the digest.
    const supervisorId = await idOf(TEST_USERS.supervisor.email);
    expect(
      (await allMail(catcher())).filter((m) => m.headers['x-notification-key']?.startsWith(`digest:${supervisorId}`)),
    ).toEqual([]);
  });

  const idOf = async (email: string): Promise<string> =>
    (await stack.api.get(DataSource).query(`SELECT id FROM user_account WHERE email = $1`, [email]))[0].id;
  const counsellorId = () => idOf(TEST_USERS.counsellor.email);
});
