// Top-1 and top-5 accuracy of the occupation search on titles it has never seen: a stable fifth of the title
// index (FNV-1a hash of the title) is held out, the search index is rebuilt from the other four fifths in a
// scratch schema (the real tables are not touched), and each held-out title is searched for its unit group.
// Run: node -r @swc-node/register bench/occupation-search-accuracy.ts [--misses]
import { readIscoData } from '../libs/persistence/src/isco/isco-csv';
import { loadIscoData } from '../libs/persistence/src/isco/occupation-search-index';
import { OccupationSearchRepository } from '../libs/persistence/src/isco/occupation-search.repository';
import { openDataSource, stableHash } from './occupation-search-support';

const SCHEMA = 'isco_bench_heldout';
const TABLES = ['isco_group', 'occupation_title', 'occupation_word'];

async function main(): Promise<void> {
  const showMisses = process.argv.includes('--misses');
  const dataSource = await openDataSource();
  const { groups, titles } = readIscoData();
  const heldOut = titles.filter((t) => stableHash(t.title) % 5 === 0);
  const kept = titles.filter((t) => stableHash(t.title) % 5 !== 0);
  try {
    await dataSource.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    await dataSource.query(`CREATE SCHEMA ${SCHEMA}`);
    for (const table of TABLES) {
      await dataSource.query(`CREATE TABLE ${SCHEMA}.${table} (LIKE public.${table} INCLUDING ALL)`);
    }
    // Its own id sequence, so the copy never advances the real table's.
    await dataSource.query(`CREATE SEQUENCE ${SCHEMA}.occupation_title_id_seq`);
    await dataSource.query(
      `ALTER TABLE ${SCHEMA}.occupation_title ALTER COLUMN id SET DEFAULT nextval('${SCHEMA}.occupation_title_id_seq')`,
    );
    await loadIscoData(dataSource, { groups, titles: kept }, SCHEMA);
    await dataSource.query(`ANALYZE ${TABLES.map((t) => `${SCHEMA}.${t}`).join(', ')}`);

    const search = OccupationSearchRepository.inSchema(dataSource, SCHEMA);
    let top1 = 0;
    let top5 = 0;
    const misses: string[] = [];
    for (const { title, unitCode } of heldOut) {
      const codes = (await search.search(title, 5)).map((s) => s.code);
      if (codes[0] === unitCode) top1++;
      if (codes.includes(unitCode)) top5++;
      else misses.push(`${title} (${unitCode}) -> ${codes.join(' ') || 'nothing'}`);
    }
    const pct = (n: number) => `${((100 * n) / heldOut.length).toFixed(1)}%`;
    console.log(`occupation search accuracy on a held-out split (every title with FNV-1a(title) % 5 == 0)`);
    console.log(`  index: ${kept.length} titles + ${groups.length} groups; held out: ${heldOut.length} titles`);
    console.log(`  top-1: ${top1}/${heldOut.length} = ${pct(top1)}`);
    console.log(`  top-5: ${top5}/${heldOut.length} = ${pct(top5)}`);
    if (showMisses) console.log(misses.slice(0, 60).join('\n'));
  } finally {
    await dataSource.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
