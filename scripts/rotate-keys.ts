// Re-wraps every stored data key under the current key-encryption key (DATA_KEY_CURRENT), in batches, and reports
// what it did. Idempotent: run it again and it re-wraps nothing. Once it reports no value under an old key, that key
// may be removed from DATA_KEYS.
//
// Usage: npm run keys:rotate   (reads DATABASE_URL and DATA_KEYS like the apps)
import { DataSource } from 'typeorm';
import { loadAppConfig } from '@avrr/config';
import { dataSourceOptions, rotateDataKeys } from '@avrr/persistence';

async function main(): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(loadAppConfig()));
  await dataSource.initialize();
  try {
    const report = await rotateDataKeys(dataSource);
    console.log(`keys:rotate: current key ${report.currentKey}`);
    for (const c of report.columns) {
      const old = Object.entries(c.valuesByOldKey).map(([id, n]) => `${n} values from ${id}`);
      console.log(
        `  ${c.column}: ${c.rowsRewrapped} rows re-wrapped${old.length ? ` (${old.join(', ')})` : ''}; ${c.rowsCurrent} rows under ${report.currentKey}`,
      );
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(`keys:rotate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
