// Applies (or with "revert", undoes the last of) the TypeORM migrations, creating the database first if needed.
// Usage: migrate.ts [revert] [--fresh]
import dataSource from '../libs/persistence/src/data-source';
import { ensureDatabase } from './ensure-database';

async function main(): Promise<void> {
  const revert = process.argv[2] === 'revert';
  // --fresh drops and recreates the database first (the dev stack does this with a new Temporal database).
  await ensureDatabase(dataSource.options as { url: string }, process.argv.includes('--fresh'));
  await dataSource.initialize();
  try {
    if (revert) {
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log('migrations: reverted the last one');
    } else {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      console.log(`migrations: ${applied.length} applied${applied.map((m) => `\n  ${m.name}`).join('')}`);
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(`migrations failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
