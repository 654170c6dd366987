// Latency of the occupation search over the full index: 1,000 varied queries (titles as written, lower-cased,
// words reordered, one letter dropped, everyday phrasings), run one after another after a warm-up.
// Run: node -r @swc-node/register bench/occupation-search-latency.ts
import { performance } from 'node:perf_hooks';
import { readIscoData } from '../libs/persistence/src/isco/isco-csv';
import { OccupationSearchRepository } from '../libs/persistence/src/isco/occupation-search.repository';
import { openDataSource, percentile, stableHash } from './occupation-search-support';

const PHRASES = [
  'car mechanic',
  'sold vegetables at the market',
  'I worked as a nurse',
  'taxi driver',
  'builder',
  'mecanic',
  'primary school teacher',
  'tailor',
  'welding',
  'hairdresser in a salon',
  'farm worker',
  'cleaner at a hotel',
  'electrician',
  'cook in a restaurant',
  'security guard',
  'shop assistant',
  'truck driver',
  'plumber',
];

function vary(title: string, n: number): string {
  const words = title
    .replace(/[,:()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  switch (n % 4) {
    case 0:
      return title;
    case 1:
      return title.toLowerCase();
    case 2:
      return words.reverse().join(' ');
    default: {
      const w = words.join(' ');
      const at = 1 + (stableHash(w) % Math.max(1, w.length - 2));
      return w.slice(0, at) + w.slice(at + 1);
    }
  }
}

async function main(): Promise<void> {
  const dataSource = await openDataSource();
  try {
    const { titles } = readIscoData();
    const picked = [...titles].sort(
      (a, b) => stableHash(a.title) - stableHash(b.title) || a.title.localeCompare(b.title),
    );
    const queries = [...PHRASES, ...picked.slice(0, 1000 - PHRASES.length).map((t, i) => vary(t.title, i))];
    const search = new OccupationSearchRepository(dataSource);
    for (const q of queries.slice(0, 100)) await search.search(q, 5);
    const times: number[] = [];
    for (const q of queries) {
      const started = performance.now();
      await search.search(q, 5);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const f = (ms: number) => `${ms.toFixed(2)} ms`;
    console.log(`occupation search latency, ${times.length} queries, limit 5, one connection, sequential`);
    console.log(
      `  p50 ${f(percentile(times, 50))}  p95 ${f(percentile(times, 95))}  p99 ${f(percentile(times, 99))}  max ${f(times[times.length - 1])}`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
