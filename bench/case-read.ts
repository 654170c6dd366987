// P1: GET /cases/:id as a supervisor (sign-in, scope, visibility, the audit of sensitive reads) at 50 connections over
// a read model of CASES cases, against a bare Fastify + pg primary-key read of the same row shape, in the same run.
// Then GET /health and GET /auth/me at 20 connections, against a bare Fastify route.
// Usage: npm run bench:case-read   (or, with the services of scripts/bench.sh: node -r @swc-node/register bench/case-read.ts [cases] [seconds])
import {
  apiUrl,
  caseIds,
  type Child,
  cloneCases,
  line,
  load,
  loadWithCpu,
  openDataSource,
  openTemplateCase,
  signIn,
  startApi,
  startChild,
  startWorker,
} from './support/stack';

const CASES = Number(process.argv[2] ?? 100_000);
const SECONDS = Number(process.argv[3] ?? 15);
const CONNECTIONS = 50;
// GET /health and GET /auth/me, at the 20 connections.
const SMALL_CONNECTIONS = 20;

async function main(): Promise<void> {
  const dataSource = await openDataSource();
  const api = await startApi();
  const worker = await startWorker();
  const counsellor = await signIn(dataSource, 'counsellor');
  const template = await openTemplateCase(dataSource, counsellor);
  await worker.stop();
  const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM return_case`);
  if (n < CASES) await cloneCases(dataSource, template, CASES - n, ['PARIS', 'LYON']);
  const supervisor = await signIn(dataSource, 'supervisor');
  const ids = await caseIds(dataSource, 10_000);
  const pick = () => ids[Math.floor(Math.random() * ids.length)];

  const barePort = String(Number(process.env.API_PORT ?? 3000) + 5);
  const bare = await startChild(
    'bench/support/bare-read-server.ts',
    { BARE_PORT: barePort },
    async () => (await fetch(`http://127.0.0.1:${barePort}/health`)).ok,
    'bare',
  );
  const run = (server: Child, base: string, headers: Record<string, string>) =>
    loadWithCpu(server, {
      url: base,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: [{ method: 'GET', headers, setupRequest: (r) => ({ ...r, path: `/cases/${pick()}` }) }],
    });
  // A short warm-up of each, then the measured runs.
  await load({
    url: `http://127.0.0.1:${barePort}`,
    connections: 10,
    duration: 3,
    requests: [{ setupRequest: (r) => ({ ...r, path: `/cases/${pick()}` }) }],
  });
  await load({
    url: apiUrl(),
    connections: 10,
    duration: 3,
    requests: [{ headers: { authorization: supervisor }, setupRequest: (r) => ({ ...r, path: `/cases/${pick()}` }) }],
  });
  const service = await run(api, apiUrl(), { authorization: supervisor });
  const baseline = await run(bare, `http://127.0.0.1:${barePort}`, {});
  const cpu = (r: typeof service) => `, ${r.cpuMsPerRequest.toFixed(2)} ms CPU/request`;
  console.log(
    `P1 GET /cases/:id, ${CONNECTIONS} connections, ${CASES} cases: service ${line(service)}${cpu(service)} | bare Fastify+pg ${line(baseline)}${cpu(baseline)} | ratio ${(service.rps / baseline.rps).toFixed(3)}, CPU per request ${(baseline.cpuMsPerRequest / service.cpuMsPerRequest).toFixed(3)}`,
  );

  // The two other per-request figures: liveness, and who a token belongs to (sign-in, the session check and
  // the shared rate limit, no database read while the session's answer is cached), against the bare Fastify route.
  for (const [path, headers] of [
    ['/health', {}],
    ['/auth/me', { authorization: supervisor }],
  ] as const) {
    const options = { connections: SMALL_CONNECTIONS, duration: SECONDS, requests: [{ method: 'GET' as const, path }] };
    const own = await loadWithCpu(api, { ...options, url: apiUrl(), headers });
    const route = await loadWithCpu(bare, {
      ...options,
      url: `http://127.0.0.1:${barePort}`,
      requests: [{ path: '/health' }],
    });
    console.log(
      `GET ${path}, ${SMALL_CONNECTIONS} connections: service ${line(own)}${cpu(own)} | bare Fastify route ${line(route)}${cpu(route)} | ratio ${(own.rps / route.rps).toFixed(3)}`,
    );
  }
  await bare.stop();
  await api.stop();
  await dataSource.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
