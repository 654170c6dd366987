/**
 * Protection referrals over HTTP on the real stack (issue 14, part 3): screening finds a fear of return and the case
 * is held; the supervisor reviews the hold by a date and refers the person, with their consent, to a named service;
 * the service's answer and a follow-up are recorded; the case closes as referred to protection only once a referral
 * was accepted. Only the host office reads any of it, and Temporal's history of the case holds it sealed. (The
 * review's reminder and escalation run on the time-skipping server:
 * libs/workflows/src/workflows/return-case.timers.workflow-spec.ts.)
 */
import { Client, type Connection } from '@temporalio/client';
import { TEMPORAL_CONNECTION } from '@avrr/temporal';
import { caseSnapshotQuery, returnCaseWorkflowId } from '@avrr/workflows';
import { ACTORS, CaseDriver, isoDay } from './support/case-driver';
import { request } from './support/http';
import { poll } from './support/poll';
import { startStack, type TestStack } from './support/stack';

jest.setTimeout(120_000);

let stack: TestStack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

/** The calendar day `days` from today in an IANA time zone. */
const dayIn = (timeZone: string, days: number) => {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00.000Z`) + days * 86_400_000).toISOString().slice(0, 10);
};

const read = async (c: CaseDriver, as: keyof typeof ACTORS, path = '') =>
  (await request(stack.baseUrl, 'GET', `/cases/${c.caseId}${path}`, undefined, ACTORS[as])).body;

it('a held case is reviewed by a date, referred with consent, answered, followed up and closed as referred', async () => {
  const c = await CaseDriver.open(stack.baseUrl);
  await c.counsel();
  const screened = await c.screen({ fearOfReturn: true });
  expect(screened.state.protectionHold.active).toBe(true);
  const principal = c.people[0].id;

  // The first review falls 30 days after the hold; the supervisor sets the next one.
  const since = screened.state.protectionHold.since as string;
  expect(screened.dueAt).toBe(new Date(Date.parse(since) + 30 * 86_400_000).toISOString());
  const reviewed = await c.do('protection-hold/reviews', 'supervisor', {
    note: 'Fear of return stated; legal advice first',
    nextReviewOn: isoDay(14),
  });
  expect(reviewed.dueAt).toBe(`${isoDay(14)}T00:00:00.000Z`);
  const tooLate = await c.act('protection-hold/reviews', 'supervisor', { note: 'n', nextReviewOn: isoDay(200) });
  expect([tooLate.status, tooLate.body.code]).toEqual([409, 'review_date_invalid']);

  // The day is one of the reviewer's time zone, due when it begins there. Tomorrow at UTC−12 is UTC's today until
  // noon UTC; today at UTC+14 is UTC's tomorrow from 10:00 UTC: between them, UTC's days would answer wrongly all day.
  const review = (timeZone: string, nextReviewOn: string) =>
    c.act('protection-hold/reviews', 'supervisor', { note: 'Claim lodged', nextReviewOn, timeZone });
  const west = await review('Etc/GMT+12', dayIn('Etc/GMT+12', 1));
  expect(west.status).toBe(200);
  expect(west.body.dueAt).toBe(`${dayIn('Etc/GMT+12', 1)}T12:00:00.000Z`);
  expect(west.body.state.protectionHold.nextReviewAt).toBe(west.body.dueAt);
  const begun = await review('Pacific/Kiritimati', dayIn('Pacific/Kiritimati', 0));
  expect([begun.status, begun.body.code]).toEqual([409, 'review_date_invalid']);
  const east = await review('Pacific/Kiritimati', dayIn('Pacific/Kiritimati', 1));
  expect(east.body.dueAt).toBe(
    new Date(Date.parse(`${dayIn('Pacific/Kiritimati', 1)}T00:00:00.000Z`) - 14 * 3_600_000).toISOString(),
  );
  const unknownZone = await review('Mars/Olympus_Mons', isoDay(14));
  expect(unknownZone.status).toBe(400);
  expect(JSON.stringify(unknownZone.body)).toContain('timeZone');

  // Only a supervisor refers.
  const referral = {
    personId: principal,
    service: 'asylum_procedure',
    provider: 'Forum Réfugiés, Lyon',
    consentGivenOn: isoDay(0),
  };
  const byCounsellor = await c.act('protection-service-referrals', 'counsellor', referral);
  expect([byCounsellor.status, byCounsellor.body.code]).toEqual([403, 'permission_denied']);
  const badService = await c.act('protection-service-referrals', 'supervisor', { ...referral, service: 'police' });
  expect(badService.status).toBe(400);
  expect(badService.body.violations.map((v: { field: string }) => v.field)).toEqual(['service']);
  const sent = await c.do('protection-service-referrals', 'supervisor', referral);
  expect(sent.state.protectionServiceReferrals).toEqual([
    expect.objectContaining({ id: 'referral-1', status: 'sent', provider: 'Forum Réfugiés, Lyon', response: null }),
  ]);
  const again = await c.act('protection-service-referrals', 'supervisor', referral);
  expect([again.status, again.body.code]).toEqual([409, 'referral_exists']);

  // Not yet accepted: the case cannot close as referred.
  const closeBody = { outcome: 'referred_to_protection', reason: 'In the asylum procedure' };
  const early = await c.act('closure', 'supervisor', closeBody);
  expect([early.status, early.body.code]).toEqual([409, 'referral_not_accepted']);

  const badId = await c.act('protection-service-referrals/referral-x/response', 'counsellor', {
    response: 'accepted',
    respondedOn: isoDay(0),
  });
  expect(badId.status).toBe(400);
  expect(badId.body.violations).toEqual([{ field: 'referralId', reason: 'must be a referral id such as referral-1' }]);
  await c.do('protection-service-referrals/referral-1/response', 'counsellor', {
    response: 'accepted',
    respondedOn: isoDay(0),
    note: 'Appointment at the prefecture on Monday',
  });
  const followed = await c.do('protection-service-referrals/referral-1/follow-ups', 'supervisor', {
    heldOn: isoDay(0),
    note: 'Claim lodged',
  });
  expect(followed.state.protectionServiceReferrals[0]).toMatchObject({
    status: 'accepted',
    response: { respondedOn: isoDay(0), note: 'Appointment at the prefecture on Monday' },
    followUps: [{ heldOn: isoDay(0), note: 'Claim lodged' }],
  });

  // The host office reads the referral and its steps; logistics and the partner see none of it.
  await poll('the follow-up projected', async () =>
    (await c.timeline()).some((e) => e.type === 'record_referral_follow_up'),
  );
  const types = (await c.timeline()).map((e) => e.type);
  expect(types).toEqual(
    expect.arrayContaining([
      'review_protection_hold',
      'refer_to_protection_service',
      'record_referral_response',
      'record_referral_follow_up',
    ]),
  );
  // Logistics reads the case, the section hidden as in every case; the partner reads nothing before the travel.
  const forLogistics = await read(c, 'logistics');
  expect(forLogistics.progress.protectionServiceReferrals).toEqual({ hidden: 'protection' });
  const logisticsTimeline = await read(c, 'logistics', '/timeline');
  expect(logisticsTimeline.map((e: { type: string }) => e.type)).toContain('restricted_event');
  expect(JSON.stringify(logisticsTimeline)).not.toMatch(/referral|protection_hold|Forum Réfugiés/);
  expect((await request(stack.baseUrl, 'GET', `/cases/${c.caseId}`, undefined, ACTORS.partner)).status).toBe(404);

  const closed = await c.do('closure', 'supervisor', closeBody);
  expect(closed.state.closed.outcome).toBe('referred_to_protection');
});

it("Temporal's history of a case holds its protection concern sealed; the service reads it through its codec", async () => {
  const c = await CaseDriver.open(stack.baseUrl);
  await c.counsel();
  const concern = `threats from a militia near Zq${Date.now()}`;
  await c.screen({ protectionConcern: concern });

  // A client without the service's codec sees what Temporal stores.
  const raw = new Client({ connection: stack.api.get<Connection>(TEMPORAL_CONNECTION) });
  const handle = raw.workflow.getHandle(returnCaseWorkflowId(c.caseId));
  const history = await handle.fetchHistory();
  const stored = JSON.stringify(history);
  expect(stored).not.toContain('militia');
  expect(stored).not.toContain(c.body.principal.familyName);
  const encodings = (history.events ?? [])
    .flatMap((e) => [
      ...(e.activityTaskScheduledEventAttributes?.input?.payloads ?? []),
      ...(e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.args?.payloads ?? []),
      // The state each update answers with; the projection's input, a local activity's, never enters history.
      ...(e.workflowExecutionUpdateCompletedEventAttributes?.outcome?.success?.payloads ?? []),
      ...(e.workflowExecutionStartedEventAttributes?.input?.payloads ?? []),
    ])
    .map((p) => Buffer.from(p.metadata!.encoding!).toString('utf8'));
  expect(encodings.length).toBeGreaterThan(3);
  expect(new Set(encodings)).toEqual(new Set(['binary/encrypted']));

  // The service's own client opens it.
  const snapshot = await stack.api
    .get(Client)
    .workflow.getHandle(returnCaseWorkflowId(c.caseId))
    .query(caseSnapshotQuery);
  expect(snapshot.state.protectionHold.reasons).toEqual([`protection concern: ${concern}`]);
});
