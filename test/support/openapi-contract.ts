import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';

type Json = Record<string, unknown>;

/** Paths the API serves beside its documented routes, on purpose: the docs, the web app, metrics, the queue dashboard. */
const OUTSIDE_THE_DOCUMENT = [/^\/$/, /^\/docs(\/|$)/, /^\/app(\/|$)/, /^\/metrics$/, /^\/queues(\/|$)/];

const apiOrigins = new Set<string>();

/** Answers from this API under test are checked against the document (contract-check.setup.ts). */
export function checkAnswersFrom(baseUrl: string): void {
  apiOrigins.add(new URL(baseUrl).origin);
}

export function isCheckedOrigin(origin: string): boolean {
  return apiOrigins.has(origin);
}

const violations: string[] = [];
let contract: ApiContract | undefined;

/** Checks one answer against the document the e2e tier's global setup wrote; a drift is kept for takeViolations. */
export function recordAnswer(answer: ObservedAnswer): void {
  const file = process.env.OPENAPI_DOCUMENT_FILE;
  if (!file) throw new Error('OPENAPI_DOCUMENT_FILE is not set: the e2e tier builds it in its global setup');
  contract ??= new ApiContract(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
  const problem = contract.check(answer);
  if (problem) violations.push(problem);
}

export function takeViolations(): string[] {
  return violations.splice(0);
}

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  literalLength: number;
  operation: Json;
}

export interface ObservedAnswer {
  method: string;
  /** Path and query, as requested. */
  path: string;
  status: number;
  contentType: string | null;
  /** Parsed JSON, or undefined when the answer had no body or was not JSON. */
  body: unknown;
}

/**
 * Checks answers against the API's OpenAPI document: the route must be documented, the status listed for it, the
 * content type one it names, and a JSON body must match the documented schema. Objects are closed
 * (`additionalProperties: false` unless the document says otherwise), so an undocumented field is a drift too.
 */
export class ApiContract {
  private readonly routes: Route[];
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(document: Json) {
    // OpenAPI 3.0's `nullable` becomes JSON Schema, and the components live under one id that every $ref names.
    const schemaDocument = JSON.parse(
      JSON.stringify(document).replaceAll('"#/components/', '"openapi#/components/'),
    ) as Json;
    this.ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: 'openapi', components: toJsonSchema((schemaDocument.components as Json) ?? {}) });
    this.routes = [];
    for (const [template, item] of Object.entries(schemaDocument.paths as Record<string, Json>)) {
      for (const [method, operation] of Object.entries(item)) {
        if (!['get', 'put', 'post', 'delete', 'patch'].includes(method)) continue;
        const pattern = new RegExp(
          `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`,
        );
        const literalLength = template.replace(/\{[^}]+\}/g, '').length;
        this.routes.push({
          method: method.toUpperCase(),
          template,
          pattern,
          literalLength,
          operation: operation as Json,
        });
      }
    }
    // Fastify prefers a literal segment to a parameter: `/opportunities/imports` before `/opportunities/{id}`.
    this.routes.sort((a, b) => b.literalLength - a.literalLength);
  }

  /** What is wrong with this answer, in words that name the route, the status and the fix; undefined when it fits. */
  check(answer: ObservedAnswer): string | undefined {
    // As the router sees it: `/%71ueues` is `/queues`.
    const pathname = decodePath(answer.path.split('?')[0]);
    // Fastify answers HEAD for every GET route, as the GET without its body.
    const head = answer.method === 'HEAD';
    const method = head ? 'GET' : answer.method;
    const route = this.routes.find((r) => r.method === method && r.pattern.test(pathname));
    const seen = `${answer.method} ${answer.path} answered ${answer.status}`;
    if (!route) {
      // An unknown route's 404 comes from the router, not from an operation.
      if (answer.status === 404 || OUTSIDE_THE_DOCUMENT.some((p) => p.test(pathname))) return undefined;
      return `${seen}, but the OpenAPI document has no ${method} operation for this path.`;
    }
    const responses = (route.operation.responses ?? {}) as Record<string, Json>;
    const name = `${route.method} ${route.template} (${String(route.operation.operationId)})`;
    const documented = responses[String(answer.status)] ?? responses[`${String(answer.status)[0]}XX`];
    if (!documented) {
      return (
        `${name}: ${seen}, a status its OpenAPI document does not list (it lists ${Object.keys(responses).join(', ')}).\n` +
        `  Add @ApiResponse({ status: ${answer.status}, description: '…' }) (or the matching @Api…Response) to the handler.\n` +
        `  Body: ${excerpt(answer.body)}`
      );
    }
    if (head) return undefined;
    const content = (documented.content ?? {}) as Record<string, Json>;
    const mediaTypes = Object.keys(content);
    const mediaType = (answer.contentType ?? '').split(';')[0].trim().toLowerCase();
    if (mediaTypes.length === 0) {
      if (answer.body === undefined || answer.body === '') return undefined;
      return `${name}: ${seen} with a ${mediaType || 'body'}, but the document says this status has no body.\n  Body: ${excerpt(answer.body)}`;
    }
    const documentedType = mediaTypes.find((t) => t === mediaType || t === '*/*');
    if (!documentedType) {
      return `${name}: ${seen} as ${mediaType || 'no content type'}, but the document names ${mediaTypes.join(', ')} for it.`;
    }
    if (documentedType !== 'application/json' || answer.body === undefined) return undefined;
    // One validator per distinct schema: most answers share a few (the error body above all).
    const schema = JSON.stringify(toJsonSchema(content[documentedType].schema ?? {}));
    let validate = this.validators.get(schema);
    if (!validate) {
      validate = this.ajv.compile(JSON.parse(schema) as Json);
      this.validators.set(schema, validate);
    }
    if (validate(answer.body)) return undefined;
    return (
      `${name}: ${seen}, and the body breaks the documented schema:\n` +
      (validate.errors ?? []).map((e) => `  ${describe(e, answer.body)}`).join('\n') +
      `\n  Fix the response DTO's @ApiProperty (or the mapper, if the document is right).`
    );
  }
}

/** One schema error: where in the body, what the schema wanted, the value found, and where the rule is. */
function describe(error: ErrorObject, body: unknown): string {
  const at = error.instancePath || '(the body)';
  const detail =
    error.keyword === 'additionalProperties'
      ? `has "${String((error.params as { additionalProperty: string }).additionalProperty)}", which the schema does not document`
      : `${error.message ?? error.keyword}${error.keyword === 'enum' ? ` ${JSON.stringify((error.params as { allowedValues: unknown }).allowedValues)}` : ''}`;
  const value = error.keyword === 'additionalProperties' ? '' : `; found ${excerpt(valueAt(body, error.instancePath))}`;
  return `${at}: ${detail}${value} (schema ${error.schemaPath.replace(/^openapi#/, '')})`;
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function valueAt(body: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>(
      (value, key) => (value as Record<string, unknown> | undefined)?.[key.replaceAll('~1', '/').replaceAll('~0', '~')],
      body,
    );
}

function excerpt(value: unknown): string {
  const text = value === undefined ? 'none' : JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/**
 * OpenAPI 3.0 schemas as JSON Schema: `nullable: true` admits null, and an object that lists its properties and says
 * nothing of others admits no others.
 */
function toJsonSchema(node: unknown): Json {
  return convert(node) as Json;
}

function convert(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convert);
  if (typeof node !== 'object' || node === null) return node;
  const schema: Json = {};
  for (const [key, value] of Object.entries(node)) {
    // Examples and descriptions are for people; `example` values are not schemas to walk.
    schema[key] = key === 'example' || key === 'examples' ? value : convert(value);
  }
  if (schema.properties && typeof schema.properties === 'object' && schema.additionalProperties === undefined) {
    schema.additionalProperties = false;
  }
  if (schema.nullable === true) {
    delete schema.nullable;
    const composed = ['$ref', 'allOf', 'anyOf', 'oneOf'].some((k) => k in schema);
    if (typeof schema.type === 'string' && !schema.enum && !composed) {
      schema.type = [schema.type, 'null'];
    } else {
      return { anyOf: [{ type: 'null' }, schema] };
    }
  }
  return schema;
}
