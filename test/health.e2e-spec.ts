import { startStack, TestStack } from './support/stack';

jest.setTimeout(60_000);

let stack: TestStack;

beforeAll(async () => {
  stack = await startStack({ worker: false });
});

afterAll(async () => {
  await stack?.close();
});

/** Without a token: health checks and the API's documentation are open to anyone. */
async function getJson(path: string) {
  const response = await fetch(`${stack.baseUrl}${path}`);
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

describe('health checks', () => {
  it('answers liveness with 200 ok', async () => {
    const live = await getJson('/health');
    expect(live.status).toBe(200);
    expect(live.body).toEqual({ status: 'ok' });
  });

  it('answers readiness with 200 once PostgreSQL, Redis and Temporal are all up', async () => {
    const ready = await getJson('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.status).toBe('ok');
    expect(ready.body.info).toEqual({
      postgres: { status: 'up' },
      redis: { status: 'up' },
      temporal: { status: 'up' },
    });
    expect(ready.body.error).toEqual({});
  });

  it('answer without a token, while the rest of the API asks for one', async () => {
    expect((await getJson('/health')).status).toBe(200);
    const cases = await getJson('/cases');
    expect(cases.status).toBe(401);
    expect(cases.body.code).toBe('missing_token');
  });
});

describe('the OpenAPI document', () => {
  it('is served as JSON at /docs/json with the cases endpoints', async () => {
    const docs = await getJson('/docs/json');
    expect(docs.status).toBe(200);
    expect(docs.headers.get('content-type')).toMatch(/application\/json/);
    expect(docs.body.openapi).toMatch(/^3\./);
    expect(docs.body.info.title).toBe('Voluntary return and reintegration service');
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/cases', '/cases/{id}', '/cases/{id}/timeline', '/health', '/health/ready']),
    );
    expect(docs.body.paths['/cases'].post.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/CreateCaseDto',
    });
    expect(docs.body.paths['/cases'].post.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Idempotency-Key', in: 'header' })]),
    );
    expect(docs.body.paths['/cases'].get).toBeDefined();
  });

  it('declares bearer authentication (the access token from POST /auth/login) for the API', async () => {
    const { body } = await getJson('/docs/json');
    expect(body.components.securitySchemes.bearer).toMatchObject({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
    });
    expect(body.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/auth/login', '/auth/refresh']));
  });

  it('describes the CreateCaseDto schema with its required fields and their descriptions', async () => {
    const { body } = await getJson('/docs/json');
    const schema = body.components.schemas.CreateCaseDto;
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(
      expect.arrayContaining(['principal', 'hostOffice', 'countryOfReturn', 'regionOfReturn', 'counsellor']),
    );
    expect(schema.required).not.toContain('household');
    expect(schema.properties.countryOfReturn).toMatchObject({
      type: 'string',
      description: 'Country of return, ISO 3166-1 alpha-2.',
    });
    expect(schema.properties.household).toMatchObject({
      type: 'array',
      items: { $ref: '#/components/schemas/HouseholdMemberDto' },
    });
    expect(JSON.stringify(schema.properties.principal)).toContain('#/components/schemas/PersonDto');
    expect(body.components.schemas.PersonDto.properties.dateOfBirth.description).toMatch(/YYYY-MM-DD/);
    expect(body.components.schemas.HouseholdMemberDto.properties.relationship.enum).toContain('child');
  });
});
