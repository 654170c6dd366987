// The audit trail's cost: appends per second when many requests write at once (each append takes the chain's
// advisory lock), and how long the chain check takes per 10,000 entries.
// Usage: node -r @swc-node/register bench/audit-trail.ts [entries=5000] [concurrency=16]
// Runs against its own fresh database (avrr_bench_audit on the configured server): the trail is append-only, so a
// benchmark must never write into a real one.
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '@avrr/config';
import { AuditTrailRepository, dataSourceOptions } from '@avrr/persistence';
import { ensureDatabase } from '../scripts/ensure-database';

const ENTRIES = Number(process.argv[2] ?? 5000);
const CONCURRENCY = Number(process.argv[3] ?? 16);

async function main(): Promise<void> {
  const url = new URL(loadAppConfig().database.url);
  url.pathname = '/avrr_bench_audit';
  await ensureDatabase({ url: url.toString() }, true);
  const config = loadAppConfig({ DATABASE_URL: url.toString() });
  const dataSource = await new DataSource({
    ...dataSourceOptions(config),
    migrations: [path.join(__dirname, '../migrations/*.ts')],
    migrationsTableName: 'typeorm_migrations',
    extra: { max: CONCURRENCY },
  }).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const trail = new AuditTrailRepository(dataSource);
    const changes = [{ path: 'consents.p1', after: [{ witness: '***', language: 'fr', signedOn: '2026-11-27' }] }];
    let next = 0;
    const latencies: number[] = [];
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < ENTRIES) {
          next += 1;
          const t = performance.now();
          await trail.append({
            actorId: 'bench',
            actorRole: 'counsellor',
            action: 'case.sign_consent',
            outcome: 'ok',
            caseId: null,
            changes,
            requestId: `req-${next}`,
          });
          latencies.push(performance.now() - t);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)].toFixed(1);
    console.log(
      `appends: ${ENTRIES} with ${CONCURRENCY} at once in ${seconds.toFixed(1)} s = ${Math.round(ENTRIES / seconds)}/s; latency p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, p99 ${p(0.99)} ms`,
    );

    const verifyStarted = performance.now();
    const result = await trail.verify();
    const verifySeconds = (performance.now() - verifyStarted) / 1000;
    console.log(
      `verify: ${result.checked} entries, chain ${result.ok ? 'holds' : 'BROKEN'}, ${verifySeconds.toFixed(2)} s (${((verifySeconds * 10_000) / result.checked).toFixed(2)} s per 10,000)`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
