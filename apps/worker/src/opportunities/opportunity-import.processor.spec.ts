import type { Job } from 'bullmq';
import type { OpportunityImportJob } from '@avrr/messaging/opportunity-import-job';
import type { NewOpportunity, OpportunityRepository } from '@avrr/persistence';
import { parseFeed, UnreadableFeedError } from './opportunity-feed';
import { IMPORT_PROGRESS_EVERY, OpportunityImportProcessor } from './opportunity-import.processor';

const HEADER = 'externalReference,title,iscoCode,minIscedLevel,country,region,type,placesAvailable,expiresOn';

describe('parseFeed (opportunity feeds)', () => {
  it('reads CSV cells into the API field types: lists split on ";", whole numbers, empty cells absent', () => {
    const rows = parseFeed(
      'csv',
      `\ufeff${HEADER},requiredSkills,languages,startsOn\nR1,"Cook, hotel",5120,2,SN,Dakar,job,3,2099-01-01,knife skills; hygiene,fr;wo,\n\nR2,Cook,5120,two,SN,Dakar,job,-1,2099-01-01,,,\n`,
    );
    expect(rows).toEqual([
      {
        row: 1,
        fields: {
          externalReference: 'R1',
          title: 'Cook, hotel',
          iscoCode: '5120',
          minIscedLevel: 2,
          country: 'SN',
          region: 'Dakar',
          type: 'job',
          placesAvailable: 3,
          expiresOn: '2099-01-01',
          requiredSkills: ['knife skills', 'hygiene'],
          languages: ['fr', 'wo'],
        },
      },
      {
        row: 2,
        fields: {
          externalReference: 'R2',
          title: 'Cook',
          iscoCode: '5120',
          minIscedLevel: 'two',
          country: 'SN',
          region: 'Dakar',
          type: 'job',
          placesAvailable: -1,
          expiresOn: '2099-01-01',
        },
      },
    ]);
  });

  it('rejects a row with the wrong number of cells, and refuses feeds it cannot read', () => {
    expect(parseFeed('csv', `${HEADER}\nR1,Cook\n`)).toEqual([
      { row: 1, fields: null, problem: { field: 'row', reason: 'has 2 cells where the header has 9' } },
    ]);
    expect(() => parseFeed('csv', '')).toThrow(UnreadableFeedError);
    expect(() => parseFeed('csv', 'externalReference,title\nR1,Cook\n')).toThrow(
      'missing column(s): iscoCode, minIscedLevel',
    );
    expect(() => parseFeed('csv', `${HEADER},title\n`)).toThrow('column(s) named twice: title');
    expect(() => parseFeed('csv', `${HEADER}\n"R1,Cook\n`)).toThrow(UnreadableFeedError);
    expect(() => parseFeed('json', '{"a":1}')).toThrow('the JSON feed must be an array of opportunities');
    expect(() => parseFeed('json', '[')).toThrow(UnreadableFeedError);
  });
});

describe('OpportunityImportProcessor (opportunity imports)', () => {
  it('reports progress every N rows, counts outcomes, and rejects rows outside the scope or with unknown codes', async () => {
    const upserts: NewOpportunity[] = [];
    const repository = {
      knownIscoCodes: async () => new Set(['5120']),
      upsertByExternalReference: async (fields: NewOpportunity) => {
        upserts.push(fields);
        return { outcome: fields.externalReference.endsWith('0') ? 'unchanged' : 'created', id: 'x' };
      },
    } as unknown as OpportunityRepository;
    const progress: number[] = [];
    const n = IMPORT_PROGRESS_EVERY * 2 + 10;
    const lines = Array.from({ length: n }, (_, i) => `R${i},Cook,5120,2,SN,Dakar,job,3,2099-01-01`);
    lines.push('ML-1,Cook,5120,2,ML,Kayes,job,3,2099-01-01', 'BAD-1,Cook,9999,2,SN,Dakar,job,3,2099-01-01');
    const job = {
      id: 'import-1',
      data: {
        partnerCode: 'CARITAS-SN',
        format: 'csv',
        content: [HEADER, ...lines].join('\n'),
        scope: { countries: ['SN'] },
        requestedAt: '2026-01-01T00:00:00Z',
      },
      updateProgress: async (p: number) => void progress.push(p),
    } as unknown as Job<OpportunityImportJob>;

    const report = await new OpportunityImportProcessor(repository).process(job);

    const total = n + 2;
    expect(progress).toEqual([
      Math.floor((IMPORT_PROGRESS_EVERY * 100) / total),
      Math.floor((IMPORT_PROGRESS_EVERY * 2 * 100) / total),
      100,
    ]);
    const unchanged = lines.slice(0, n).filter((_, i) => String(i).endsWith('0')).length;
    expect(report.accepted).toEqual({ total: n, created: n - unchanged, updated: 0, unchanged });
    expect(report.rejected).toEqual([
      {
        row: n + 1,
        externalReference: 'ML-1',
        violations: [{ field: 'country', reason: 'ML is not one of your countries' }],
      },
      {
        row: n + 2,
        externalReference: 'BAD-1',
        violations: [{ field: 'iscoCode', reason: '9999 is not an ISCO-08 group' }],
      },
    ]);
    expect(upserts[0]).toMatchObject({ partnerCode: 'CARITAS-SN', externalReference: 'R0', minIscedLevel: 2 });
  });
});
