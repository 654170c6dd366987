import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { ACTORS, CaseDriver, isoDay } from './support/case-driver';
import { poll } from './support/poll';
import { startStack, type TestStack } from './support/stack';

// Each case is driven through several steps, filing its papers on the way: more than the default 5 s on a busy machine.
jest.setTimeout(60_000);

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
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
};

/** Waits until the partner can see the case, i.e. its pre-arrival notice is out. */
function untilPartnerSees(c: CaseDriver) {
  return poll('the partner sees the case', async () => {
    const seen = await get(`/cases/${c.caseId}`, 'partner');
    return seen.status === 200 ? seen.body : undefined;
  });
}

/** Counselling, screening, each adult's consent (sharing with the partner or not), documents and medical clearance. */
async function toPreDeparture(c: CaseDriver, shareDataWithPartner: boolean) {
  await c.counsel();
  await c.screen();
  const adults = c.people.filter((p) => p.dateOfBirth <= `${new Date().getUTCFullYear() - 18}-12-31`);
  for (const p of adults) await c.consent(p.id, 'self', { shareDataWithPartner });
  await c.documentEveryone();
  await c.clearMedical();
}

describe('who sees what of a case', () => {
  it('shows a partner the case only from the pre-arrival notice, pseudonymised without consent to share', async () => {
    const c = await CaseDriver.open(stack.baseUrl);
    expect((await get(`/cases/${c.caseId}`, 'partner')).status).toBe(404);
    await toPreDeparture(c, false);
    const seen = await untilPartnerSees(c);

    expect(seen.principal).toMatchObject({
      givenNames: `${c.body.reference} person 1`,
      familyName: '***',
      dateOfBirth: '1990',
      documents: [],
    });
    expect(seen.principal.contact).toBeUndefined();
    expect(seen.principalName).toBe(`${c.body.reference} person 1 ***`);
    expect(JSON.stringify(seen)).not.toContain(c.body.principal.familyName);
    expect(seen.progress.consents).toBe('***');
    // Nor the document numbers in the state, nor names in the timeline's details.
    for (const p of c.people) expect(seen.progress.travelDocuments[p.id].held.number).toBe('***');
    const timeline = (await get(`/cases/${c.caseId}/timeline`, 'partner')).body as Array<{
      type: string;
      details: Record<string, unknown>;
    }>;
    expect(timeline.find((e) => e.type === 'sign_consent')!.details).toMatchObject({ witness: '***' });
    expect(JSON.stringify(timeline)).not.toContain('ETD-');
    // Enough to receive the household: sex, languages, relationships and the region stay.
    expect(seen.principal).toMatchObject({ sex: 'female', languages: ['fr', 'wo'] });
    expect(seen.regionOfReturn).toBe('Dakar');
    const listed = await get(`/cases?q=${c.body.reference}`, 'partner');
    expect(listed.body.items).toEqual([expect.objectContaining({ principalName: `${c.body.reference} person 1` })]);

    // The counsellor sees the person.
    expect((await get(`/cases/${c.caseId}`, 'counsellor')).body.principal.familyName).toBe(c.body.principal.familyName);
  });

  it('shows a partner the people who consented to share their data', async () => {
    const c = await CaseDriver.open(stack.baseUrl);
    await toPreDeparture(c, true);
    const seen = await untilPartnerSees(c);
    expect(seen.principal.familyName).toBe(c.body.principal.familyName);
    expect(seen.principal.documents.length).toBeGreaterThan(0);
    // A child signs nothing here, so the children stay pseudonymised.
    expect(seen.household[0].givenNames).toBe(`${c.body.reference} person 2`);
    expect(seen.progress.travelDocuments[c.people[0].id].held.number).toMatch(/^ETD-/);
    expect(seen.progress.travelDocuments[c.people[1].id].held.number).toBe('***');
  });

  it('keeps trafficking, health and asylum details from the roles that do not need them, and audits each sensitive read', async () => {
    const c = await CaseDriver.open(stack.baseUrl, {
      principal: {
        ...((await import('./support/fixtures')).householdRequest().principal as object),
        vulnerabilities: ['victim_of_trafficking', 'medical_needs'],
      },
    });
    await c.counsel();
    await c.screen();

    const logistics = (await get(`/cases/${c.caseId}`, 'logistics')).body;
    expect(logistics.principal.vulnerabilities).toEqual(['medical_needs']);
    expect(logistics.vulnerabilities).not.toContain('victim_of_trafficking');
    expect(logistics.progress.screening).toEqual({ hidden: 'asylum' });
    const timeline = (await get(`/cases/${c.caseId}/timeline`, 'logistics')).body as Array<{
      type: string;
      details: unknown;
    }>;
    expect(timeline.find((e) => e.type === 'record_screening')!.details).toEqual({ hidden: 'asylum' });

    const counsellor = (await get(`/cases/${c.caseId}`, 'counsellor')).body;
    expect(counsellor.principal.vulnerabilities).toEqual(
      expect.arrayContaining(['victim_of_trafficking', 'medical_needs']),
    );
    expect(counsellor.progress.screening).toMatchObject({ eligible: true });

    const audit = (await get(`/cases/${c.caseId}/audit`, 'supervisor')).body as Array<{
      action: string;
      actorRole: string;
      changes: Array<{ after: unknown }>;
    }>;
    const reads = audit.filter((e) => e.action === 'read_sensitive');
    expect(reads).toContainEqual(
      expect.objectContaining({
        actorRole: 'logistics_officer',
        changes: [{ path: 'categories', after: ['medical'] }],
      }),
    );
    expect(reads).toContainEqual(
      expect.objectContaining({
        actorRole: 'counsellor',
        changes: [{ path: 'categories', after: ['asylum', 'medical', 'trafficking'] }],
      }),
    );
  });
});

describe('the audit trail', () => {
  it('records writes with masked before and after values, and refused attempts; only supervisors read it', async () => {
    const c = await CaseDriver.open(stack.baseUrl);
    await c.counsel();
    const refused = await c.act('screening', 'logistics', {
      eligible: true,
      asylumClaimPending: false,
      fearOfReturn: false,
    });
    expect(refused.status).toBe(403);
    await c.screen();
    await c.consent(c.people[0].id);

    const audit = (await get(`/cases/${c.caseId}/audit`, 'supervisor')).body as Array<Record<string, any>>;
    const actions = audit.map((e) => `${e.action}:${e.outcome}`).reverse();
    expect(actions).toEqual(
      expect.arrayContaining([
        'cases.open:ok',
        'case.record_counselling:ok',
        'case.record_screening:denied',
        'case.record_screening:ok',
        'case.sign_consent:ok',
      ]),
    );
    const consent = audit.find((e) => e.action === 'case.sign_consent')!;
    expect(consent).toMatchObject({
      actorRole: 'counsellor',
      requestId: expect.any(String),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(consent.changes).toContainEqual({ path: `consents.${c.people[0].id}`, after: expect.anything() });
    expect(JSON.stringify(consent.changes)).not.toContain('Jeanne Roux'); // the witness
    const opened = audit.find((e) => e.action === 'cases.open')!;
    expect(JSON.stringify(opened.changes)).not.toContain(c.body.principal.familyName);

    expect((await get(`/cases/${c.caseId}/audit`, 'counsellor')).status).toBe(403);
    expect((await get(`/cases/${c.caseId}/audit`, 'otherSupervisor')).status).toBe(404);
  });

  it('cannot be changed in the database, and names the first tampered entry', async () => {
    const dataSource = stack.api.get(DataSource);
    const [{ seq, action }] = await dataSource.query(
      `SELECT seq, action FROM audit_entry ORDER BY seq DESC LIMIT 1 OFFSET 3`,
    );
    await expect(dataSource.query(`UPDATE audit_entry SET action = 'nothing' WHERE seq = $1`, [seq])).rejects.toThrow(
      /append-only/,
    );
    await expect(dataSource.query(`DELETE FROM audit_entry WHERE seq = $1`, [seq])).rejects.toThrow(/append-only/);
    expect((await get('/audit/verify', 'admin')).body).toMatchObject({ ok: true });

    // Someone with the power to bypass triggers edits one row: the chain check finds it.
    const tamper = (value: string) =>
      dataSource.transaction(async (em) => {
        await em.query(`SET LOCAL session_replication_role = replica`);
        await em.query(`UPDATE audit_entry SET action = $2 WHERE seq = $1`, [seq, value]);
      });
    await tamper('login');
    try {
      expect((await get('/audit/verify', 'admin')).body).toMatchObject({
        ok: false,
        firstBroken: { seq, reason: 'hash_mismatch' },
      });
      const cli = await promisify(execFile)('node', ['-r', '@swc-node/register', 'scripts/audit-verify.ts'], {
        env: process.env,
      }).catch((e) => e);
      expect(cli.code).toBe(1);
      expect(cli.stderr).toContain(`BROKEN at entry ${seq}`);
    } finally {
      await tamper(action);
    }
    expect((await get('/audit/verify', 'supervisor')).body).toMatchObject({ ok: true });
  }, 60_000);

  it('never writes a password or a token into the trail', async () => {
    const dataSource = stack.api.get(DataSource);
    const password = `secret-${Date.now()}-password`;
    const created = await fetch(`${stack.baseUrl}/admin/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(ACTORS.admin as Record<string, string>) },
      body: JSON.stringify({
        email: `new-${Date.now()}@avrr.test`,
        displayName: 'New Person',
        password,
        role: 'finance_officer',
      }),
    });
    expect(created.status).toBe(201);
    const session = (await (
      await fetch(`${stack.baseUrl}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'finance@avrr.test', password: 'test-password-123' }),
      })
    ).json()) as { accessToken: string; refreshToken: string };
    await fetch(`${stack.baseUrl}/auth/logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${session.accessToken}` },
      body: JSON.stringify({ refreshToken: session.refreshToken }),
    });
    const [{ trail }] = await dataSource.query(
      `SELECT string_agg(changes::text, ' ') AS trail FROM audit_entry WHERE action IN ('accounts.manage', 'auth.session')`,
    );
    expect(trail).toContain('{"path": "password", "after": "***"}');
    expect(trail).not.toContain(password);
    expect(trail).not.toContain(session.refreshToken);
  });

  it('records sign-ins, failed sign-ins and permission denials', async () => {
    const dataSource = stack.api.get(DataSource);
    await fetch(`${stack.baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'counsellor@avrr.test', password: 'nope-nope-nope' }),
    });
    await fetch(`${stack.baseUrl}/admin/users`, { headers: { ...ACTORS.partner } as Record<string, string> });
    const recent = await dataSource.query(
      `SELECT action, outcome, actor_role FROM audit_entry WHERE actor_role <> 'system' ORDER BY seq DESC LIMIT 5`,
    );
    expect(recent).toContainEqual({ action: 'login', outcome: 'failed', actor_role: 'counsellor' });
    expect(recent).toContainEqual({ action: 'accounts.manage', outcome: 'denied', actor_role: 'partner_focal_point' });
    expect(isoDay(0)).toMatch(/^\d{4}/);
  });
});
