import type { OpenAPIObject } from '@nestjs/swagger';
import type {
  OperationObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/** Marks an operation as callable without a token (see `Public()`); replaced by `security: []` in the document. */
export const PUBLIC_EXTENSION = 'x-public';

/** The body of every error answer (`HttpExceptionFilter`). */
const ERROR_BODY: SchemaObject = {
  type: 'object',
  required: ['statusCode', 'error', 'message'],
  additionalProperties: false,
  properties: {
    statusCode: { type: 'integer', minimum: 400, maximum: 599, example: 409 },
    error: { type: 'string', description: 'The HTTP reason phrase.', example: 'Conflict' },
    message: { type: 'string', description: 'What went wrong, in words for a person.' },
    code: {
      type: 'string',
      description: 'A stable code for programs, e.g. `case_not_found`.',
      example: 'case_not_found',
    },
    violations: {
      type: 'array',
      description: 'For a refused request: each field and why.',
      items: {
        type: 'object',
        required: ['field', 'reason'],
        additionalProperties: false,
        properties: { field: { type: 'string' }, reason: { type: 'string' } },
      },
    },
    details: { type: 'object', additionalProperties: true, description: 'Facts about a refusal, for people.' },
    reasons: {
      type: 'array',
      description: "A refusal's reasons as codes with parameters, for translation.",
      items: { type: 'object', additionalProperties: true },
    },
    requestId: { type: 'string', description: 'Quote it when reporting a problem.' },
  },
};

const ERROR_REF = { $ref: '#/components/schemas/ErrorBody' };

/** Answers any route can give, whatever its handler does, with why. */
const SHARED: Record<string, string> = {
  '429': 'Too many requests from this user or address; wait and retry (Retry-After).',
  '503': 'A dependency (database, Redis, Temporal) did not answer in time; retry after Retry-After seconds.',
};
const SIGNED_IN: Record<string, string> = {
  '401': '`missing_token`, `invalid_token` or `session_ended`: sign in (again).',
  '403': '`permission_denied`: your role may not do this.',
};
const WITH_INPUT = { '400': 'A parameter or field is invalid: `violations` names each field and why.' };
const WITH_PATH_ID = { '404': 'Nothing with this id, or not in your scope.' };
const WITH_BODY = {
  '413': 'The body is larger than the API accepts.',
  '415': 'The body is not of a content type this route reads.',
};

/**
 * Adds to every operation the error answers the global guards, pipes and filter can give (authentication,
 * permission, validation, rate limit, dependency failure), and gives every error answer the error body's schema.
 * Answers particular to a route (409 for a refused transition, 422, 428…) stay on its handler's decorators.
 */
export function documentCommonResponses(document: OpenAPIObject): OpenAPIObject {
  document.components = document.components ?? {};
  document.components.schemas = { ...document.components.schemas, ErrorBody: ERROR_BODY };
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = item[method];
      if (operation) addCommonResponses(operation);
    }
  }
  return document;
}

function addCommonResponses(operation: OperationObject): void {
  const extensions = operation as unknown as Record<string, unknown>;
  const isPublic = extensions[PUBLIC_EXTENSION] === true;
  delete extensions[PUBLIC_EXTENSION];
  if (isPublic) operation.security = [];
  const parameters = (operation.parameters ?? []) as Array<{ in?: string }>;
  const common: Record<string, string> = {
    ...SHARED,
    ...(isPublic ? {} : SIGNED_IN),
    ...(parameters.length > 0 || operation.requestBody ? WITH_INPUT : {}),
    ...(parameters.some((p) => p.in === 'path') ? WITH_PATH_ID : {}),
    ...(operation.requestBody ? WITH_BODY : {}),
  };
  for (const [status, description] of Object.entries(common)) {
    if (!operation.responses[status]) operation.responses[status] = { description };
  }
  for (const [status, response] of Object.entries(operation.responses)) {
    const answer = response as ResponseObject;
    if (Number(status) >= 400 && !answer.content) {
      answer.content = { 'application/json': { schema: ERROR_REF } };
    }
  }
}
