import { Client } from 'pg';

/** Creates the database named in `url` if the server does not have it (with `recreate`, drops it first). */
export async function ensureDatabase(options: { url: string }, recreate = false): Promise<void> {
  const target = new URL(options.url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`database name "${name}" must be letters, digits and _`);
  const admin = new URL(options.url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    if (recreate) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name}"`);
      console.log(`database ${name}: created`);
    }
  } finally {
    await client.end();
  }
}
