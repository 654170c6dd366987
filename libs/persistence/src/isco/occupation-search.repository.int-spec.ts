import { DataSource } from 'typeorm';
import { loadAppConfig } from '@avrr/config';
import { dataSourceOptions } from '../data-source-options';
import { IscoGroupRepository } from './isco-group.repository';
import { OccupationSearchRepository } from './occupation-search.repository';

jest.setTimeout(30_000);

let dataSource: DataSource;
let search: OccupationSearchRepository;
let groups: IscoGroupRepository;

beforeAll(async () => {
  dataSource = await new DataSource(dataSourceOptions(loadAppConfig())).initialize();
  search = new OccupationSearchRepository(dataSource);
  groups = new IscoGroupRepository(dataSource);
});

afterAll(async () => {
  await dataSource?.destroy();
});

const codes = async (q: string, limit = 5) => (await search.search(q, limit)).map((s) => s.code);

describe('the seeded ISCO-08 reference data', () => {
  it('holds the whole structure and the title index', async () => {
    const levels: Array<{ level: string; n: number }> = await dataSource.query(
      `SELECT level, count(*)::int AS n FROM isco_group GROUP BY level ORDER BY level`,
    );
    expect(levels).toEqual([
      { level: 'major', n: 10 },
      { level: 'minor', n: 130 },
      { level: 'sub_major', n: 43 },
      { level: 'unit', n: 436 },
    ]);
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM occupation_title`);
    expect(n).toBe(5613);
  });

  it('keeps the search GIN indexes free of pending lists (fastupdate off), which every search would scan', async () => {
    const indexes: Array<{ name: string; options: string[] | null }> = await dataSource.query(
      `SELECT c.relname AS name, c.reloptions AS options
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
       WHERE am.amname = 'gin' AND i.indrelid = ANY($1::regclass[]) ORDER BY 1`,
      [['isco_group', 'occupation_title', 'occupation_word']],
    );
    expect(indexes).toHaveLength(5);
    for (const index of indexes)
      expect({ name: index.name, options: index.options }).toEqual({ name: index.name, options: ['fastupdate=off'] });
  });

  it('gives a unit group with its ancestors, keeping the leading zero of the armed forces', async () => {
    const found = await groups.findWithAncestors('7231');
    expect(found?.group).toMatchObject({ code: '7231', level: 'unit', title: 'Motor vehicle mechanics and repairers' });
    expect(found?.ancestors.map((g) => [g.code, g.level])).toEqual([
      ['7', 'major'],
      ['72', 'sub_major'],
      ['723', 'minor'],
    ]);
    expect((await groups.findWithAncestors('0110'))?.ancestors.map((g) => g.code)).toEqual(['0', '01', '011']);
    expect(await groups.findWithAncestors('9999')).toBeNull();
  });
});

describe('OccupationSearchRepository.search', () => {
  it('puts 7231 first for the index title "Mechanic, motor vehicle", with that title as the match', async () => {
    const [first] = await search.search('Mechanic, motor vehicle', 5);
    expect(first).toMatchObject({
      code: '7231',
      title: 'Motor vehicle mechanics and repairers',
      matchedTitle: 'Mechanic, motor vehicle',
    });
    expect(first.score).toBeGreaterThan(0);
  });

  it('finds 7231 first for "car mechanic" ("car" is "motor vehicle" or "automobile" in the titles)', async () => {
    expect((await codes('car mechanic'))[0]).toBe('7231');
  });

  it('finds it with the words in another order', async () => {
    expect((await codes('motor vehicle mechanic'))[0]).toBe('7231');
    expect((await codes('vehicle motor, mechanic'))[0]).toBe('7231');
  });

  it('corrects misspellings', async () => {
    expect((await codes('car mecanic'))[0]).toBe('7231');
    expect((await codes('mechanik motor vehicel'))[0]).toBe('7231');
    // "mechanic" alone is ambiguous (aircraft, machinery, motor vehicles, electronics): 7231 is among them.
    expect(await codes('mecanic')).toContain('7231');
  });

  it('puts a market seller first for "sold vegetables at the market", a street vendor group next', async () => {
    // 5211 Stall and market salespersons; 5212 Street food salespersons; 9520 Street vendors (excluding food).
    // 6111 (vegetable growers) is a fair second guess for someone who may have grown what they sold.
    const found = await codes('sold vegetables at the market');
    expect(found[0]).toBe('5211');
    expect(found).toContain('5212');
  });

  it('ranks deterministically: the same answer every time, equal scores ordered by code', async () => {
    const first = await search.search('mechanic', 10);
    const again = await search.search('mechanic', 10);
    expect(again).toEqual(first);
    for (let i = 1; i < first.length; i++) {
      const [a, b] = [first[i - 1], first[i]];
      expect(a.score > b.score || (a.score === b.score && a.code < b.code)).toBe(true);
    }
  });

  it('returns only unit groups, at most `limit`', async () => {
    const found = await search.search('teacher', 7);
    expect(found).toHaveLength(7);
    expect(found.every((s) => /^[0-9]{4}$/.test(s.code))).toBe(true);
  });

  it('fails a search over missing tables without spoiling the pooled connection for the next one', async () => {
    await expect(OccupationSearchRepository.inSchema(dataSource, 'no_such_schema').search('nurse', 5)).rejects.toThrow(
      /no_such_schema/,
    );
    expect((await codes('car mechanic'))[0]).toBe('7231');
  });

  it('runs on its generic plan after five searches, with the answers custom plans give', async () => {
    // One connection each, so that the statement's counts below are this connection's.
    const options = dataSourceOptions(loadAppConfig());
    const generic = await new DataSource({ ...options, extra: { ...options.extra, max: 1 } }).initialize();
    const custom = await new DataSource({
      ...options,
      extra: { ...options.extra, max: 1, options: '-c plan_cache_mode=force_custom_plan' },
    }).initialize();
    try {
      const queries = [
        'nurse',
        'car mecanic',
        'teacher of mathematics in a secondary school',
        'operator, machine: metal',
      ];
      const answers = async (ds: DataSource) => {
        const found = [];
        for (let round = 0; round < 3; round++)
          for (const [i, q] of queries.entries()) found.push(await new OccupationSearchRepository(ds).search(q, 3 + i));
        return found;
      };
      expect(await answers(generic)).toEqual(await answers(custom));
      const [plans] = await generic.query(
        `SELECT generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements
         WHERE name LIKE 'occupation_search%'`,
      );
      expect(plans).toEqual({ generic: 12 - 5, custom: 5 });
    } finally {
      await generic.destroy();
      await custom.destroy();
    }
  });

  it('returns nothing for fillers or unknown words, rather than failing', async () => {
    expect(await search.search('I was at the', 5)).toEqual([]);
    expect(await search.search('zzqx', 5)).toEqual([]);
  });
});
