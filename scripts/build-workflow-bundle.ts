// Bundles the workflow code once, for workers that should not bundle at start (production, the test suite).
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { workflowBundleOptions } from '../libs/workflows/src/workflow-bundle';

async function main(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? 'dist/workflow-bundle.js');
  const started = Date.now();
  const { code } = await bundleWorkflowCode({ ...workflowBundleOptions(), logger: quietLogger() });
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, code);
  console.log(`workflow bundle: ${out} (${Math.round(code.length / 1024)} KiB, ${Date.now() - started} ms)`);
}

function quietLogger() {
  const noop = () => undefined;
  return { trace: noop, debug: noop, info: noop, log: noop, warn: console.warn, error: console.error };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
