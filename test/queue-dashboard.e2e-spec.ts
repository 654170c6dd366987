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

describe('the queue dashboard', () => {
  it('is configured with credentials in the test environment', () => {
    expect(stack.config.queueDashboard.user).toBeTruthy();
    expect(stack.config.queueDashboard.password).toBeTruthy();
  });

  it('answers 401 with a basic-auth challenge without credentials', async () => {
    const response = await get('/queues');
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Basic realm="queues"');
    expect(((await response.json()) as { message: string }).message).toBe('The queue dashboard needs its credentials.');
  });

  it('answers 401 to a wrong password or a wrong user', async () => {
    const { user, password } = stack.config.queueDashboard;
    expect((await get('/queues', basic(user!, `${password}x`))).status).toBe(401);
    expect((await get('/queues', basic(`${user}x`, password!))).status).toBe(401);
    expect((await get('/queues', `Bearer ${password}`)).status).toBe(401);
  });

  it('keeps its API and nested pages behind the same credentials', async () => {
    expect((await get('/queues/api/queues')).status).toBe(401);
    expect((await get('/queues/queue/notifications')).status).toBe(401);
  });

  it('opens with the configured credentials', async () => {
    const { user, password } = stack.config.queueDashboard;
    const response = await get('/queues', basic(user!, password!));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
  });

  it('lists the notification queues through its API with the configured credentials', async () => {
    const { user, password } = stack.config.queueDashboard;
    const response = await get('/queues/api/queues', basic(user!, password!));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { queues: Array<{ name: string }> };
    expect(body.queues.map((q: { name: string }) => q.name)).toEqual(
      expect.arrayContaining(['notifications', 'notifications-dead-letter']),
    );
  });
});
