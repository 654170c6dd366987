import { DataSource } from 'typeorm';
import { TEST_PASSWORD, TEST_USERS } from './support/access';
import { ACTORS } from './support/case-driver';
import { startStack, TestStack } from './support/stack';

jest.setTimeout(60_000);

let stack: TestStack;

beforeAll(async () => {
  stack = await startStack({ worker: false });
});

afterAll(async () => {
  await stack?.close();
});

function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

async function get(path: string, authorization?: string) {
  return fetch(`${stack.baseUrl}${path}`, { headers: authorization ? { authorization } : {} });
}

const admin = () => basic(TEST_USERS.admin.email, TEST_PASSWORD);

describe('the queue dashboard', () => {
  it('answers 401 with a basic-auth challenge without credentials', async () => {
    const response = await get('/queues');
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Basic realm="queues"');
    expect(((await response.json()) as { message: string }).message).toBe(
      "The queue dashboard needs an administrator's email and password.",
    );
  });

  it('answers 401 to a wrong password, an unknown user, a bearer token, or someone who is not an administrator', async () => {
    expect((await get('/queues', basic(TEST_USERS.admin.email, `${TEST_PASSWORD}x`))).status).toBe(401);
    expect((await get('/queues', basic('nobody@avrr.test', TEST_PASSWORD))).status).toBe(401);
    expect((await get('/queues', ACTORS.admin.Authorization)).status).toBe(401);
    expect((await get('/queues', basic(TEST_USERS.supervisor.email, TEST_PASSWORD))).status).toBe(401);
  });

  it('refuses an administrator whose password another administrator set, until they choose their own', async () => {
    const email = `queues.admin.${Date.now()}@avrr.test`;
    const created = await fetch(`${stack.baseUrl}/admin/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: ACTORS.admin.Authorization! },
      body: JSON.stringify({ email, displayName: 'New Admin', password: TEST_PASSWORD, role: 'administrator' }),
    });
    expect(created.status).toBe(201);
    const response = await get('/queues', basic(email, TEST_PASSWORD));
    expect(response.status).toBe(403);
    expect(((await response.json()) as { code: string }).code).toBe('password_change_required');
  });

  it('keeps its API and nested pages behind the same credentials', async () => {
    expect((await get('/queues/api/queues')).status).toBe(401);
    expect((await get('/queues/queue/notifications')).status).toBe(401);
    // Percent-encoded, the path reaches the same routes: the check must not be fooled.
    expect((await get('/%71ueues/api/queues')).status).toBe(401);
    expect((await get('/queues%2Fapi%2Fqueues')).status).not.toBe(200);
  });

  it("opens with an administrator's credentials, and the sign-in is audited", async () => {
    const response = await get('/queues', admin());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const [entry] = await stack.api
      .get(DataSource)
      .query(`SELECT outcome, actor_role FROM audit_entry WHERE action = 'queues.sign_in' ORDER BY seq DESC LIMIT 1`);
    expect(entry).toEqual({ outcome: 'ok', actor_role: 'administrator' });
  });

  it("lists the notification queues through its API with an administrator's credentials", async () => {
    const response = await get('/queues/api/queues', admin());
    expect(response.status).toBe(200);
    const body = (await response.json()) as { queues: Array<{ name: string }> };
    expect(body.queues.map((q: { name: string }) => q.name)).toEqual(
      expect.arrayContaining(['notifications', 'notifications-dead-letter']),
    );
  });
});
