import { ApiContract } from './openapi-contract';

// A small document in the shape @nestjs/swagger writes: a DTO by $ref, a nullable date-time, an error body.
const contract = new ApiContract({
  openapi: '3.0.0',
  paths: {
    '/cases/{id}': {
      get: {
        operationId: 'CasesController_get',
        responses: {
          '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/CaseView' } } } },
          '404': { content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } } },
        },
      },
    },
    '/cases/export': { get: { operationId: 'CasesController_export', responses: { '200': { description: 'CSV' } } } },
  },
  components: {
    schemas: {
      CaseView: {
        type: 'object',
        required: ['id', 'stageEnteredAt'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          stageEnteredAt: { type: 'string', format: 'date-time', nullable: true },
        },
      },
      ErrorBody: { type: 'object', required: ['message'], properties: { message: { type: 'string' } } },
    },
  },
});

const answer = (path: string, status: number, body: unknown) => ({
  method: 'GET',
  path,
  status,
  contentType: 'application/json; charset=utf-8',
  body,
});
const id = '0b0f1c1e-9a47-4c1e-8a7e-3a3f7f0c2b11';

describe('the OpenAPI contract check', () => {
  it('accepts an answer that fits its documented schema, null where nullable', () => {
    expect(contract.check(answer(`/cases/${id}`, 200, { id, stageEnteredAt: null }))).toBeUndefined();
    expect(
      contract.check(answer(`/cases/${id}?x=1`, 200, { id, stageEnteredAt: '2026-12-03T09:00:00.000Z' })),
    ).toBeUndefined();
  });

  it('names the route, the status, the field and the value when a body breaks the schema', () => {
    const problem = contract.check(answer(`/cases/${id}`, 200, { id, stageEnteredAt: 'yesterday' }));
    expect(problem).toContain('GET /cases/{id} (CasesController_get): GET /cases/');
    expect(problem).toContain('answered 200');
    expect(problem).toContain('/stageEnteredAt: must match format "date-time"; found "yesterday"');
  });

  it('refuses a field the schema does not document', () => {
    expect(contract.check(answer(`/cases/${id}`, 200, { id, stageEnteredAt: null, secret: 1 }))).toContain(
      'has "secret", which the schema does not document',
    );
  });

  it('refuses a status the route does not list, and says which it lists', () => {
    const problem = contract.check(answer(`/cases/${id}`, 409, { message: 'no' }));
    expect(problem).toContain('a status its OpenAPI document does not list (it lists 200, 404)');
    expect(problem).toContain('@ApiResponse({ status: 409');
  });

  it('prefers a literal path segment to a parameter, and refuses a body where none is documented', () => {
    expect(contract.check(answer('/cases/export', 200, { id }))).toContain(
      'GET /cases/export (CasesController_export): GET /cases/export answered 200 with a application/json, but the document says this status has no body',
    );
  });

  it('refuses an operation the document does not have, but not the router 404 of an unknown path', () => {
    expect(contract.check({ ...answer(`/cases/${id}`, 200, {}), method: 'DELETE' })).toContain(
      'the OpenAPI document has no DELETE operation',
    );
    expect(contract.check(answer('/nowhere', 404, { message: 'Not Found' }))).toBeUndefined();
  });
});
