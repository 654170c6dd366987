// P2: POST /cases (sign-in, validation, idempotency, the case row, the workflow start, the audit) at CONCURRENCY in
// flight, against bare client.workflow.start calls on the same Temporal server at the same concurrency.
// Usage: npm run bench:intake   (or node -r @swc-node/register bench/intake.ts [seconds] [concurrency])
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { householdRequest } from '../test/support/fixtures';
import { CpuMeter, idleRates, printCpuReport, settle, slotTargets, threadCpuSeconds } from './support/cpu-meter';
import { historyShape } from './support/history-shape';
import { apiUrl, line, load, type LoadResult, openDataSource, signIn, startApi, startWorker } from './support/stack';

const SECONDS = Number(process.argv[2] ?? 15);
const CONCURRENCY = Number(process.argv[3] ?? 20);

/** Starts workflows back to back from CONCURRENCY loops for `seconds`; nothing polls their task queue. */
async function bareStarts(client: Client, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        try {
          await client.workflow.start('benchBareWorkflow', {
            taskQueue: 'bench-bare-starts',
            workflowId: `bare-${randomUUID()}`,
            args: [householdRequest()],
          });
          latencies.push(performance.now() - t);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const q = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]);
  return { rps: latencies.length / seconds, p50: q(0.5), p99: q(0.99), errors, non2xx: 0, ok: latencies.length };
}

async function main(): Promise<void> {
  const dataSource = await openDataSource();
  const api = await startApi();
  const worker = await startWorker();
  const counsellor = await signIn(dataSource, 'counsellor');
  const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
  const client = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE ?? 'default' });

  const intake = (seconds: number) =>
    load({
      url: apiUrl(),
      connections: CONCURRENCY,
      duration: seconds,
      timeout: 30,
      requests: [
        {
          method: 'POST',
          setupRequest: (r) => ({
            ...r,
            path: '/cases',
            headers: { authorization: counsellor, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
            body: JSON.stringify(householdRequest()),
          }),
        },
      ],
    });
  await intake(3);
  await bareStarts(client, 3);
  const targets = slotTargets({ api: api.child.pid, worker: worker.child.pid });
  const background = targets.filter((t) => t.name !== 'bench');
  await settle(background);
  const idle = await idleRates(targets);
  // The CPU of every process of the slot while the intakes run, then again once the workflows they started (the
  // projection, the notifications) have settled: the second is what an intake costs in all.
  const threadsBefore = [api, worker].map((c) => threadCpuSeconds(c.child.pid!));
  const serviceMeter = new CpuMeter(targets).start();
  const service = await intake(SECONDS);
  const serviceWindow = serviceMeter.read();
  await settle(background);
  const serviceAll = serviceMeter.stop();
  const threadsAfter = [api, worker].map((c) => threadCpuSeconds(c.child.pid!));
  const bareMeter = new CpuMeter(targets.filter((t) => !['api', 'worker'].includes(t.name))).start();
  const bare = await bareStarts(client, SECONDS);
  const bareCpu = bareMeter.stop();
  console.log(
    `P2 POST /cases, ${CONCURRENCY} in flight: service ${line(service).replace('req/s', 'cases/s')} | bare workflow.start ${line(bare).replace('req/s', 'starts/s')} | ratio ${(service.rps / bare.rps).toFixed(3)}`,
  );
  printCpuReport({
    service: { window: serviceWindow, settled: serviceAll, operations: service.ok!, during: 'during the load' },
    bare: { cpu: bareCpu, operations: bare.ok!, label: 'bare' },
    idle,
    unit: 'case',
    bareUnit: 'start',
    threads: { before: threadsBefore, after: threadsAfter },
  });
  // What one intake asks of the Temporal server, deterministic where the CPU figures are not: its history so far.
  const [{ workflow_id: workflowId }] = await dataSource.query(
    `SELECT workflow_id FROM return_case WHERE state_version > 0 ORDER BY created_at LIMIT 1`,
  );
  const history = await client.workflow.getHandle(workflowId).fetchHistory();
  console.log(`  one intake's history: ${historyShape(history)}`);
  await connection.close();
  await worker.stop();
  await api.stop();
  await dataSource.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
