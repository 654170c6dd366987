import { readFileSync } from 'node:fs';
import { ApiContract, isCheckedOrigin } from './openapi-contract';

// Every e2e answer from the API goes through the global fetch (test/support/http.ts, the drivers, the suites' own
// calls), so wrapping it checks all of them against the OpenAPI document. A drift is collected, not thrown, so a
// test that polls or catches cannot swallow it; it fails the test it happened in (or the suite, if in setup).

const violations: string[] = [];
let contract: ApiContract | undefined;

function apiContract(): ApiContract {
  const file = process.env.OPENAPI_DOCUMENT_FILE;
  if (!file) throw new Error('OPENAPI_DOCUMENT_FILE is not set: the e2e tier builds it in its global setup');
  contract ??= new ApiContract(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
  return contract;
}

const realFetch = globalThis.fetch;
globalThis.fetch = async function checkedFetch(input: string | URL | Request, init?: RequestInit) {
  const response = await realFetch(input, init);
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (!isCheckedOrigin(url.origin)) return response;
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  const contentType = response.headers.get('content-type');
  // Only JSON is read here: a large download (a CSV, a document's content) is the test's to read, once.
  let body: unknown;
  if (contentType?.includes('json')) {
    const text = await response.clone().text();
    body = text ? JSON.parse(text) : undefined;
  } else if (response.headers.get('content-length') === '0' || response.status === 204) {
    body = undefined;
  } else {
    body = '';
  }
  const problem = apiContract().check({
    method,
    path: url.pathname + url.search,
    status: response.status,
    contentType,
    body,
  });
  if (problem) violations.push(problem);
  return response;
} as typeof fetch;

function reportViolations(): void {
  if (violations.length === 0) return;
  const found = violations.splice(0);
  throw new Error(`The API broke its OpenAPI document (${found.length}):\n\n${found.join('\n\n')}`);
}

afterEach(reportViolations);
afterAll(reportViolations);
