// The case list's and "My work"'s summary read against the entity read it replaced: the same cases, order, cursors
// and scope, the same columns, and the state's summary keys as the decrypted entity has them.
import { DataSource } from 'typeorm';
import { loadAppConfig } from '@avrr/config';
import { dataSourceOptions } from '../data-source-options';
import { CaseListCursor, CaseListFilter, CaseRepository } from './case.repository';
import { type CaseScope, SYSTEM_SCOPE } from './case-scope';
import { ReturnCaseEntity } from './return-case.entity';
import {
  type CaseSummaryRecord,
  type CaseSummaryRow,
  SUMMARY_COLUMNS,
  SUMMARY_STATE_KEYS,
  toSummary,
} from './case-summary-read';
import { WorkQueueRepository, type WorkQueueCursor } from './work-queue.repository';
import {
  caseDraft,
  deleteCases,
  DraftOptions,
  person,
  setCreatedAt,
  uniqueTag,
} from '../../../../test/support/case-draft';

jest.setTimeout(30_000);

let dataSource: DataSource;
let cases: CaseRepository;
const made: string[] = [];

beforeAll(async () => {
  dataSource = await new DataSource(dataSourceOptions(loadAppConfig())).initialize();
  cases = new CaseRepository(dataSource);
});

afterAll(async () => {
  await deleteCases(dataSource, made);
  await dataSource?.destroy();
});

async function insertCase(options: DraftOptions = {}): Promise<ReturnCaseEntity> {
  const draft = await caseDraft(cases, options);
  made.push(draft.id);
  await cases.insert(draft);
  return draft;
}

/** What the summary should hold of an entity: its summary columns, and its decrypted state cut to the summary keys. */
function expectedSummary(entity: ReturnCaseEntity): CaseSummaryRecord {
  const state = entity.state;
  return {
    id: entity.id,
    reference: entity.reference,
    stage: entity.stage,
    outcome: entity.outcome,
    hostOffice: entity.hostOffice,
    countryOfReturn: entity.countryOfReturn,
    regionOfReturn: entity.regionOfReturn,
    partnerOrganisationId: entity.partnerOrganisationId,
    householdSize: entity.householdSize,
    vulnerabilities: entity.vulnerabilities,
    stageEnteredAt: entity.stageEnteredAt,
    onProtectionHold: entity.onProtectionHold,
    waitingFor: entity.waitingFor,
    dueAt: entity.dueAt,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    state:
      state === null
        ? null
        : Object.fromEntries(
            Object.entries(state).filter(([key]) => (SUMMARY_STATE_KEYS as readonly string[]).includes(key)),
          ),
  };
}

async function principalName(id: string): Promise<string> {
  const [row] = (await dataSource.query(
    `SELECT given_names || ' ' || family_name AS name FROM case_person WHERE case_id = $1 AND position = 0`,
    [id],
  )) as Array<{ name: string }>;
  return row?.name ?? '';
}

/** Pages through both reads, page by page, and expects the same items and cursors; returns the ids seen. */
async function samePages(scope: CaseScope, filter: CaseListFilter, limit: number): Promise<string[]> {
  const seen: string[] = [];
  let after: CaseListCursor | undefined;
  for (;;) {
    const [old, summaries] = await Promise.all([
      cases.list(scope, filter, limit, after),
      cases.listSummaries(scope, filter, limit, after),
    ]);
    const expected = await Promise.all(
      old.items.map(async (entity) => ({
        summary: expectedSummary(entity),
        principalName: await principalName(entity.id),
      })),
    );
    expect(summaries.items).toEqual(expected);
    expect(summaries.next).toEqual(old.next);
    seen.push(...summaries.items.map((i) => i.summary.id));
    if (!old.next) return seen;
    after = old.next;
  }
}

describe('the summary read of the case list and "My work"', () => {
  const office = `OFF-${uniqueTag()}`;
  const other = `OFF-${uniqueTag()}`;
  const tag = uniqueTag();
  let all: ReturnCaseEntity[] = [];

  beforeAll(async () => {
    const [organisation] = (await dataSource.query(`SELECT id FROM partner_organisation LIMIT 1`)) as Array<{
      id: string;
    }>;
    const principal = person(0, { familyName: `Sow-${tag}`, vulnerabilities: ['victim_of_trafficking'] });
    const full = await insertCase({ hostOffice: office, countryOfReturn: 'ML', people: [principal, person(1)] });
    const noState = await insertCase({ hostOffice: office, stage: 'booking' });
    const emptyState = await insertCase({ hostOffice: office });
    const partial = await insertCase({ hostOffice: office, countryOfReturn: 'ML' });
    const elsewhere = await insertCase({ hostOffice: other });
    // Through the entity, so that the sensitive sections are sealed as the projection seals them.
    const repository = dataSource.getRepository(ReturnCaseEntity);
    await repository.update(full.id, {
      state: {
        reference: full.reference,
        people: [{ id: 'p1', name: `Awa Sow-${tag}`, isPrincipal: true }],
        dataSharingConsent: { p1: false },
        booking: { status: 'booked', reference: 'BK1', segments: [{ departsAt: 'a', arrivesAt: 'b' }] },
        traffickingRisk: { level: 'high' },
        medical: { needs: ['insulin'] },
        milestones: [],
      },
      vulnerabilities: ['victim_of_trafficking', 'medical_needs'],
      partnerOrganisationId: organisation?.id ?? null,
      waitingFor: 'protection_clearance',
      onProtectionHold: true,
      dueAt: new Date('2031-05-06T07:08:09.123Z'),
      stageEnteredAt: new Date('2030-01-02T03:04:05.678Z'),
    });
    await repository.update(noState.id, { state: null });
    await repository.update(emptyState.id, { state: {} });
    await repository.update(partial.id, { state: { people: [], booking: null, plan: { steps: 3 } } as never });
    // Two cases created in the same millisecond: the keyset falls back on the id.
    await setCreatedAt(dataSource, partial.id, '2001-01-01T00:00:00.000Z');
    await setCreatedAt(dataSource, emptyState.id, '2001-01-01T00:00:00.000Z');
    all = [full, noState, emptyState, partial, elsewhere];
  });

  it('lists the same summaries, principal names and cursors as the entity list, page by page', async () => {
    const everyone = await samePages({ offices: [office, other] }, {}, 2);
    expect([...everyone].sort()).toEqual(all.map((c) => c.id).sort());
    expect(await samePages({ offices: [office, other] }, {}, 10)).toEqual(everyone);
    expect(await samePages(SYSTEM_SCOPE, { hostOffice: office }, 1)).toHaveLength(4);
  });

  it('applies every filter and the scope as the entity list does', async () => {
    const scope = { offices: [office, other] };
    const organisation = (await dataSource.query(
      `SELECT partner_organisation_id AS id FROM return_case WHERE id = $1`,
      [all[0].id],
    )) as Array<{ id: string | null }>;
    expect(await samePages(scope, { stage: 'booking' }, 2)).toEqual([all[1].id]);
    expect(await samePages(scope, { countryOfReturn: 'ML' }, 1)).toHaveLength(2);
    expect(await samePages(scope, { hostOffice: other }, 2)).toEqual([all[4].id]);
    expect(await samePages(scope, { vulnerability: 'medical_needs' }, 2)).toEqual([all[0].id]);
    expect(await samePages(scope, { text: `sow-${tag}` }, 2)).toEqual([all[0].id]);
    expect(await samePages(scope, { text: all[0].reference.toLowerCase(), textInReferenceOnly: true }, 2)).toEqual([
      all[0].id,
    ]);
    expect(await samePages(scope, { text: `sow-${tag}`, textInReferenceOnly: true }, 2)).toEqual([]);
    expect(await samePages(scope, { text: '%' }, 2)).toEqual([]);
    if (organisation[0]?.id) {
      expect(await samePages(scope, { partnerOrganisationId: organisation[0].id }, 2)).toContain(all[0].id);
    }
    expect(await samePages({ offices: [other] }, {}, 2)).toEqual([all[4].id]);
    expect(await samePages({ offices: [office], countriesOfReturn: ['ML'] }, {}, 2)).toHaveLength(2);
    expect(await samePages({ offices: [] }, {}, 2)).toEqual([]);
    expect(await samePages({ offices: [office], afterPreArrivalNotice: true }, {}, 2)).toEqual([]);
  });

  it('selects the summary columns as the entities have them, the sealed sections left out', async () => {
    const ids = all.map((c) => c.id);
    const entities = await dataSource.getRepository(ReturnCaseEntity).findBy(ids.map((id) => ({ id })));
    const rows = (await dataSource.query(`SELECT ${SUMMARY_COLUMNS} FROM return_case c WHERE c.id = ANY($1)`, [
      ids,
    ])) as CaseSummaryRow[];
    const summaries = rows.map(toSummary);
    const byId = (list: Array<{ id: string }>) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(summaries)).toEqual(byId(entities.map(expectedSummary)));
    const full = summaries.find((s) => s.id === all[0].id)!;
    expect(Object.keys(full.state!).sort()).toEqual(['booking', 'dataSharingConsent', 'people', 'reference']);
    expect(JSON.stringify(summaries)).not.toContain('insulin');
    expect(JSON.stringify(summaries)).not.toContain('"enc"');
    expect(summaries.find((s) => s.id === all[1].id)!.state).toBeNull();
    expect(summaries.find((s) => s.id === all[2].id)!.state).toEqual({});
    expect(summaries.find((s) => s.id === all[3].id)!.state).toEqual({ people: [], booking: null });
  });
});

describe('WorkQueueRepository.page reads the summaries in queue order', () => {
  it('gives every case of the queue once, as the entity has it, earliest due first and undated last, page by page', async () => {
    const office = `OFF-${uniqueTag()}`;
    const repository = dataSource.getRepository(ReturnCaseEntity);
    const dues = [null, new Date('2031-01-02T00:00:00Z'), new Date('2030-05-06T07:08:09.123Z'), null, null];
    const queued: ReturnCaseEntity[] = [];
    for (const due of dues) {
      const saved = await insertCase({ hostOffice: office });
      await repository.update(saved.id, {
        nextActor: 'logistics_officer',
        dueAt: due,
        state: { reference: saved.reference, people: [], medical: { needs: ['insulin'] } },
      });
      queued.push(saved);
    }
    // Two undated cases created in the same millisecond: the order falls back on the id.
    await setCreatedAt(dataSource, queued[3].id, '2001-01-01T00:00:00.000Z');
    await setCreatedAt(dataSource, queued[4].id, '2001-01-01T00:00:00.000Z');
    const entities = await repository.findBy(queued.map((c) => ({ id: c.id })));
    const inQueueOrder = [...entities].sort(
      (a, b) =>
        (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) ||
        a.createdAt.getTime() - b.createdAt.getTime() ||
        a.id.localeCompare(b.id),
    );
    const queue = new WorkQueueRepository(dataSource);
    const seen: Array<{ entity: CaseSummaryRecord; principalName: string }> = [];
    let after: WorkQueueCursor | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const page = await queue.page({ offices: [office] }, 'logistics_officer', new Date(), 86_400_000, 2, after);
      expect(page.counts.total).toBe(5);
      seen.push(...page.items);
      if (!page.next) break;
      after = page.next;
    }
    expect(seen.map((i) => i.entity)).toEqual(inQueueOrder.map(expectedSummary));
    expect(seen.map((i) => i.principalName)).toEqual(await Promise.all(inQueueOrder.map((c) => principalName(c.id))));
    expect(JSON.stringify(seen)).not.toContain('insulin');
  });
});
