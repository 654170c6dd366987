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

/** As a counsellor, who looks occupations up while starting a skills profile. */
async function getJson(path: string) {
  const response = await fetch(`${stack.baseUrl}${path}`, { headers: { ...ACTORS.counsellor } });
  return { status: response.status, body: (await response.json()) as any };
}

describe('GET /occupations/search', () => {
  it('suggests 7231 first for "car mechanic", five by default', async () => {
    const { status, body } = await getJson('/occupations/search?q=car%20mechanic');
    expect(status).toBe(200);
    expect(body.query).toBe('car mechanic');
    expect(body.items).toHaveLength(5);
    expect(body.items[0]).toEqual({
      code: '7231',
      title: 'Motor vehicle mechanics and repairers',
      score: expect.any(Number),
      matchedTitle: 'Mechanic, motor vehicle',
    });
  });

  it('honours limit', async () => {
    const { status, body } = await getJson('/occupations/search?q=teacher&limit=2');
    expect(status).toBe(200);
    expect(body.items).toHaveLength(2);
  });

  it.each([
    ['no q', '/occupations/search', 'q'],
    ['a one-letter q', '/occupations/search?q=a', 'q'],
    ['a q of spaces', '/occupations/search?q=%20%20%20', 'q'],
    ['a q over 200 characters', `/occupations/search?q=${'a'.repeat(201)}`, 'q'],
    ['limit 0', '/occupations/search?q=nurse&limit=0', 'limit'],
    ['limit 21', '/occupations/search?q=nurse&limit=21', 'limit'],
    ['limit not a number', '/occupations/search?q=nurse&limit=five', 'limit'],
    ['an unknown parameter', '/occupations/search?q=nurse&sort=code', 'sort'],
  ])('answers 400 for %s, naming the field', async (_case, path, field) => {
    const { status, body } = await getJson(path);
    expect(status).toBe(400);
    expect(body.violations.map((v: { field: string }) => v.field)).toContain(field);
  });
});

describe('GET /occupations/groups/:code', () => {
  it('gives the group with its ancestors from the major group down', async () => {
    const { status, body } = await getJson('/occupations/groups/7231');
    expect(status).toBe(200);
    expect(body).toEqual({
      code: '7231',
      level: 'unit',
      title: 'Motor vehicle mechanics and repairers',
      parentCode: '723',
      ancestors: [
        { code: '7', level: 'major', title: 'Craft and related trades workers', parentCode: null },
        { code: '72', level: 'sub_major', title: 'Metal, machinery and related trades workers', parentCode: '7' },
        { code: '723', level: 'minor', title: 'Machinery mechanics and repairers', parentCode: '72' },
      ],
    });
  });

  it('answers 404 for a code that is not a group', async () => {
    expect((await getJson('/occupations/groups/9999')).status).toBe(404);
    expect((await getJson('/occupations/groups/abc')).status).toBe(404);
  });

  it('is described in the OpenAPI document', async () => {
    const { body } = await getJson('/docs/json');
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/occupations/search', '/occupations/groups/{code}']),
    );
    const params = body.paths['/occupations/search'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(expect.arrayContaining(['q', 'limit']));
  });
});
