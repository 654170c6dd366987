import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApiApp } from '../apps/api/src/bootstrap';
import { login, seedTestAccess, TEST_USERS } from './support/access';
import { poll } from './support/poll';

jest.setTimeout(60_000);

// Two API instances in this process, as two replicas behind a load balancer: one cache of sign-ins each.
let first: NestFastifyApplication;
let second: NestFastifyApplication;
let firstUrl: string;
let secondUrl: string;

async function listen(app: NestFastifyApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

beforeAll(async () => {
  first = await createApiApp();
  second = await createApiApp();
  firstUrl = await listen(first);
  secondUrl = await listen(second);
  await seedTestAccess(first.get(DataSource));
});

afterAll(async () => {
  await first?.close();
  await second?.close();
});

const me = (baseUrl: string, accessToken: string) =>
  fetch(`${baseUrl}/auth/me`, { headers: { authorization: `Bearer ${accessToken}` } });

describe('signing out on one API instance', () => {
  it('ends the sign-in on the other instance too, without waiting for its cached answer to expire', async () => {
    const signedIn = await login(firstUrl, TEST_USERS.finance.email);
    expect(signedIn.status).toBe(200);
    const { accessToken, refreshToken } = signedIn.body;
    // The second instance now holds "this sign-in stands" in its cache (kept 15 s without the Redis news).
    expect((await me(secondUrl, accessToken)).status).toBe(200);
    expect((await me(secondUrl, accessToken)).status).toBe(200);

    const out = await fetch(`${firstUrl}/auth/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken }),
    });
    expect(out.status).toBe(204);

    // Well inside the 15 s the cache would otherwise trust its answer: only the published revocation can do this.
    const refused = await poll(
      'the second instance refuses the token',
      async () => {
        const response = await me(secondUrl, accessToken);
        return response.status === 401 ? response : undefined;
      },
      5_000,
    );
    expect(((await refused.json()) as { code: string }).code).toBe('session_ended');
  });

  it('ends every sign-in of a user whose role an administrator changes, on the other instance too', async () => {
    const admin = await login(firstUrl, TEST_USERS.admin.email);
    const user = await login(firstUrl, TEST_USERS.otherPartner.email);
    expect((await me(secondUrl, user.body.accessToken)).status).toBe(200);
    const { id } = (await (await me(firstUrl, user.body.accessToken)).json()) as { id: string };
    const changed = await fetch(`${firstUrl}/admin/users/${id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${admin.body.accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ password: 'another-password-456' }),
    });
    expect(changed.status).toBe(200);
    await poll(
      'the second instance refuses the token',
      async () => ((await me(secondUrl, user.body.accessToken)).status === 401 ? true : undefined),
      5_000,
    );
    // Put the password back for the other suites that sign this user in.
    await seedTestAccess(first.get(DataSource));
  });
});
