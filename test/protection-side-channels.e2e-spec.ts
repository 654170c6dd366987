import { DataSource } from 'typeorm';
import {
  type Role,
  VULNERABILITY_CATEGORY,
  visibleCategories,
  type SensitiveCategory,
  type Vulnerability,
} from '@avrr/domain';
import { ACTORS, CaseDriver, isoDay } from './support/case-driver';
import { householdRequest } from './support/fixtures';
import { allMail, waitForMail } from './support/mail-catcher';
import { poll } from './support/poll';
import { startStack, type TestStack } from './support/stack';

let stack: TestStack;

beforeAll(async () => {
  stack = await startStack();
}, 60_000);

afterAll(async () => {
  await stack?.close();
});

const get = async (path: string, as: keyof typeof ACTORS) => {
  const response = await fetch(`${stack.baseUrl}${path}`, { headers: { ...ACTORS[as] } as Record<string, string> });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, text };
};

/** What would tell a reader that someone belongs to a category: its flag, its gates, its events, its words. */
const GIVEAWAYS: Record<SensitiveCategory, RegExp> = {
  trafficking:
    /victim_of_trafficking|trafficking risk|protection service|protection referral|record_trafficking_risk|record_protection_referral/i,
  asylum: /asylum_claim_pending|asylum claim|asylumClaimPending/i,
  protection:
    /fear_of_return|fear of return|protection hold|onProtectionHold|place_protection_hold|fearOfReturn|protection_service|hold_review|asylum_procedure|Forum Réfugiés/i,
  medical: /medical_needs|fit-to-travel|record_medical_clearance/i,
};

const READERS: Array<[keyof typeof ACTORS, Role]> = [
  ['counsellor', 'counsellor'],
  ['logistics', 'logistics_officer'],
  ['partner', 'partner_focal_point'],
  ['supervisor', 'supervisor'],
];
const SENSITIVE_FLAGS = Object.keys(VULNERABILITY_CATEGORY) as Vulnerability[];

function withPrincipalFlags(flags: Vulnerability[]) {
  const request = householdRequest();
  return { ...request, principal: { ...request.principal, vulnerabilities: flags } };
}

describe('no side channel tells a role a sensitive category it may not see', () => {
  let trafficked: CaseDriver;
  let asylum: CaseDriver;
  let fear: CaseDriver;

  beforeAll(async () => {
    // A trafficking survivor who did not consent to share with the partner, up to the pre-arrival notice.
    trafficked = await CaseDriver.open(stack.baseUrl, withPrincipalFlags(['victim_of_trafficking']));
    await trafficked.counsel();
    await trafficked.screen();
    await trafficked.consent(trafficked.people[0].id, 'self', { shareDataWithPartner: false });
    await trafficked.documentEveryone();
    await trafficked.clearMedical();
    // An asylum seeker (held at intake), and a person who said at screening they fear return (held then).
    asylum = await CaseDriver.open(stack.baseUrl, withPrincipalFlags(['asylum_claim_pending']));
    fear = await CaseDriver.open(stack.baseUrl, withPrincipalFlags(['single_parent']));
    await fear.counsel();
    await fear.screen({ fearOfReturn: true });
    // Its hold reviewed, and a referral to a protection service, accepted: protection data too.
    await fear.do('protection-hold/reviews', 'supervisor', { note: 'Claim being prepared', nextReviewOn: isoDay(14) });
    await fear.do('protection-service-referrals', 'supervisor', {
      personId: fear.people[0].id,
      service: 'asylum_procedure',
      provider: 'Forum Réfugiés, Lyon',
      consentGivenOn: isoDay(0),
    });
    await fear.do('protection-service-referrals/referral-1/response', 'counsellor', {
      response: 'accepted',
      respondedOn: isoDay(0),
    });
    await poll(
      'the partner sees the trafficking case',
      async () => (await get(`/cases/${trafficked.caseId}`, 'partner')).status === 200,
    );
  }, 90_000);

  it.each(READERS)('%s: every list, filter, case, timeline, work queue and view', async (actor, role) => {
    const visible = visibleCategories(role);
    const hidden = (Object.keys(GIVEAWAYS) as SensitiveCategory[]).filter((c) => !visible.has(c));

    for (const flag of SENSITIVE_FLAGS) {
      const filtered = await get(`/cases?vulnerability=${flag}&limit=100`, actor);
      if (visible.has(VULNERABILITY_CATEGORY[flag]!)) {
        expect(filtered.status).toBe(200);
      } else {
        // Refused, saying why, rather than answering with the cases that hold the flag.
        expect(filtered.status).toBe(403);
        expect(filtered.body).toMatchObject({
          code: 'filter_not_allowed',
          message: expect.stringContaining('vulnerability'),
        });
      }
    }

    const reads = [`/cases?limit=100`, '/me/work'];
    for (const c of [trafficked, asylum, fear])
      reads.push(`/cases/${c.caseId}`, `/cases/${c.caseId}/timeline`, `/cases?q=${c.body.reference}`);
    if (role === 'partner_focal_point' || role === 'supervisor')
      reads.push('/views/cases-by-stage', '/views/time-in-stage', '/views/overdue-follow-ups');
    for (const path of reads) {
      const answer = await get(path, actor);
      expect([200, 404]).toContain(answer.status);
      for (const category of hidden) {
        if (GIVEAWAYS[category].test(answer.text))
          throw new Error(`${actor} learns ${category} from ${path}: ${answer.text.match(GIVEAWAYS[category])![0]}`);
      }
    }
  });

  it('tells logistics a protection requirement is not met, not which one, when a booking or a request is refused', async () => {
    const booking = await trafficked.act('booking', 'logistics', trafficked.bookingBody());
    expect(booking.status).toBe(409);
    expect(booking.body.code).toBe('booking_not_ready');
    expect(booking.body.message).toContain('a protection requirement to be met (ask the counsellor)');
    expect(JSON.stringify(booking.body)).not.toMatch(GIVEAWAYS.trafficking);
    expect(booking.body.reasons).toEqual([{ code: 'protection_requirement', params: {} }]);

    const request = await fear.act('travel-documents/requests', 'logistics', {
      personId: fear.people[0].id,
      consulate: 'Consulate of Senegal',
    });
    expect(request.status).toBe(409);
    expect(request.body).toMatchObject({
      code: 'protection_requirement',
      message: 'A protection requirement is not met; ask the counsellor.',
    });

    // The counsellor, who may see it, reads the gate in full, with its code and the person.
    const forCounsellor = (await get(`/cases/${trafficked.caseId}`, 'counsellor')).body;
    expect(forCounsellor.waitingFor).toMatch(/trafficking risk assessment/);
    expect(forCounsellor.waitingReason).toMatchObject({
      code: 'trafficking_risk',
      params: { personId: trafficked.people[0].id },
    });
    expect((await get(`/cases/${fear.caseId}`, 'supervisor')).body.onProtectionHold).toBe(true);
  });

  it('audits sensitive reads through lists and filters, and refused filters', async () => {
    const dataSource = stack.api.get(DataSource);
    await get('/cases?vulnerability=victim_of_trafficking', 'logistics');
    await get('/cases?vulnerability=victim_of_trafficking', 'counsellor');
    const entries = (await dataSource.query(
      `SELECT actor_role, outcome, changes FROM audit_entry WHERE action = 'read_sensitive' AND subject = 'case_list' ORDER BY seq DESC LIMIT 2`,
    )) as Array<{ actor_role: string; outcome: string; changes: Array<{ path: string; after: unknown }> }>;
    expect(entries[1]).toMatchObject({ actor_role: 'logistics_officer', outcome: 'denied' });
    expect(entries[0]).toMatchObject({ actor_role: 'counsellor', outcome: 'ok' });
    expect(entries[0].changes).toContainEqual({ path: 'cases', after: expect.arrayContaining([trafficked.caseId]) });

    // The counsellor's queue names the trafficking gate the case waits for: that read is audited too.
    await get('/me/work', 'counsellor');
    const [queue] = (await dataSource.query(
      `SELECT actor_role, changes FROM audit_entry WHERE action = 'read_sensitive' AND subject = 'work_queue' ORDER BY seq DESC LIMIT 1`,
    )) as Array<{ actor_role: string; changes: Array<{ path: string; after: unknown }> }>;
    expect(queue.actor_role).toBe('counsellor');
    expect(queue.changes).toContainEqual({ path: 'cases', after: expect.arrayContaining([trafficked.caseId]) });
  });

  it("names no trafficking victim in the pre-arrival email to the partner's team without their consent to share", async () => {
    const mail = await waitForMail(stack.config.smtp.catcherUrl!, (m) =>
      m.subject.startsWith(`Pre-arrival notice: case ${trafficked.body.reference}`),
    );
    expect(mail.text).not.toContain(trafficked.body.principal.familyName);
    expect(mail.text).not.toMatch(GIVEAWAYS.trafficking);
    expect(mail.text).toContain('further reception needs recorded in the case file');
  });

  it('withdraws a pending consulate request when a hold is placed, and the partner hears nothing during the hold', async () => {
    const c = await CaseDriver.open(stack.baseUrl);
    await c.counsel();
    await c.screen();
    await c.consentAdults();
    const principal = c.people[0].id;
    await c.do('travel-documents/requests', 'logistics', { personId: principal, consulate: 'Consulate of Senegal' });
    await c.do('protection-hold', 'counsellor', { reason: 'new information about a risk on return' });
    const state = (await c.get()).progress;
    expect(state.travelDocuments[principal].request).toMatchObject({
      status: 'withdrawn',
      withdrawnReason: 'a protection requirement is open',
    });
    expect((await c.timeline()).map((e) => e.type)).toContain('travel_document_requests_withdrawn');
    // Nothing can be issued against the withdrawn request, so the case cannot reach the partner's notice while held.
    expect(
      (
        await c.act('travel-documents/issued', 'logistics', {
          personId: principal,
          documentType: 'emergency_travel_document',
          number: 'ETD-1',
          expiresOn: '2030-01-01',
        })
      ).status,
    ).toBe(409);
    expect((await get(`/cases/${c.caseId}`, 'partner')).status).toBe(404);
    expect(
      (await allMail(stack.config.smtp.catcherUrl!)).filter((m) =>
        m.subject.includes(`Pre-arrival notice: case ${c.body.reference}`),
      ),
    ).toEqual([]);
  });
});
