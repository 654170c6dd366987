import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/**
 * Jest's global setup for the e2e tier: builds the API's OpenAPI document once per run (without starting the
 * server) for every suite's contract check (contract-check.setup.ts) to read.
 */
export default function buildOpenApiDocument(): void {
  if (process.env.OPENAPI_DOCUMENT_FILE) return;
  const file = path.join(tmpdir(), `avrr-openapi-${process.pid}.json`);
  const root = path.resolve(__dirname, '../..');
  execFileSync(process.execPath, ['-r', '@swc-node/register', 'scripts/openapi.ts', 'document', file], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  process.env.OPENAPI_DOCUMENT_FILE = file;
}
