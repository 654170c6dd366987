/**
 * Duplicate persons (issue 16) over HTTP on the real stack: the same woman registered in Latin and Cyrillic script
 * with day and month swapped, in the caller's office and in another; confirmation links the cases and is audited.
 */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ACTORS, type ActorName } from './support/case-driver';
import { householdRequest } from './support/fixtures';
import { request } from './support/http';
import { startStack, type TestStack } from './support/stack';

jest.setTimeout(60_000);

let stack: TestStack;
const headers = (who: ActorName) => ({ ...(ACTORS[who] as Record<string, string>), 'Idempotency-Key': randomUUID() });

/** A birth date no other test uses (a random year, day and month both ≤ 12 so that they can be swapped). */
const year = 1931 + Math.floor(Math.random() * 15);
const [month, day] = [3, 9];
const BORN = `${year}-0${month}-0${day}`;
const BORN_SWAPPED = `${year}-0${day}-0${month}`;

async function openCase(who: ActorName, hostOffice: string, principal: Record<string, unknown>) {
  const body = householdRequest({ hostOffice });
  Object.assign(body.principal, { nationality: 'GN', ...principal });
  body.household = [];
  const opened = await request(stack.baseUrl, 'POST', '/cases', body, headers(who));
  if (opened.status !== 201) throw new Error(`intake: ${JSON.stringify(opened.body)}`);
  return {
    caseId: opened.body.id as string,
    reference: opened.body.reference as string,
    personId: opened.body.principal.id as string,
  };
}

let first: Awaited<ReturnType<typeof openCase>>;
let second: Awaited<ReturnType<typeof openCase>>;
let elsewhere: Awaited<ReturnType<typeof openCase>>;

beforeAll(async () => {
  stack = await startStack({ worker: false });
  first = await openCase('counsellor', 'PARIS', { givenNames: 'Mariama', familyName: 'Kourouma', dateOfBirth: BORN });
  elsewhere = await openCase('otherCounsellor', 'MARSEILLE', {
    givenNames: 'Mariamma',
    familyName: 'Kouroma',
    dateOfBirth: BORN,
  });
  second = await openCase('counsellor', 'LYON', {
    givenNames: 'Мариама',
    familyName: 'Курума',
    dateOfBirth: BORN_SWAPPED,
  });
});

afterAll(async () => {
  await stack?.close();
});

describe('possible duplicates', () => {
  it('finds the earlier case in scope across scripts and swapped dates, and only names the office of one out of scope', async () => {
    const found = await request(
      stack.baseUrl,
      'GET',
      `/cases/${second.caseId}/possible-duplicates`,
      undefined,
      ACTORS.counsellor as Record<string, string>,
    );
    expect(found.status).toBe(200);
    expect(found.body.matches).toEqual([
      expect.objectContaining({
        personId: second.personId,
        other: expect.objectContaining({
          caseId: first.caseId,
          reference: first.reference,
          personId: first.personId,
          givenNames: 'Mariama',
        }),
        reasons: expect.arrayContaining(['birth_day_month_swapped', 'similar_name', 'same_nationality']),
        decision: 'open',
      }),
    ]);
    expect(found.body.elsewhere).toEqual([{ personId: second.personId, askOffice: 'MARSEILLE' }]);
    const text = JSON.stringify(found.body);
    expect(text).not.toContain(elsewhere.caseId);
    expect(text).not.toContain(elsewhere.reference);
    expect(text).not.toContain(elsewhere.personId);
    expect(text).not.toContain('Mariamma');
  });

  it('a counsellor confirms a match: the cases are linked both ways and the decision is audited', async () => {
    const decided = await request(
      stack.baseUrl,
      'POST',
      `/cases/${second.caseId}/possible-duplicates/decisions`,
      { personId: second.personId, otherPersonId: first.personId, decision: 'confirmed' },
      headers('counsellor'),
    );
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ otherCaseId: first.caseId, decision: 'confirmed' });

    const fromFirst = await request(
      stack.baseUrl,
      'GET',
      `/cases/${first.caseId}/possible-duplicates`,
      undefined,
      ACTORS.supervisor as Record<string, string>,
    );
    expect(fromFirst.body.linkedCases).toEqual([
      { caseId: second.caseId, personId: first.personId, otherPersonId: second.personId },
    ]);
    expect(
      fromFirst.body.matches.find((m: { other: { caseId: string } }) => m.other.caseId === second.caseId)?.decision,
    ).toBe('confirmed');

    const entries = await stack.api.get(DataSource).query(
      `SELECT a.actor_role AS role, a.changes, a.xmin = d.xmin AS "sameTransaction"
           FROM audit_entry a, duplicate_decision d
          WHERE a.action = 'duplicates.decide' AND a.case_id = $1 AND d.person_id = $2`,
      [second.caseId, second.personId],
    );
    expect(entries).toHaveLength(1);
    expect(entries[0].role).toBe('counsellor');
    // Written by the decision's own transaction: the two commit or roll back together.
    expect(entries[0].sameTransaction).toBe(true);
    expect(JSON.stringify(entries[0].changes)).toContain('"decision":"confirmed"');

    // Dismissing later replaces the decision and ends the link.
    await request(
      stack.baseUrl,
      'POST',
      `/cases/${first.caseId}/possible-duplicates/decisions`,
      { personId: first.personId, otherPersonId: second.personId, decision: 'dismissed' },
      headers('counsellor'),
    );
    const after = await request(
      stack.baseUrl,
      'GET',
      `/cases/${second.caseId}/possible-duplicates`,
      undefined,
      ACTORS.counsellor as Record<string, string>,
    );
    expect(after.body.linkedCases).toEqual([]);
    expect(after.body.matches[0].decision).toBe('dismissed');
  });

  it('refuses to decide on a person out of scope or not found by the check, and to roles without need', async () => {
    const outOfScope = await request(
      stack.baseUrl,
      'POST',
      `/cases/${second.caseId}/possible-duplicates/decisions`,
      { personId: second.personId, otherPersonId: elsewhere.personId, decision: 'confirmed' },
      headers('counsellor'),
    );
    expect([outOfScope.status, outOfScope.body.code]).toEqual([409, 'duplicate_match_not_found']);
    const partner = await request(
      stack.baseUrl,
      'GET',
      `/cases/${second.caseId}/possible-duplicates`,
      undefined,
      ACTORS.partner as Record<string, string>,
    );
    expect([partner.status, partner.body.code]).toEqual([403, 'permission_denied']);
    const other = await request(
      stack.baseUrl,
      'GET',
      `/cases/${second.caseId}/possible-duplicates`,
      undefined,
      ACTORS.otherCounsellor as Record<string, string>,
    );
    expect([other.status, other.body.code]).toEqual([404, 'case_not_found']);
  });
});
