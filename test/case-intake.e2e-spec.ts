import { randomUUID } from 'node:crypto';
import { OTHER_OFFICE, TEST_OFFICES } from './support/access';
import { ACTORS } from './support/case-driver';
import { householdRequest, postJson } from './support/fixtures';
import { waitForMail } from './support/mail-catcher';
import { startStack, TestStack } from './support/stack';

jest.setTimeout(60_000);

let stack: TestStack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

/** Intake is the counsellor's; reads are the supervisor's, who works in the same offices. */
const openCase = (body: unknown, headers: Record<string, string> = {}) =>
  postJson(`${stack.baseUrl}/cases`, body, { ...ACTORS.counsellor, ...headers });

async function getJson(path: string) {
  const response = await fetch(`${stack.baseUrl}${path}`, { headers: { ...ACTORS.supervisor } });
  return { status: response.status, body: (await response.json()) as any };
}

async function waitForCase(id: string, predicate: (body: any) => boolean, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { body } = await getJson(`/cases/${id}`);
    if (predicate(body)) return body;
    if (Date.now() > deadline) throw new Error(`case ${id} never matched; last: ${JSON.stringify(body)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('opening a case over HTTP', () => {
  it('creates the case with a readable reference, starts its workflow, records intake and mails the counsellor', async () => {
    const request = householdRequest();
    const created = await openCase(request, { 'Idempotency-Key': randomUUID() });

    expect(created.status).toBe(201);
    // The answer is built from the rows the intake inserted, not read back: it must say what a read of the case says.
    const read = (await getJson(`/cases/${created.body.id}`)).body;
    const {
      stage: _s,
      updatedAt: _u,
      waitingFor: _w,
      dueAt: _d,
      stageEnteredAt: _e,
      progress: _p,
      ...intake
    } = created.body;
    expect(read).toMatchObject(intake);
    expect(Object.keys(read)).toEqual(expect.arrayContaining(Object.keys(created.body)));
    expect(created.body.progress).toBeNull(); // no projection yet: the read model holds no state
    expect(created.body.reference).toMatch(/^RC-\d{4}-\d{6}$/);
    expect(created.body.householdSize).toBe(3);
    expect(created.body.vulnerabilities.sort()).toEqual(['medical_needs', 'single_parent']);
    expect(created.body.workflow).toEqual({ id: `return-case-${created.body.id}`, started: true, status: 'running' });
    expect(created.body.principal.familyName).toBe(request.principal.familyName);
    expect(created.body.household).toHaveLength(2);

    const counselling = await waitForCase(created.body.id, (c) => c.stage === 'counselling');
    expect(counselling.waitingFor).toBe('counselling that covers every option and an informed choice');

    const timeline = await getJson(`/cases/${created.body.id}/timeline`);
    expect(timeline.body.map((e: { type: string }) => e.type)).toEqual(['intake_recorded']);

    const mail = await waitForMail(stack.config.smtp.catcherUrl!, (m) =>
      m.to.some((t) => t.address === request.counsellor.email),
    );
    expect(mail.subject).toBe(`New return case ${created.body.reference} assigned to you`);
    expect(mail.text).toContain('Claire Martin');
  });

  it('answers a retried POST with the same Idempotency-Key with the same case, and makes no second one', async () => {
    const request = householdRequest();
    const key = randomUUID();
    const first = await openCase(request, { 'Idempotency-Key': key });
    const [second, third] = await Promise.all([
      openCase(request, { 'Idempotency-Key': key }),
      openCase(request, { 'Idempotency-Key': key }),
    ]);

    expect(first.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    expect(third.body.id).toBe(first.body.id);
    expect(second.headers.get('idempotent-replayed')).toBe('true');

    const listed = await getJson(`/cases?q=${encodeURIComponent(request.principal.familyName)}`);
    expect(listed.body.items).toHaveLength(1);
  });

  it('refuses a reused Idempotency-Key with a different body', async () => {
    const key = randomUUID();
    await openCase(householdRequest(), { 'Idempotency-Key': key });
    const reused = await openCase(householdRequest(), { 'Idempotency-Key': key });
    expect(reused.status).toBe(409);
    expect(reused.body.code).toBe('idempotency_key_reused');
  });
});

describe('bad intake requests get a 4xx naming each field', () => {
  const cases: Array<[string, (r: any) => unknown, string, RegExp]> = [
    ['a wrong country code', (r) => ({ ...r, countryOfReturn: 'XX' }), 'countryOfReturn', /ISO 3166-1/],
    [
      'an impossible date',
      (r) => ({ ...r, principal: { ...r.principal, dateOfBirth: '1990-02-30' } }),
      'principal.dateOfBirth',
      /real date/,
    ],
    [
      'a birth date in the future',
      (r) => ({ ...r, principal: { ...r.principal, dateOfBirth: '2999-01-01' } }),
      'principal.dateOfBirth',
      /future/,
    ],
    ['no principal applicant', ({ principal: _p, ...r }) => r, 'principal', /principal applicant/],
    ['an unknown field', (r) => ({ ...r, stage: 'closed' }), 'stage', /should not exist/],
    [
      'an unknown nested field',
      (r) => ({ ...r, principal: { ...r.principal, salary: 1 } }),
      'principal.salary',
      /should not exist/,
    ],
    [
      'a wrong language code',
      (r) => ({ ...r, principal: { ...r.principal, languages: ['xx'] } }),
      'principal.languages',
      /ISO 639-1/,
    ],
    [
      'a bad household member',
      (r) => ({ ...r, household: [{ ...r.household[0], relationship: 'cousin' }] }),
      'household.0.relationship',
      /must be one of/,
    ],
    [
      'a null list of vulnerabilities, which is not one left out',
      (r) => ({ ...r, principal: { ...r.principal, vulnerabilities: null } }),
      'principal.vulnerabilities',
      /must be an array/,
    ],
    ['a null household', (r) => ({ ...r, household: null }), 'household', /must be an array/],
    [
      'an office that is not one of the programme',
      (r) => ({ ...r, hostOffice: 'NOWHERE' }),
      'hostOffice',
      /not an office of the programme/,
    ],
  ];

  it.each(cases)('%s', async (_name, mutate, field, reason) => {
    const response = await openCase(mutate(householdRequest()));
    expect(response.status).toBe(400);
    // Every rule a field breaks is named (a null list breaks its element rules too), so look for this one among them.
    const reasons = response.body.violations
      .filter((v: { field: string }) => v.field === field)
      .map((v: { reason: string }) => v.reason);
    expect(reasons).toContainEqual(expect.stringMatching(reason));
  });

  it("an office of the programme that is not the counsellor's is a 403, and no case is made", async () => {
    const request = householdRequest({ hostOffice: OTHER_OFFICE });
    const response = await openCase(request, { 'Idempotency-Key': randomUUID() });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('office_out_of_scope');
    // Asked of the supervisor of that office, who would see a case there.
    const listed = await fetch(`${stack.baseUrl}/cases?q=${encodeURIComponent(request.principal.familyName)}`, {
      headers: { ...ACTORS.otherSupervisor },
    });
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as any).items).toEqual([]);
  });

  it('malformed JSON is a 400, not a 500', async () => {
    const response = await openCase('{"principal": ');
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/not valid JSON/);
  });

  it('an oversized body is a 413', async () => {
    const huge = { ...householdRequest(), regionOfReturn: 'x'.repeat(stack.config.api.bodyLimitBytes + 10) };
    const response = await openCase(huge);
    expect(response.status).toBe(413);
  });

  it('a case id that is not a uuid is a 400, an unknown one a 404', async () => {
    expect((await getJson('/cases/not-a-uuid')).status).toBe(400);
    expect((await getJson(`/cases/${randomUUID()}`)).status).toBe(404);
  });
});

describe('listing cases', () => {
  it('filters by office, country, vulnerability and text, and pages in a stable order', async () => {
    // An office of the test users that no other test opens cases in.
    const office: (typeof TEST_OFFICES)[number] = 'INTAKE-LIST';
    const created = [];
    for (let i = 0; i < 5; i++) {
      const r = householdRequest({ hostOffice: office, countryOfReturn: i % 2 ? 'ML' : 'SN' });
      created.push((await openCase(r, { 'Idempotency-Key': randomUUID() })).body);
    }
    const all = await getJson(`/cases?hostOffice=${office}&limit=2`);
    expect(all.body.items.map((c: { id: string }) => c.id)).toEqual([created[4].id, created[3].id]);
    const page2 = await getJson(`/cases?hostOffice=${office}&limit=2&cursor=${all.body.nextCursor}`);
    const page3 = await getJson(`/cases?hostOffice=${office}&limit=2&cursor=${page2.body.nextCursor}`);
    expect([...page2.body.items, ...page3.body.items].map((c: { id: string }) => c.id)).toEqual([
      created[2].id,
      created[1].id,
      created[0].id,
    ]);
    expect(page3.body.nextCursor).toBeNull();

    const mali = await getJson(`/cases?hostOffice=${office}&countryOfReturn=ml`);
    expect(mali.body.items).toHaveLength(2);
    const medical = await getJson(`/cases?hostOffice=${office}&vulnerability=medical_needs`);
    expect(medical.body.items).toHaveLength(5);
    const byReference = await getJson(`/cases?q=${created[2].reference}`);
    expect(byReference.body.items.map((c: { id: string }) => c.id)).toEqual([created[2].id]);
    expect(byReference.body.items[0].principalName).toContain('Awa');

    expect((await getJson('/cases?limit=1000')).status).toBe(400);
    expect((await getJson('/cases?cursor=garbage')).status).toBe(400);
    expect((await getJson('/cases?stage=nowhere')).status).toBe(400);
  });
});

describe('hostile input gets a 400, never a 500', () => {
  it('refuses a body nested deeper than any request needs', async () => {
    const response = await openCase('['.repeat(3000) + ']'.repeat(3000));
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/nested deeper than 32 levels/);
  });

  it('refuses a NUL character in a body field and in a query, naming the field', async () => {
    const request = householdRequest();
    const body = JSON.stringify({ ...request, regionOfReturn: 'Dak\u0000ar' });
    const response = await openCase(body);
    expect(response.status).toBe(400);
    expect(response.body.message).toBe('The field regionOfReturn contains a NUL character.');
    expect((await getJson('/cases?q=ab%00cd')).status).toBe(400);
  });

  it('refuses a lone surrogate in a body field, naming the field', async () => {
    const body = JSON.stringify({ ...householdRequest(), regionOfReturn: 'Dakar' }).replace(
      '"Dakar"',
      '"Dak\\ud800ar"',
    );
    const response = await openCase(body);
    expect(response.status).toBe(400);
    expect(response.body.message).toBe('The field regionOfReturn contains malformed Unicode (a lone surrogate).');
  });

  it('refuses prototype poisoning in a body', async () => {
    const response = await openCase('{"__proto__": {"admin": true}}');
    expect(response.status).toBe(400);
  });

  it.each([
    ['a date out of range', ['0', '98412e30-80d9-4336-beb8-6d4b3ffde47b']],
    ['an impossible date', ['2026-02-31T00:00:00.000Z', '98412e30-80d9-4336-beb8-6d4b3ffde47b']],
    ['an id that is no uuid', ['2026-01-01T00:00:00.000Z', '------------------------------------']],
    ['an id that is an array', ['2026-01-01T00:00:00.000Z', ['98412e30-80d9-4336-beb8-6d4b3ffde47b']]],
  ])('refuses a tampered list cursor: %s', async (_name, cursor) => {
    const tampered = Buffer.from(JSON.stringify(cursor)).toString('base64url');
    const response = await getJson(`/cases?cursor=${tampered}`);
    expect(response.status).toBe(400);
    expect(response.body.violations).toEqual([{ field: 'cursor', reason: 'is not a cursor this service issued' }]);
  });
});
