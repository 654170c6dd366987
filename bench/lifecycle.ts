// P3: whole lifecycles over HTTP (intake, counselling, screening, information sheets, consent, travel documents, medical
// clearance, booking, departure, arrival, plan and its approval, three follow-ups, the final report, closure), CONCURRENCY
// cases in flight, against a bare workflow with the same number of updates, each running one no-op activity, on the
// same Temporal server.
// Usage: npm run bench:lifecycle   (or node -r @swc-node/register bench/lifecycle.ts [cases] [concurrency])
import { randomUUID } from 'node:crypto';
import { Client, Connection, WorkflowIdReusePolicy } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { CaseDriver, isoDay, signInTestUsers } from '../test/support/case-driver';
import { returnCaseWorkflowId } from '@avrr/workflows';
import { CpuMeter, idleRates, printCpuReport, settle, slotTargets, threadCpuSeconds } from './support/cpu-meter';
import { historyShape } from './support/history-shape';
import { apiUrl, openDataSource, signIn, startApi, startWorker } from './support/stack';

const CASES = Number(process.argv[2] ?? 40);
const CONCURRENCY = Number(process.argv[3] ?? 20);

/** A CaseDriver that counts the actions it sends, so the bare workflow gets as many updates. */
class CountingDriver extends CaseDriver {
  static actions = 0;
  static latencies: number[] = [];
  override async act(path: string, as: Parameters<CaseDriver['act']>[1], body: unknown, key?: string) {
    const t = performance.now();
    const response = await super.act(path, as, body, key);
    CountingDriver.latencies.push(performance.now() - t);
    CountingDriver.actions += 1;
    return response;
  }
}

async function lifecycle(): Promise<string> {
  const c = await CaseDriver.open(apiUrl());
  const d = new CountingDriver(c.baseUrl, c.caseId, c.body);
  await d.throughBooking();
  await d.do('departure', 'logistics', { departedAt: new Date().toISOString() });
  await d.do('arrival', 'partner', { arrivedAt: new Date().toISOString(), metAtAirport: true, onwardTransport: true });
  await d.do('reintegration-plan', 'partner', {
    components: [
      {
        dimension: 'economic',
        description: 'Tailoring business',
        budgetLines: [{ description: 'Sewing machine', amountMinor: 150000, currency: 'XOF' }],
      },
    ],
  });
  await d.do('reintegration-plan/approve', 'supervisor', {});
  for (let i = 0; i < 3; i++) await d.do('follow-ups', 'partner', { visitedOn: isoDay(0), notes: `Visit ${i + 1}` });
  await d.fileFinalReport();
  await d.do('closure', 'supervisor', { outcome: 'completed', reason: 'Final report filed' });
  return c.caseId;
}

async function inFlight(count: number, run: () => Promise<unknown>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        next += 1;
        await run();
      }
    }),
  );
  return (performance.now() - started) / 1000;
}

const q = (sorted: number[], p: number) =>
  Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]);

async function main(): Promise<void> {
  const dataSource = await openDataSource();
  const api = await startApi();
  const worker = await startWorker();
  await signIn(dataSource, 'counsellor');
  await signInTestUsers(apiUrl());
  const warmUp = await lifecycle(); // warm-up, and the number of actions of one lifecycle
  const perCase = CountingDriver.actions;
  CountingDriver.latencies = [];
  const targets = slotTargets({ api: api.child.pid, worker: worker.child.pid });
  const background = targets.filter((t) => t.name !== 'bench');
  await settle(background);
  const idle = await idleRates(targets);
  // The CPU of every process of the slot over the lifecycles, then once their workflows have settled.
  const threadsBefore = [api, worker].map((c) => threadCpuSeconds(c.child.pid!));
  const serviceMeter = new CpuMeter(targets).start();
  const serviceSeconds = await inFlight(CASES, lifecycle);
  const serviceWindow = serviceMeter.read();
  await settle(background);
  const serviceAll = serviceMeter.stop();
  const threadsAfter = [api, worker].map((c) => threadCpuSeconds(c.child.pid!));
  const actions = [...CountingDriver.latencies].sort((a, b) => a - b);
  await worker.stop();
  await api.stop();

  // The bare stack: a worker in this process for the bare workflow, on its own task queue.
  const taskQueue = `bench-bare-${randomUUID().slice(0, 8)}`;
  const native = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS });
  const bareWorker = await Worker.create({
    connection: native,
    taskQueue,
    workflowsPath: require.resolve('./support/bare-workflow'),
    activities: { noop: async (n: number) => n },
  });
  const running = bareWorker.run();
  const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS });
  const client = new Client({ connection });
  const bareLatencies: number[] = [];
  const bare = async () => {
    const handle = await client.workflow.start('bareLifecycle', {
      taskQueue,
      workflowId: `bare-${randomUUID()}`,
      args: [perCase],
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
    });
    for (let i = 0; i < perCase; i++) {
      const t = performance.now();
      await handle.executeUpdate('step', { args: [i] });
      bareLatencies.push(performance.now() - t);
    }
    await handle.result();
  };
  await bare();
  bareLatencies.length = 0;
  // The bare worker runs in this process: its CPU is the bench's.
  const bareMeter = new CpuMeter(targets.filter((t) => !['api', 'worker'].includes(t.name))).start();
  const bareSeconds = await inFlight(CASES, bare);
  const bareCpu = bareMeter.stop();
  bareLatencies.sort((a, b) => a - b);
  bareWorker.shutdown();
  await running;
  await native.close();

  const serviceRate = CASES / serviceSeconds;
  const bareRate = CASES / bareSeconds;
  console.log(
    `P3 lifecycle, ${perCase} actions after intake, ${CONCURRENCY} in flight, ${CASES} cases: service ${serviceRate.toFixed(2)} cases/s, action p50 ${q(actions, 0.5)} ms, p99 ${q(actions, 0.99)} ms | ` +
      `bare workflow ${bareRate.toFixed(2)} cases/s, update p50 ${q(bareLatencies, 0.5)} ms, p99 ${q(bareLatencies, 0.99)} ms | ratio ${(serviceRate / bareRate).toFixed(3)}`,
  );
  // Per action: the lifecycle's actions and its intake; the bare side's updates and its start.
  const operations = CASES * (perCase + 1);
  printCpuReport({
    service: { window: serviceWindow, settled: serviceAll, operations, during: 'during the lifecycles' },
    bare: { cpu: bareCpu, operations, label: 'bare (its worker is the bench process)' },
    idle,
    unit: 'action',
    bareUnit: 'action',
    threads: { before: threadsBefore, after: threadsAfter },
  });
  // What one lifecycle asked of the Temporal server (the warm-up case, closed and waiting out its reopening window).
  const history = await client.workflow.getHandle(returnCaseWorkflowId(warmUp)).fetchHistory();
  console.log(`  one lifecycle's history: ${historyShape(history)}`);
  await connection.close();
  await dataSource.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
