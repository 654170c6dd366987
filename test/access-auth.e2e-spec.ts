import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApiApp } from '../apps/api/src/bootstrap';
import { login, OTHER_OFFICE, TEST_USERS } from './support/access';
import { ACTORS } from './support/case-driver';
import { householdRequest, postJson } from './support/fixtures';
import { startStack, type TestStack } from './support/stack';

let stack: TestStack;

// Accounts made through the API get the production password cost (argon2id, 64 MiB): a test that creates one, resets
// its password and signs in several times hashes a few times over, which takes more than jest's 5 s on a busy machine.
jest.setTimeout(30_000);

beforeAll(async () => {
  stack = await startStack({ worker: false });
}, 60_000);

afterAll(async () => {
  await stack?.close();
});

const get = async (path: string, headers: Record<string, string> = {}, base = stack.baseUrl) => {
  const response = await fetch(`${base}${path}`, { headers });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
};

/** A user of its own, so that lockouts and sessions do not touch the shared test users. */
async function newCounsellor(password = 'a-long-enough-password') {
  const email = `counsellor-${randomUUID().slice(0, 8)}@avrr.test`;
  const created = await postJson(
    `${stack.baseUrl}/admin/users`,
    { email, displayName: 'Léa Petit', password, role: 'counsellor', offices: ['PARIS'] },
    ACTORS.admin,
  );
  expect(created.status).toBe(201);
  return { email, password, id: created.body.id as string };
}

describe('sign-in', () => {
  it('gives an access token that identifies the user, and refuses a wrong password or email with the same answer', async () => {
    const signedIn = await login(stack.baseUrl, TEST_USERS.counsellor.email);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: expect.any(Number),
      user: { role: 'counsellor', offices: expect.arrayContaining(['PARIS']) },
    });
    const me = await get('/auth/me', { Authorization: `Bearer ${signedIn.body.accessToken}` });
    expect(me.body).toMatchObject({ name: 'Claire Martin', role: 'counsellor' });

    const wrongPassword = await login(stack.baseUrl, TEST_USERS.counsellor.email, 'not-the-password');
    const unknownEmail = await login(stack.baseUrl, 'nobody@avrr.test', 'not-the-password');
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(unknownEmail.body.message).toBe(wrongPassword.body.message);
  });

  it('refuses requests without a token, with a forged one, or with one signed by another key', async () => {
    expect((await get('/cases')).body).toMatchObject({ statusCode: 401, code: 'missing_token' });
    expect((await get('/cases', { Authorization: 'Bearer not.a.token' })).body).toMatchObject({
      statusCode: 401,
      code: 'invalid_token',
    });
    const [header, , signature] = ACTORS.counsellor.Authorization!.slice(7).split('.');
    const claims = Buffer.from(
      JSON.stringify({
        sub: randomUUID(),
        name: 'x',
        role: 'supervisor',
        offices: ['PARIS'],
        countries: [],
        org: null,
      }),
    ).toString('base64url');
    expect((await get('/cases', { Authorization: `Bearer ${header}.${claims}.${signature}` })).status).toBe(401);
  });

  it('rotates refresh tokens; a reused one signs the whole session out', async () => {
    const user = await newCounsellor();
    const first = (await login(stack.baseUrl, user.email, user.password)).body;
    const second = await postJson(`${stack.baseUrl}/auth/refresh`, { refreshToken: first.refreshToken });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    expect((await get('/auth/me', { Authorization: `Bearer ${second.body.accessToken}` })).status).toBe(200);

    // The first token again: someone holds a copy. Both it and its successor stop working.
    const replay = await postJson(`${stack.baseUrl}/auth/refresh`, { refreshToken: first.refreshToken });
    expect(replay).toMatchObject({ status: 401, body: { code: 'invalid_refresh_token' } });
    expect((await postJson(`${stack.baseUrl}/auth/refresh`, { refreshToken: second.body.refreshToken })).status).toBe(
      401,
    );
  });

  it('logout revokes the refresh token and ends the access token', async () => {
    const user = await newCounsellor();
    const session = (await login(stack.baseUrl, user.email, user.password)).body;
    const out = await postJson(
      `${stack.baseUrl}/auth/logout`,
      { refreshToken: session.refreshToken },
      { Authorization: `Bearer ${session.accessToken}` },
    );
    expect(out.status).toBe(204);
    expect((await postJson(`${stack.baseUrl}/auth/refresh`, { refreshToken: session.refreshToken })).status).toBe(401);
    // The access token ends with its sign-in rather than living on until it expires.
    expect((await get('/auth/me', { Authorization: `Bearer ${session.accessToken}` })).body).toMatchObject({
      statusCode: 401,
      code: 'session_ended',
    });
  });

  it('locks an account after repeated failures, even for the right password, until an administrator resets it', async () => {
    const user = await newCounsellor();
    const before = (await login(stack.baseUrl, user.email, user.password)).body;
    const attempts = [];
    for (let i = 0; i < 5; i++) attempts.push((await login(stack.baseUrl, user.email, 'wrong-password')).status);
    expect(attempts).toEqual([401, 401, 401, 401, 423]);
    const locked = await login(stack.baseUrl, user.email, user.password);
    expect(locked.status).toBe(423);
    expect(locked.body).toMatchObject({
      code: 'account_locked',
      message: expect.stringMatching(/locked until \d{4}-/),
    });

    const reset = await fetch(`${stack.baseUrl}/admin/users/${user.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...ACTORS.admin },
      body: JSON.stringify({ password: 'a-brand-new-password' }),
    });
    expect(reset.status).toBe(200);
    expect(((await reset.json()) as { lockedUntil: string | null }).lockedUntil).toBeNull();
    // The reset ends the sessions opened with the old password, refresh token and access token alike.
    expect((await postJson(`${stack.baseUrl}/auth/refresh`, { refreshToken: before.refreshToken })).status).toBe(401);
    expect((await get('/auth/me', { Authorization: `Bearer ${before.accessToken}` })).body.code).toBe('session_ended');
    expect((await login(stack.baseUrl, user.email, 'a-brand-new-password')).status).toBe(200);
  });

  it('an administrator sees who is locked out and unlocks them, keeping their password, in the audit trail', async () => {
    const user = await newCounsellor();
    for (let i = 0; i < 5; i++) await login(stack.baseUrl, user.email, 'wrong-password');
    const listed = (await get(`/admin/users?state=locked&q=${encodeURIComponent(user.email)}`, ACTORS.admin)).body;
    expect(listed).toMatchObject({ total: 1, locked: 1, nextCursor: null, items: [{ id: user.id }] });
    expect(Date.parse(listed.items[0].lockedUntil)).toBeGreaterThan(Date.now());

    const unlocked = await postJson(`${stack.baseUrl}/admin/users/${user.id}/unlock`, {}, ACTORS.admin);
    expect(unlocked.status).toBe(200);
    expect(unlocked.body).toMatchObject({ id: user.id, lockedUntil: null, active: true });
    expect((await login(stack.baseUrl, user.email, user.password)).status).toBe(200);
    const [entry] = (await stack.api
      .get(DataSource)
      .query(`SELECT action, outcome FROM audit_entry WHERE subject = $1 ORDER BY seq DESC LIMIT 1`, [
        `userId=${user.id}`,
      ])) as Array<{ action: string; outcome: string }>;
    expect(entry).toEqual({ action: 'accounts.manage', outcome: 'ok' });

    // Nobody else may, and a user that does not exist is named as such.
    expect((await postJson(`${stack.baseUrl}/admin/users/${user.id}/unlock`, {}, ACTORS.supervisor)).status).toBe(403);
    const missing = await postJson(`${stack.baseUrl}/admin/users/${randomUUID()}/unlock`, {}, ACTORS.admin);
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('user_not_found');
  });

  it('lists users a page at a time in email order, narrowed by text, role and state, with counts of all pages', async () => {
    const mine = await Promise.all([newCounsellor(), newCounsellor(), newCounsellor()]);
    const pages: Array<{ email: string; role: string }> = [];
    let cursor: string | null = null;
    do {
      const page: any = (await get(`/admin/users?limit=2${cursor ? `&cursor=${cursor}` : ''}`, ACTORS.admin)).body;
      expect(page.items.length).toBeLessThanOrEqual(2);
      pages.push(...page.items);
      cursor = page.nextCursor;
      expect(page.total).toBeGreaterThanOrEqual(pages.length);
    } while (cursor);
    const emails = pages.map((u) => u.email);
    expect(emails).toEqual([...emails].sort());
    expect(new Set(emails).size).toBe(emails.length);
    for (const u of mine) expect(emails).toContain(u.email);

    const counsellors = (await get('/admin/users?role=counsellor&limit=100', ACTORS.admin)).body;
    expect(counsellors.items.every((u: { role: string }) => u.role === 'counsellor')).toBe(true);
    expect(counsellors.total).toBe(pages.filter((u) => u.role === 'counsellor').length);
    const one = (await get(`/admin/users?q=${mine[1].email.slice(0, 18).toUpperCase()}`, ACTORS.admin)).body;
    expect(one).toMatchObject({ total: 1, items: [{ email: mine[1].email }] });
    // A % in the text is a character, not a wildcard.
    expect((await get('/admin/users?q=%25', ACTORS.admin)).body.total).toBe(0);

    const bad = await get('/admin/users?state=asleep&cursor=not-ours', ACTORS.admin);
    expect(bad.status).toBe(400);
    expect(bad.body.violations.map((v: { field: string }) => v.field)).toContain('state');
    const forged = await get('/admin/users?cursor=bm90LWFuLWVtYWls', ACTORS.admin);
    expect(forged.status).toBe(400);
    expect(forged.body.violations).toEqual([{ field: 'cursor', reason: 'is not a cursor this service issued' }]);
  });

  it('a password an administrator set opens only its own change, which must be new and ends every other session', async () => {
    const user = await newCounsellor();
    const temporary = 'a-temporary-password-9';
    const reset = await fetch(`${stack.baseUrl}/admin/users/${user.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...ACTORS.admin },
      body: JSON.stringify({ password: temporary }),
    });
    expect(((await reset.json()) as { mustChangePassword: boolean }).mustChangePassword).toBe(true);
    const first = (await login(stack.baseUrl, user.email, temporary)).body;
    expect(first.user.mustChangePassword).toBe(true);
    const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
    expect((await get('/cases', bearer(first.accessToken))).body).toMatchObject({
      statusCode: 403,
      code: 'password_change_required',
    });
    expect((await get('/auth/me', bearer(first.accessToken))).body.mustChangePassword).toBe(true);
    // A refreshed token keeps the restriction: it comes from the account, not from the token it replaces.
    const refreshed = (await postJson(`${stack.baseUrl}/auth/refresh`, { refreshToken: first.refreshToken })).body;
    expect((await get('/cases', bearer(refreshed.accessToken))).body.code).toBe('password_change_required');
    const other = (await login(stack.baseUrl, user.email, temporary)).body;

    const change = (currentPassword: string, newPassword: string) =>
      postJson(`${stack.baseUrl}/auth/password`, { currentPassword, newPassword }, bearer(refreshed.accessToken));
    expect((await change('not-the-password', 'my-own-password-1')).body.violations).toEqual([
      { field: 'currentPassword', reason: 'is not the current password' },
    ]);
    expect((await change(temporary, temporary)).body.violations).toEqual([
      { field: 'newPassword', reason: 'must differ from the temporary password' },
    ]);
    expect((await change(temporary, 'too-short')).body.violations).toEqual([
      { field: 'newPassword', reason: expect.stringMatching(/longer than or equal to 12/) },
    ]);
    const changed = await change(temporary, 'my-own-password-1');
    expect(changed).toMatchObject({ status: 200, body: { user: { mustChangePassword: false } } });
    expect((await get('/cases', bearer(changed.body.accessToken))).status).toBe(200);

    // Every earlier sign-in has ended, the one that made the change included; the temporary password is gone.
    for (const token of [first.accessToken, refreshed.accessToken, other.accessToken]) {
      expect((await get('/auth/me', bearer(token))).body.code).toBe('session_ended');
    }
    expect((await postJson(`${stack.baseUrl}/auth/refresh`, { refreshToken: other.refreshToken })).status).toBe(401);
    expect((await login(stack.baseUrl, user.email, temporary)).status).toBe(401);
    expect((await login(stack.baseUrl, user.email, 'my-own-password-1')).body.user.mustChangePassword).toBe(false);

    // Anyone signed in changes their own password the same way; the trail names the change, never the password.
    const again = await postJson(
      `${stack.baseUrl}/auth/password`,
      { currentPassword: 'my-own-password-1', newPassword: 'my-own-password-2' },
      bearer(changed.body.accessToken),
    );
    expect(again.status).toBe(200);
    const trail = (await stack.api
      .get(DataSource)
      .query(
        `SELECT outcome, changes::text AS changes FROM audit_entry WHERE actor_id = $1 AND action = 'auth.password'`,
        [user.id],
      )) as Array<{ outcome: string; changes: string }>;
    expect(trail.map((e) => e.outcome)).toEqual(['ok', 'ok']);
    expect(trail.map((e) => e.changes).join()).not.toContain('my-own-password');
  });

  it('a disabled account cannot sign in or refresh, and its access token stops working', async () => {
    const user = await newCounsellor();
    const session = (await login(stack.baseUrl, user.email, user.password)).body;
    await fetch(`${stack.baseUrl}/admin/users/${user.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...ACTORS.admin },
      body: JSON.stringify({ active: false }),
    });
    expect((await login(stack.baseUrl, user.email, user.password)).status).toBe(401);
    expect((await postJson(`${stack.baseUrl}/auth/refresh`, { refreshToken: session.refreshToken })).status).toBe(401);
    expect((await get('/auth/me', { Authorization: `Bearer ${session.accessToken}` })).body.code).toBe('session_ended');
  });
});

describe('rate limits', () => {
  let limited: NestFastifyApplication;
  let limitedUrl: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    process.env.RATE_LIMIT_LOGIN_PER_MINUTE = '3';
    process.env.RATE_LIMIT_API_PER_MINUTE = '5';
    // Counters of its own (the throttler's Redis keys carry the prefix), so that its blocks stay out of other suites.
    process.env.QUEUE_PREFIX = `${saved.QUEUE_PREFIX}-limited`;
    limited = await createApiApp();
    await limited.listen(0, '127.0.0.1');
    const address = limited.getHttpServer().address();
    limitedUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }, 60_000);

  afterAll(async () => {
    process.env = saved;
    await limited?.close();
  });

  it('limits sign-in attempts per client address', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await login(limitedUrl, 'nobody@avrr.test', 'wrong-password')).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const refused = await login(limitedUrl, TEST_USERS.counsellor.email);
    expect(refused.status).toBe(429);
    // The throttler names the limit that was hit: Retry-After-<name>, in seconds.
    expect(Number(refused.headers.get('retry-after-login'))).toBeGreaterThan(0);
  });

  it('limits API calls per user', async () => {
    const user = await newCounsellor();
    const token = `Bearer ${(await login(stack.baseUrl, user.email, user.password)).body.accessToken}`;
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await get('/auth/me', { Authorization: token }, limitedUrl)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    // Another user has a budget of their own.
    expect((await get('/auth/me', ACTORS.supervisor as Record<string, string>, limitedUrl)).status).toBe(200);
  });
});

describe('mass assignment and hardening', () => {
  it('refuses fields a counsellor may not set, and offices outside their own', async () => {
    const withStage = await postJson(
      `${stack.baseUrl}/cases`,
      { ...householdRequest(), stage: 'closed' },
      ACTORS.counsellor,
    );
    expect(withStage.status).toBe(400);
    expect(withStage.body.violations).toContainEqual({
      field: 'stage',
      reason: expect.stringMatching(/should not exist/),
    });

    const otherOffice = await postJson(
      `${stack.baseUrl}/cases`,
      householdRequest({ hostOffice: OTHER_OFFICE }),
      ACTORS.counsellor,
    );
    expect(otherOffice).toMatchObject({ status: 403, body: { code: 'office_out_of_scope' } });
    const unknownOffice = await postJson(
      `${stack.baseUrl}/cases`,
      householdRequest({ hostOffice: 'NOWHERE' }),
      ACTORS.counsellor,
    );
    expect(unknownOffice.status).toBe(400);
    expect(unknownOffice.body.violations).toContainEqual({
      field: 'hostOffice',
      reason: expect.stringMatching(/not an office/),
    });

    const selfPromotion = await fetch(`${stack.baseUrl}/admin/users/${randomUUID()}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...ACTORS.counsellor },
      body: JSON.stringify({ role: 'supervisor' }),
    });
    expect(selfPromotion.status).toBe(403);
    const roleInBody = await postJson(`${stack.baseUrl}/auth/login`, {
      email: TEST_USERS.counsellor.email,
      password: 'x',
      role: 'administrator',
    });
    expect(roleInBody.status).toBe(400);
  });

  it('sends security headers, keeps CORS shut by default, and never puts a stack trace in an error body', async () => {
    const health = await fetch(`${stack.baseUrl}/health`);
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    expect(health.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(health.headers.get('strict-transport-security')).toMatch(/max-age=/);
    expect(health.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const preflight = await fetch(`${stack.baseUrl}/cases`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();

    const missing = await get(`/cases/${randomUUID()}`, ACTORS.supervisor as Record<string, string>);
    expect(missing.status).toBe(404);
    expect(Object.keys(missing.body).sort()).toEqual(['code', 'error', 'message', 'requestId', 'statusCode']);
  });
});
