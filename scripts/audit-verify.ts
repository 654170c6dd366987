// Checks the whole audit chain and names the first broken entry. Exit code 0 when the chain holds, 1 when not.
//
// Usage: npm run audit:verify   (reads DATABASE_URL like the apps)
import { DataSource } from 'typeorm';
import { loadAppConfig } from '@avrr/config';
import { AuditTrailRepository, dataSourceOptions } from '@avrr/persistence';

async function main(): Promise<number> {
  const dataSource = new DataSource(dataSourceOptions(loadAppConfig()));
  await dataSource.initialize();
  try {
    const started = Date.now();
    const result = await new AuditTrailRepository(dataSource).verify();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (result.ok) {
      console.log(`audit chain holds: ${result.checked} entries checked in ${seconds}s`);
      return 0;
    }
    const broken = result.firstBroken!;
    console.error(
      `audit chain BROKEN at entry ${broken.seq} (${broken.reason}); ${result.checked} entries before it hold`,
    );
    return 1;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`audit:verify failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
