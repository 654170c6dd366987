import { AddressInfo, createServer, type Server, type Socket, connect } from 'node:net';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '@avrr/config';
import { dataSourceOptions } from './data-source-options';
import { runPrepared } from './prepared-statement';

jest.setTimeout(30_000);

// The pool reaches PostgreSQL through this relay, which can cut every connection as a failing server or network would.
let relay: Server;
const relayed = new Set<Socket>(); // the pool's side of each relayed connection
const upstream = new Set<Socket>(); // PostgreSQL's side
let dataSource: DataSource;

beforeAll(async () => {
  const config = loadAppConfig();
  const target = new URL(config.database.url);
  relay = createServer((client) => {
    const server = connect(Number(target.port || 5432), target.hostname);
    relayed.add(client);
    upstream.add(server);
    client.on('close', () => relayed.delete(client));
    server.on('close', () => upstream.delete(server));
    client.on('error', () => server.destroy());
    server.on('error', () => client.destroy());
    client.pipe(server).pipe(client);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const url = new URL(config.database.url);
  url.hostname = '127.0.0.1';
  url.port = String((relay.address() as AddressInfo).port);
  const options = dataSourceOptions(config);
  dataSource = await new DataSource({
    ...options,
    url: url.toString(),
    extra: { ...options.extra, max: 1 },
  }).initialize();
});

afterAll(async () => {
  // A server's close waits for every connection to end, and a half-closed one (the first test's) can outlive the
  // hook's timeout on a slow machine: end them all here, then close.
  for (const socket of [...relayed, ...upstream]) socket.destroy();
  await dataSource?.destroy();
  await new Promise((resolve) => relay?.close(resolve));
});

describe('runPrepared', () => {
  it('rejects a query whose connection is cut, without ending the process, and the pool goes on', async () => {
    const sleeping = runPrepared(dataSource, 'sleep', 'SELECT pg_sleep(10)', []);
    sleeping.catch(() => undefined); // awaited below
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The socket ends under the running query: node-postgres rejects it and emits 'error' on the connection at once.
    for (const socket of relayed) socket.end();

    await expect(sleeping).rejects.toThrow(/Connection terminated unexpectedly/);
    expect(await runPrepared(dataSource, 'after', 'SELECT 1 AS one', [])).toEqual([{ one: 1 }]);
  });

  it('drops a connection the server ended with a FATAL error, rather than handing it to the next query', async () => {
    const admin = new Client({ connectionString: loadAppConfig().database.url });
    await admin.connect();
    try {
      const sleeping = runPrepared(dataSource, 'sleep_marked', 'SELECT pg_sleep(10) AS terminate_me', []);
      sleeping.catch(() => undefined); // awaited below
      let pid: number | undefined;
      for (let i = 0; i < 100 && !pid; i++) {
        const { rows } = await admin.query(`SELECT pid FROM pg_stat_activity WHERE query LIKE '%AS terminate_me'`);
        pid = rows[0]?.pid;
        if (!pid) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // What a server shutting down does to each session: a FATAL message, then the socket closes.
      await admin.query('SELECT pg_terminate_backend($1)', [pid]);

      await expect(sleeping).rejects.toMatchObject({ code: '57P01', severity: 'FATAL' });
      expect(await runPrepared(dataSource, 'after', 'SELECT 1 AS one', [])).toEqual([{ one: 1 }]);
    } finally {
      await admin.end();
    }
  });
});
