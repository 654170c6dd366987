// P5: GET /occupations/search over HTTP (sign-in, validation, the prepared search), one client in sequence and then
// 20 connections, against the repository alone (OccupationSearchRepository in this process) on the same queries.
// Usage: npm run bench:occupation-search   (or node -r @swc-node/register bench/occupation-search-http.ts [queries])
import { performance } from 'node:perf_hooks';
import { readIscoData } from '../libs/persistence/src/isco/isco-csv';
import { OccupationSearchRepository } from '../libs/persistence/src/isco/occupation-search.repository';
import { percentile, stableHash } from './occupation-search-support';
import { apiUrl, line, load, openDataSource, signIn, startApi } from './support/stack';

const QUERIES = Number(process.argv[2] ?? 1000);
const PHRASES = [
  'car mechanic',
  'sold vegetables at the market',
  'taxi driver',
  'mecanic',
  'tailor',
  'hairdresser in a salon',
  'cook in a restaurant',
];

const figures = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms`;
};

async function main(): Promise<void> {
  const dataSource = await openDataSource();
  const api = await startApi();
  const partner = await signIn(dataSource, 'partner');
  const { titles } = readIscoData();
  const picked = [...titles].sort(
    (a, b) => stableHash(a.title) - stableHash(b.title) || a.title.localeCompare(b.title),
  );
  const queries = [
    ...PHRASES,
    ...picked.slice(0, QUERIES - PHRASES.length).map((t, i) => (i % 2 ? t.title.toLowerCase() : t.title)),
  ];
  const url = (q: string) => `${apiUrl()}/occupations/search?q=${encodeURIComponent(q)}&limit=5`;

  const repository = new OccupationSearchRepository(dataSource);
  const direct: number[] = [];
  const http: number[] = [];
  for (const q of queries.slice(0, 100))
    await fetch(url(q), { headers: { authorization: partner } }).then((r) => r.arrayBuffer());
  for (const q of queries) {
    let t = performance.now();
    await repository.search(q, 5);
    direct.push(performance.now() - t);
    t = performance.now();
    const response = await fetch(url(q), { headers: { authorization: partner } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`search answered ${response.status}`);
    http.push(performance.now() - t);
  }
  let next = 0;
  const concurrent = await load({
    url: apiUrl(),
    connections: 20,
    duration: 10,
    requests: [
      {
        headers: { authorization: partner },
        setupRequest: (r) => ({
          ...r,
          path: `/occupations/search?q=${encodeURIComponent(queries[next++ % queries.length])}&limit=5`,
        }),
      },
    ],
  });
  console.log(
    `P5 occupation search, ${queries.length} queries: HTTP one client ${figures(http)} | repository alone ${figures(direct)} | 20 connections ${line(concurrent)}`,
  );
  await api.stop();
  await dataSource.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
