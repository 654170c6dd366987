import type { FastifyInstance } from 'fastify';
import secureJson from 'secure-json-parse';

/** Deeper than any request this API takes; deeper bodies would only exhaust the validator's stack. */
const MAX_DEPTH = 32;

interface BadBody extends Error {
  statusCode: number;
  code: string;
}

function bad(code: string, message: string): BadBody {
  return Object.assign(new Error(message), { statusCode: 400, code });
}

/**
 * JSON bodies as Fastify parses them (prototype poisoning refused), plus two checks the database needs: no nesting
 * deeper than MAX_DEPTH and no NUL character in any string, which PostgreSQL cannot store.
 */
export function registerJsonBodyParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = body as string;
    if (text.trim() === '') return done(bad('FST_ERR_CTP_EMPTY_JSON_BODY', 'Body cannot be empty'), undefined);
    let parsed: unknown;
    try {
      parsed = secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
    } catch (error) {
      return done(bad('FST_ERR_CTP_INVALID_JSON_BODY', (error as Error).message), undefined);
    }
    const problem = inspect(parsed);
    return problem ? done(problem, undefined) : done(null, parsed);
  });
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Walks the value without recursion, so a hostile body cannot exhaust the stack here either. */
export function inspect(value: unknown): BadBody | null {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value: v, path, depth } = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\u0000'))
        return bad('AVRR_NUL_CHARACTER', `The field ${path || '(body)'} contains a NUL character.`);
      // A lone surrogate (JSON's "\ud800") is no Unicode text: PostgreSQL's jsonb refuses it after the row is written.
      if (LONE_SURROGATE.test(v))
        return bad(
          'AVRR_MALFORMED_TEXT',
          `The field ${path || '(body)'} contains malformed Unicode (a lone surrogate).`,
        );
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (depth >= MAX_DEPTH)
      return bad('AVRR_BODY_TOO_DEEP', `The request body is nested deeper than ${MAX_DEPTH} levels.`);
    for (const [key, child] of Object.entries(v as Record<string, unknown>)) {
      if (key.includes('\u0000')) return bad('AVRR_NUL_CHARACTER', 'A field name contains a NUL character.');
      if (LONE_SURROGATE.test(key))
        return bad('AVRR_MALFORMED_TEXT', 'A field name contains malformed Unicode (a lone surrogate).');
      stack.push({ value: child, path: path ? `${path}.${key}` : key, depth: depth + 1 });
    }
  }
  return null;
}
