import { Client } from 'pg';

/**
 * Creates the database named in `url` if the server does not have it (with `recreate`, drops it first), empty or as a
 * copy of `template` (a database nobody is connected to).
 */
export async function ensureDatabase(options: { url: string; template?: string }, recreate = false): Promise<void> {
  const target = new URL(options.url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  for (const named of [name, options.template ?? name]) {
    if (!/^[A-Za-z0-9_]+$/.test(named)) throw new Error(`database name "${named}" must be letters, digits and _`);
  }
  const admin = new URL(options.url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    if (recreate) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      const template = options.template ? ` TEMPLATE "${options.template}"` : '';
      await client.query(`CREATE DATABASE "${name}"${template}`);
      console.log(`database ${name}: created${options.template ? ` from ${options.template}` : ''}`);
    }
  } finally {
    await client.end();
  }
}
