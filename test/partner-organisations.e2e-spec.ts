import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { seedAccess } from '@avrr/persistence';
import { bearerFor, login, OTHER_OFFICE, TEST_PASSWORD, TEST_USERS } from './support/access';
import { ACTORS, CaseDriver, isoDay } from './support/case-driver';
import { householdRequest, postJson } from './support/fixtures';
import { allMail, waitForMail } from './support/mail-catcher';
import { poll } from './support/poll';
import { startStack, type TestStack } from './support/stack';

/**
 * Partners are scoped by their organisation (issue 14, leak 5), and supervisors transfer and reassign cases
 * (issue 16, part 4). Two organisations cover the same country (CI, used by no other suite), so a country scope
 * would let each see the other's cases: every read, list, filter, count, queue, action, opportunity and email is
 * probed as both, and as a partner of a third organisation.
 */

jest.setTimeout(60_000);

let stack: TestStack;
type Headers = Record<string, string>;
const ORG_A = 'Lagunes Reintegration (test)';
const ORG_B = 'Ivory Coast Partners (test)';
const PARTNER_A = 'partner.lagunes@avrr.test';
const PARTNER_B = 'partner.ivory@avrr.test';
let orgA: string;
let orgB: string;
const as: Record<'a' | 'b' | 'guinea', Headers> = { a: {}, b: {}, guinea: {} };

async function call(method: string, path: string, headers: Headers, body?: unknown) {
  const response = await fetch(`${stack.baseUrl}${path}`, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}
const actor = (name: keyof typeof ACTORS) => ACTORS[name] as Headers;

/** A household returning to Abidjan, its people and papers of Côte d'Ivoire. */
function ivorianHousehold(extra: Record<string, unknown> = {}) {
  const request = householdRequest({ countryOfReturn: 'CI', regionOfReturn: 'Abidjan', ...extra });
  for (const p of [request.principal, ...request.household] as Array<Record<string, any>>) p.nationality = 'CI';
  request.principal.documents[0].issuingCountry = 'CI';
  return request;
}

function opportunity(partnerCode: string, externalReference = `REF-${randomUUID().slice(0, 8)}`) {
  return {
    partnerCode,
    externalReference,
    title: 'Assistant motor mechanic',
    iscoCode: '7231',
    requiredSkills: ['engine repair'],
    minIscedLevel: 2,
    languages: ['fr'],
    country: 'CI',
    region: 'Abidjan',
    type: 'job',
    placesAvailable: 3,
    expiresOn: '2099-12-31',
  };
}

beforeAll(async () => {
  stack = await startStack();
  await seedAccess(stack.api.get(DataSource), {
    offices: [],
    partnerOrganisations: [
      { name: ORG_A, countries: ['CI'] },
      { name: ORG_B, countries: ['CI', 'GH'] },
    ],
    users: [
      {
        email: PARTNER_A,
        displayName: 'Aya Kouassi',
        password: TEST_PASSWORD,
        role: 'partner_focal_point',
        partnerOrganisation: ORG_A,
      },
      {
        email: PARTNER_B,
        displayName: 'Koffi Yao',
        password: TEST_PASSWORD,
        role: 'partner_focal_point',
        partnerOrganisation: ORG_B,
      },
    ],
  });
  const organisations = await call('GET', '/partner-organisations?country=CI', actor('counsellor'));
  orgA = organisations.body.find((o: { name: string }) => o.name === ORG_A).id;
  orgB = organisations.body.find((o: { name: string }) => o.name === ORG_B).id;
  for (const [key, email] of [
    ['a', PARTNER_A],
    ['b', PARTNER_B],
  ] as const) {
    const { body } = await login(stack.baseUrl, email);
    as[key] = { Authorization: `Bearer ${body.accessToken}` };
  }
  as.guinea = (await bearerFor(stack.baseUrl, 'otherPartner')) as Headers;
}, 60_000);

afterAll(async () => {
  await stack?.close();
});

describe('the partner organisation at intake', () => {
  it('lists the organisations covering a country for the intake form', async () => {
    const reply = await call('GET', '/partner-organisations?country=CI', actor('counsellor'));
    expect(reply.status).toBe(200);
    expect(reply.body.map((o: { name: string }) => o.name).sort()).toEqual([ORG_B, ORG_A].sort());
    expect((await call('GET', '/partner-organisations?country=CI', as.a)).status).toBe(403);
    expect((await call('GET', '/partner-organisations?country=XX', actor('counsellor'))).status).toBe(400);
  });

  it('refuses a case to a country several organisations cover until one is chosen, and one that does not cover it', async () => {
    const headers = { ...actor('counsellor'), 'Idempotency-Key': randomUUID() };
    const unchosen = await postJson(`${stack.baseUrl}/cases`, ivorianHousehold(), headers);
    expect(unchosen.status).toBe(400);
    expect(unchosen.body.violations[0]).toMatchObject({ field: 'partnerOrganisationId' });
    expect(unchosen.body.violations[0].reason).toContain(ORG_A);

    const guinea = (await call('GET', '/partner-organisations?country=GN', actor('counsellor'))).body[0].id;
    const elsewhere = await postJson(`${stack.baseUrl}/cases`, ivorianHousehold({ partnerOrganisationId: guinea }), {
      ...actor('counsellor'),
      'Idempotency-Key': randomUUID(),
    });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.violations[0].field).toBe('partnerOrganisationId');
  });

  it('assigns the only organisation covering the country when none is chosen', async () => {
    const opened = await CaseDriver.open(stack.baseUrl);
    expect(opened.body.partnerOrganisation).toMatchObject({ name: 'Senegal and Mali Network' });
  });
});

describe("a partner sees and acts only on their organisation's cases and opportunities", () => {
  let c: CaseDriver;
  let oppA: { id: string; partnerCode: string; externalReference: string; version: number };
  let oppB: { id: string };

  beforeAll(async () => {
    c = await CaseDriver.open(stack.baseUrl, ivorianHousehold({ partnerOrganisationId: orgA }));
    expect(c.body.partnerOrganisation).toEqual({ id: orgA, name: ORG_A });
    await c.counsel();
    await c.screen();
    await c.consentAdults();
    await c.documentEveryone();
    // The pre-arrival notice goes out at pre-departure; from then on the organisation sees the case.
    await poll('the notice', async () => (await call('GET', `/cases/${c.caseId}`, as.a)).status === 200);
    oppA = (await call('POST', '/opportunities', as.a, opportunity('LAGUNES'))).body;
    oppB = (await call('POST', '/opportunities', as.b, opportunity('IVORY'))).body;
  }, 60_000);

  it('reads, lists, filters, counts and searches it as its organisation only', async () => {
    const ref = c.body.reference;
    const listed = async (h: Headers, query: string) =>
      (await call('GET', `/cases?${query}`, h)).body.items.some((i: { id: string }) => i.id === c.caseId);
    const stageCount = async (h: Headers) =>
      (await call('GET', '/views/cases-by-stage?countryOfReturn=CI', h)).body.reduce(
        (n: number, s: { cases: number }) => n + s.cases,
        0,
      );
    for (const [who, h, sees] of [
      ['organisation A', as.a, true],
      ['organisation B, same country', as.b, false],
      ['another country', as.guinea, false],
    ] as const) {
      const expected = sees ? 200 : 404;
      expect([who, (await call('GET', `/cases/${c.caseId}`, h)).status]).toEqual([who, expected]);
      expect([who, (await call('GET', `/cases/${c.caseId}/timeline`, h)).status]).toEqual([who, expected]);
      expect([who, (await call('GET', `/cases/${c.caseId}/documents`, h)).status]).toEqual([who, expected]);
      for (const query of [
        '',
        'countryOfReturn=CI',
        'stage=pre_departure',
        `q=${ref}`,
        `partnerOrganisationId=${orgA}`,
      ]) {
        expect([who, query, await listed(h, query)]).toEqual([who, query, sees]);
      }
      expect([who, await stageCount(h)]).toEqual([who, sees ? 1 : 0]);
    }
  });

  it('refuses actions on it to another organisation as if it did not exist', async () => {
    const body = { reason: 'The family fears reprisals on arrival.' };
    for (const h of [as.b, as.guinea]) {
      const refused = await postJson(`${stack.baseUrl}/cases/${c.caseId}/protection-hold`, body, {
        ...h,
        'Idempotency-Key': randomUUID(),
      });
      expect([refused.status, refused.body.code]).toEqual([404, 'case_not_found']);
    }
  });

  it("sends the pre-arrival notice to the organisation's focal point, not to the other organisation covering the country", async () => {
    const notice = await waitForMail(stack.config.smtp.catcherUrl!, (m) =>
      m.subject.startsWith(`Pre-arrival notice: case ${c.body.reference}`),
    );
    expect(notice.to.map((t) => t.address)).toEqual([PARTNER_A]);
    const all = await allMail(stack.config.smtp.catcherUrl!);
    expect(
      all.filter((m) => m.subject.includes(c.body.reference) && m.to.some((t) => t.address === PARTNER_B)),
    ).toEqual([]);
  });

  it("keeps each organisation's opportunities to itself, in lists, reads, changes, withdrawals, matches and imports", async () => {
    const ids = async (h: Headers) =>
      (await call('GET', '/opportunities?country=CI', h)).body.items.map((o: { id: string }) => o.id);
    expect(await ids(as.a)).toEqual(expect.arrayContaining([oppA.id]));
    expect(await ids(as.a)).not.toContain(oppB.id);
    expect(await ids(as.b)).not.toContain(oppA.id);
    expect((await call('GET', `/opportunities/${oppA.id}`, as.b)).status).toBe(404);
    expect(
      (await call('PATCH', `/opportunities/${oppA.id}`, as.b, { title: 'Taken over', version: oppA.version })).status,
    ).toBe(404);
    expect((await call('DELETE', `/opportunities/${oppA.id}`, as.b)).status).toBe(404);
    expect((await call('GET', `/opportunities/${oppA.id}/matches`, as.b)).status).toBe(404);
    // A feed naming the other organisation's key is refused row by row, and leaves its opportunity as it was.
    const { externalReference: _ref, partnerCode: _code, ...row } = opportunity('LAGUNES', oppA.externalReference);
    const started = await call('POST', '/opportunities/imports', as.b, {
      partnerCode: oppA.partnerCode,
      format: 'json',
      content: JSON.stringify([{ ...row, externalReference: oppA.externalReference, title: 'Taken over' }]),
    });
    expect(started.status).toBe(202);
    const report = await poll('the import', async () => {
      const status = await call('GET', `/opportunities/imports/${started.body.id}`, as.b);
      return status.body.state === 'completed' && status.body.report;
    });
    expect(report.rejected[0].violations).toEqual([
      { field: 'externalReference', reason: 'is held by another organisation' },
    ]);
    expect((await call('GET', `/opportunities/imports/${started.body.id}`, as.a)).status).toBe(404);
    expect((await call('GET', `/opportunities/${oppA.id}`, as.a)).body.title).toBe('Assistant motor mechanic');
    expect(
      (await call('PATCH', `/opportunities/${oppA.id}`, as.a, { placesAvailable: 2, version: oppA.version })).status,
    ).toBe(200);
  });

  describe('reassigned to the other organisation by a supervisor', () => {
    let answer: { status: number; body: any };

    beforeAll(async () => {
      answer = await call('POST', `/cases/${c.caseId}/assignment`, actor('supervisor'), {
        partnerOrganisationId: orgB,
        reason: 'Lagunes has no caseworker in Abidjan this quarter.',
      });
    });

    it('moves the case from one organisation to the other at once, and says so in the timeline and the audit', async () => {
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({
        before: { partnerOrganisationId: orgA, partnerOrganisationName: ORG_A },
        after: { partnerOrganisationId: orgB, partnerOrganisationName: ORG_B },
        notified: true,
      });
      expect((await call('GET', `/cases/${c.caseId}`, as.a)).status).toBe(404);
      expect((await call('GET', `/cases/${c.caseId}`, as.b)).body.partnerOrganisation).toEqual({
        id: orgB,
        name: ORG_B,
      });
      const event = (await c.timeline()).find((e) => e.type === 'case_reassigned') as any;
      expect(event.details).toMatchObject({
        partnerOrganisationName: { from: ORG_A, to: ORG_B },
        reason: 'Lagunes has no caseworker in Abidjan this quarter.',
      });
      // The organisation sees that it moved, not the host office's reason.
      const seen = (await call('GET', `/cases/${c.caseId}/timeline`, as.b)).body;
      const moved = seen.find((e: { type: string }) => e.type === 'case_reassigned');
      expect(moved.details.partnerOrganisationName).toEqual({ from: ORG_A, to: ORG_B });
      expect(moved.details).not.toHaveProperty('reason');
      const audit = await call('GET', `/cases/${c.caseId}/audit`, actor('supervisor'));
      expect(audit.body).toEqual(
        expect.arrayContaining([expect.objectContaining({ action: 'cases.reassign', outcome: 'ok' })]),
      );
    });

    it('tells the new organisation, which already had the notice sent before it took the case', async () => {
      const mail = await waitForMail(
        stack.config.smtp.catcherUrl!,
        (m) => m.subject === `Return case ${c.body.reference} is now assigned to ${ORG_B}`,
      );
      expect(mail.to.map((t) => t.address)).toEqual([PARTNER_B]);
      // Host-office reasons stay with host-office staff.
      expect(mail.text).not.toContain('caseworker');
    });
  });
});

describe('transfer to another office and reassignment to another counsellor', () => {
  let c: CaseDriver;
  let otherCounsellorId: string;
  const inQueue = async (h: Headers, id: string) =>
    (await call('GET', '/me/work?limit=200', h)).body.items.some((i: { caseId: string }) => i.caseId === id);

  beforeAll(async () => {
    c = await CaseDriver.open(stack.baseUrl);
    const options = await call('GET', `/cases/${c.caseId}/assignment/options`, actor('supervisor'));
    expect(options.status).toBe(200);
    otherCounsellorId = options.body.counsellors.find(
      (u: { email: string }) => u.email === TEST_USERS.otherCounsellor.email,
    ).id;
    expect(options.body.offices.map((o: { code: string }) => o.code)).toContain(OTHER_OFFICE);
    expect(options.body.partnerOrganisations.map((o: { name: string }) => o.name)).toEqual([
      'Senegal and Mali Network',
    ]);
  });

  it('refuses what would leave the case with nobody or nothing changed, naming the field', async () => {
    const reassign = (body: Record<string, unknown>, h = actor('supervisor')) =>
      call('POST', `/cases/${c.caseId}/assignment`, h, { reason: 'The returnee moved to Marseille.', ...body });
    const noCounsellor = await reassign({ hostOffice: OTHER_OFFICE });
    expect(noCounsellor.status).toBe(400);
    expect(noCounsellor.body.violations[0].field).toBe('counsellorId');
    const notACounsellor = await reassign({ hostOffice: OTHER_OFFICE, counsellorId: randomUUID() });
    expect(notACounsellor.body.violations).toEqual([{ field: 'counsellorId', reason: 'is not an active counsellor' }]);
    expect((await reassign({ counsellorId: otherCounsellorId })).body.violations[0].reason).toContain(
      'does not work at PARIS',
    );
    expect((await reassign({ hostOffice: 'NOWHERE' })).body.violations[0].field).toBe('hostOffice');
    expect((await reassign({ partnerOrganisationId: orgA })).body.violations[0].field).toBe('partnerOrganisationId');
    expect((await reassign({ hostOffice: 'PARIS' })).body.code).toBe('assignment_unchanged');
    expect((await reassign({ hostOffice: OTHER_OFFICE, counsellorId: otherCounsellorId, reason: '' })).status).toBe(
      400,
    );
    expect((await reassign({ hostOffice: OTHER_OFFICE }, actor('counsellor'))).status).toBe(403);
    expect((await reassign({ hostOffice: 'PARIS' }, actor('otherSupervisor'))).status).toBe(404);
  });

  it("moves the case, the office's scope and the work queue at once, and tells the new counsellor", async () => {
    expect(await inQueue(actor('counsellor'), c.caseId)).toBe(true);
    expect(await inQueue(actor('otherCounsellor'), c.caseId)).toBe(false);

    const moved = await call('POST', `/cases/${c.caseId}/assignment`, actor('supervisor'), {
      hostOffice: OTHER_OFFICE,
      counsellorId: otherCounsellorId,
      reason: 'The returnee moved to Marseille.',
    });
    expect(moved.status).toBe(200);
    expect(moved.body.after).toMatchObject({
      hostOffice: OTHER_OFFICE,
      counsellorName: TEST_USERS.otherCounsellor.displayName,
      counsellorEmail: TEST_USERS.otherCounsellor.email,
    });

    expect(await inQueue(actor('counsellor'), c.caseId)).toBe(false);
    expect(await inQueue(actor('otherCounsellor'), c.caseId)).toBe(true);
    for (const [who, status] of [
      ['counsellor', 404],
      ['logistics', 404],
      ['supervisor', 404],
      ['otherCounsellor', 200],
      ['otherSupervisor', 200],
    ] as const) {
      expect([who, (await call('GET', `/cases/${c.caseId}`, actor(who))).status]).toEqual([who, status]);
    }
    const read = (await call('GET', `/cases/${c.caseId}`, actor('otherSupervisor'))).body;
    expect(read).toMatchObject({ hostOffice: OTHER_OFFICE, progress: { hostOffice: OTHER_OFFICE } });
    const timeline = (await call('GET', `/cases/${c.caseId}/timeline`, actor('otherCounsellor'))).body;
    expect(timeline.find((e: { type: string }) => e.type === 'case_reassigned').details).toMatchObject({
      hostOffice: { from: 'PARIS', to: OTHER_OFFICE },
      counsellorName: { from: 'Claire Martin', to: TEST_USERS.otherCounsellor.displayName },
    });

    const mail = await waitForMail(stack.config.smtp.catcherUrl!, (m) =>
      m.subject.startsWith(`Return case ${c.body.reference} is now assigned to`),
    );
    expect(mail.to.map((t) => t.address)).toEqual([TEST_USERS.otherCounsellor.email]);
    expect(mail.text).toContain('The returnee moved to Marseille.');

    // The new office works the case at once: its counsellor's next step is accepted.
    const counselled = await postJson(
      `${stack.baseUrl}/cases/${c.caseId}/counselling-sessions`,
      {
        heldOn: isoDay(0),
        language: 'fr',
        optionsDiscussed: ['legal_stay', 'onward_migration', 'return'],
        countryInformationProvided: true,
        informedChoiceConfirmed: true,
      },
      { ...actor('otherCounsellor'), 'Idempotency-Key': randomUUID() },
    );
    expect(counselled.status).toBe(200);
  });
});
