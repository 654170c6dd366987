import { isCheckedOrigin, recordAnswer, takeViolations } from './openapi-contract';

// Every e2e answer from the API goes through the global fetch (test/support/http.ts, the drivers, the suites' own
// calls), so wrapping it checks all of them against the OpenAPI document; the browser tests' answers are checked
// from Chromium (test/support/browser.ts). A drift is collected, not thrown, so a test that polls or catches cannot
// swallow it; it fails the test it happened in (or the suite, if in setup).

const realFetch = globalThis.fetch;
globalThis.fetch = async function checkedFetch(input: string | URL | Request, init?: RequestInit) {
  const response = await realFetch(input, init);
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (!isCheckedOrigin(url.origin)) return response;
  const contentType = response.headers.get('content-type');
  // Only JSON is read here: a large download (a CSV, a document's content) is the test's to read, once.
  const text = contentType?.includes('json') ? await response.clone().text() : '';
  recordAnswer({
    method: (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase(),
    path: url.pathname + url.search,
    status: response.status,
    contentType,
    body: text ? JSON.parse(text) : undefined,
  });
  return response;
} as typeof fetch;

function reportViolations(): void {
  const found = takeViolations();
  if (found.length === 0) return;
  throw new Error(`The API broke its OpenAPI document (${found.length}):\n\n${found.join('\n\n')}`);
}

afterEach(reportViolations);
afterAll(reportViolations);
