// Over 400 lines: the case repository's integration tests, each group small, share one database set-up.
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '@avrr/config';
import { CASE_REFERENCE_PATTERN } from '@avrr/domain';
import { dataSourceOptions } from '../data-source-options';
import { CaseRepository, DuplicateIdempotencyKeyError } from './case.repository';
import { type CaseScope, SYSTEM_SCOPE } from './case-scope';
import { ReturnCaseEntity } from './return-case.entity';
import {
  caseDraft,
  deleteCases,
  DraftOptions,
  passport,
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

describe('CaseRepository.insert', () => {
  it('saves the case with its people in order and their documents, and reads them back', async () => {
    const tag = uniqueTag();
    const draft = await caseDraft(cases, {
      countryOfReturn: 'ML',
      people: [
        person(0, {
          familyName: `Keita-${tag}`,
          vulnerabilities: ['single_parent'],
          contact: { phone: '+33 6 12 34 56 78', email: 'awa@example.org' },
          documents: [passport(`P${tag}`)],
        }),
        person(1, { familyName: `Keita-${tag}`, vulnerabilities: ['medical_needs'], relationship: 'child' }),
        person(2, { givenNames: 'Fatou', familyName: `Keita-${tag}`, relationship: 'child', documents: [] }),
      ],
    });
    made.push(draft.id);
    await cases.insert(draft);

    const found = await cases.findById(draft.id, SYSTEM_SCOPE);
    expect(found).not.toBeNull();
    expect(found!.reference).toMatch(CASE_REFERENCE_PATTERN);
    expect(found!.reference).toBe(draft.reference);
    expect(found!.stage).toBe('intake');
    expect(found!.countryOfReturn).toBe('ML');
    expect(found!.householdSize).toBe(3);
    expect(found!.vulnerabilities.sort()).toEqual(['medical_needs', 'single_parent']);
    expect(found!.workflowId).toBe(`return-case-${draft.id}`);
    expect(found!.createdAt).toBeInstanceOf(Date);
    expect(found!.version).toBe(1);
    expect(found!.people.map((p) => [p.position, p.givenNames, p.relationship])).toEqual([
      [0, 'Awa', null],
      [1, 'Moussa', 'child'],
      [2, 'Fatou', 'child'],
    ]);
    const principal = found!.people[0];
    expect(principal.dateOfBirth).toBe('1990-03-14');
    expect(principal.languages).toEqual(['fr']);
    expect(principal.contact).toEqual({ phone: '+33 6 12 34 56 78', email: 'awa@example.org' });
    expect(principal.documents).toHaveLength(1);
    expect(principal.documents[0]).toMatchObject({
      type: 'passport',
      number: `P${tag}`,
      issuingCountry: 'SN',
      expiresOn: '2030-01-31',
    });
    expect(found!.people[2].documents).toEqual([]);
  });

  it('hands out increasing reference numbers', async () => {
    const first = await cases.nextReferenceNumber();
    const second = await cases.nextReferenceNumber();
    expect(second).toBeGreaterThan(first);
  });

  it('keeps the search text and idempotency columns out of ordinary reads', async () => {
    const draft = await insertCase({ idempotencyKey: `key-${uniqueTag()}`, requestHash: 'a'.repeat(64) });
    const found = await cases.findById(draft.id, SYSTEM_SCOPE);
    expect(found!.searchText).toBeUndefined();
    expect(found!.idempotencyKey).toBeUndefined();
    expect(found!.requestHash).toBeUndefined();
  });

  it('finds the case by its idempotency key together with the hash of the request that made it', async () => {
    const key = `key-${uniqueTag()}`;
    const draft = await insertCase({ idempotencyKey: key, requestHash: 'b'.repeat(64) });
    const found = await cases.findByIdempotencyKey(key, SYSTEM_SCOPE);
    expect(found?.entity.id).toBe(draft.id);
    expect(found?.entity.people).toHaveLength(2);
    expect(found?.requestHash).toBe('b'.repeat(64));
    expect(await cases.findByIdempotencyKey(`key-${uniqueTag()}`, SYSTEM_SCOPE)).toBeNull();
  });

  it('raises DuplicateIdempotencyKeyError for a second case under the same key, and saves nothing of it', async () => {
    const key = `key-${uniqueTag()}`;
    const first = await insertCase({ idempotencyKey: key, requestHash: 'c'.repeat(64) });
    const second = await caseDraft(cases, { idempotencyKey: key, requestHash: 'c'.repeat(64) });
    made.push(second.id);

    await expect(cases.insert(second)).rejects.toBeInstanceOf(DuplicateIdempotencyKeyError);
    expect(await cases.findById(second.id, SYSTEM_SCOPE)).toBeNull();
    const people = await dataSource.query(`SELECT 1 FROM case_person WHERE case_id = $1`, [second.id]);
    expect(people).toHaveLength(0);
    expect((await cases.findByIdempotencyKey(key, SYSTEM_SCOPE))?.entity.id).toBe(first.id);
  });

  it('lets any number of cases have no idempotency key', async () => {
    const a = await insertCase({ idempotencyKey: null });
    const b = await insertCase({ idempotencyKey: null });
    expect(await cases.findById(a.id, SYSTEM_SCOPE)).not.toBeNull();
    expect(await cases.findById(b.id, SYSTEM_SCOPE)).not.toBeNull();
  });

  it('does not turn other unique violations into DuplicateIdempotencyKeyError', async () => {
    const first = await insertCase();
    const clash = await caseDraft(cases);
    clash.reference = first.reference;
    made.push(clash.id);
    const error = await cases.insert(clash).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(DuplicateIdempotencyKeyError);
    expect(error).toMatchObject({ code: '23505', constraint: 'ux_return_case_reference' });
  });
});

describe('CaseRepository.readById (the case page)', () => {
  it('reads what findById reads: the people in order, their documents and the state decrypted, the organisation', async () => {
    const tag = uniqueTag();
    const [organisation] = (await dataSource.query(`SELECT id, name FROM partner_organisation LIMIT 1`)) as Array<{
      id: string;
      name: string;
    }>;
    const draft = await insertCase({
      people: [
        person(0, {
          vulnerabilities: ['victim_of_trafficking'],
          contact: { phone: '+33 6 12 34 56 78' },
          documents: [passport(`P${tag}`), passport(`Q${tag}`)],
        }),
        person(1, { relationship: 'child', documents: [] }),
        person(2, { givenNames: 'Fatou', relationship: 'child', documents: [passport(`R${tag}`)] }),
      ],
    });
    // Through the entity, so that the sensitive sections are sealed as the projection seals them.
    await dataSource.getRepository(ReturnCaseEntity).update(draft.id, {
      state: { traffickingRisk: { level: 'high' }, medical: { needs: ['insulin'] }, milestones: [] },
      partnerOrganisationId: organisation?.id ?? null,
      waitingFor: 'protection_clearance',
      dueAt: new Date('2031-05-06T07:08:09.123Z'),
    });
    const [stored] = (await dataSource.query(`SELECT state FROM return_case WHERE id = $1`, [draft.id])) as Array<{
      state: Record<string, unknown>;
    }>;
    expect(JSON.stringify(stored.state)).not.toContain('insulin');

    const entity = await cases.findById(draft.id, SYSTEM_SCOPE);
    const record = await cases.readById(draft.id, SYSTEM_SCOPE);
    const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
    const expected = plain({
      ...entity,
      partnerOrganisation: entity!.partnerOrganisation
        ? { id: entity!.partnerOrganisation.id, name: entity!.partnerOrganisation.name }
        : null,
      people: entity!.people.map((p) => ({
        ...p,
        documents: p.documents.map(({ numberIndex: _index, ...d }) => d),
      })),
    });
    expect(plain(record)).toEqual(expected);
    expect(record!.createdAt).toBeInstanceOf(Date);
    expect(record!.state).toMatchObject({ medical: { needs: ['insulin'] } });
    expect(record!.people.map((p) => p.documents!.map((d) => d.number))).toEqual([
      expect.arrayContaining([`P${tag}`, `Q${tag}`]),
      [],
      [`R${tag}`],
    ]);
  });

  it('finds no case that does not exist', async () => {
    expect(await cases.readById(randomUUID(), SYSTEM_SCOPE)).toBeNull();
  });
});

describe('the one-principal rule', () => {
  it('refuses a case with two principal applicants and saves none of it', async () => {
    const draft = await caseDraft(cases, { people: [person(0), person(0, { givenNames: 'Second' })] });
    made.push(draft.id);
    const error = await cases.insert(draft).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: '23505' });
    expect(['ux_case_person_one_principal', 'ux_case_person_position']).toContain(
      (error as { constraint?: string }).constraint,
    );
    expect(await cases.findById(draft.id, SYSTEM_SCOPE)).toBeNull();
  });

  it('refuses a second principal added to a saved case', async () => {
    const saved = await insertCase();
    const error = await dataSource
      .query(
        `INSERT INTO case_person (case_id, position, given_names, family_name, date_of_birth, sex, nationality)
         VALUES ($1, 0, 'Other', 'Principal', '1980-01-01', 'male', 'SN')`,
        [saved.id],
      )
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: '23505' });
    const principals = await dataSource.query(
      `SELECT given_names FROM case_person WHERE case_id = $1 AND position = 0`,
      [saved.id],
    );
    expect(principals).toEqual([{ given_names: 'Awa' }]);
  });

  it('is enforced by a partial unique index on case_person(case_id) where position = 0', async () => {
    const rows: Array<{ indexdef: string }> = await dataSource.query(
      `SELECT indexdef FROM pg_indexes WHERE tablename = 'case_person' AND indexname = 'ux_case_person_one_principal'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].indexdef).toMatch(/CREATE UNIQUE INDEX .* \(case_id\) WHERE \(\s*"?position"? = 0\s*\)/);
  });
});

describe('scopes', () => {
  let officeA: string;
  let officeB: string;
  let inA: ReturnCaseEntity;
  let inB: ReturnCaseEntity;

  beforeAll(async () => {
    officeA = `OFF-${uniqueTag()}`;
    officeB = `OFF-${uniqueTag()}`;
    inA = await insertCase({ hostOffice: officeA, countryOfReturn: 'SN' });
    inB = await insertCase({ hostOffice: officeB, countryOfReturn: 'ML' });
  });

  /** The case's id if the scope shows it, null otherwise: the entity read and the case page's read must agree. */
  async function seen(id: string, scope: CaseScope): Promise<string | null> {
    const [entity, record] = await Promise.all([cases.findById(id, scope), cases.readById(id, scope)]);
    expect(record?.id ?? null).toBe(entity?.id ?? null);
    return entity?.id ?? null;
  }

  it('shows a case only to a scope that holds its office', async () => {
    expect(await seen(inA.id, { offices: [officeA] })).toBe(inA.id);
    expect(await seen(inB.id, { offices: [officeA] })).toBeNull();
    expect(await seen(inB.id, { offices: [officeA, officeB] })).toBe(inB.id);
  });

  it('shows a case only to a scope that holds its country of return', async () => {
    expect(await seen(inB.id, { countriesOfReturn: ['ML'] })).toBe(inB.id);
    expect(await seen(inA.id, { countriesOfReturn: ['ML'] })).toBeNull();
  });

  it('requires both the office and the country when a scope restricts both', async () => {
    expect(await seen(inA.id, { offices: [officeA], countriesOfReturn: ['SN'] })).toBe(inA.id);
    expect(await seen(inA.id, { offices: [officeA], countriesOfReturn: ['ML'] })).toBeNull();
  });

  it('limits lists to the scope', async () => {
    const page = await cases.list({ offices: [officeA, officeB], countriesOfReturn: ['ML'] }, {}, 50);
    expect(page.items.map((c) => c.id)).toEqual([inB.id]);
  });

  it('matches nothing with an empty list of offices', async () => {
    expect(await seen(inA.id, { offices: [] })).toBeNull();
    const page = await cases.list({ offices: [] }, {}, 50);
    expect(page.items).toEqual([]);
    expect(page.next).toBeNull();
  });

  it('matches nothing with an empty list of countries', async () => {
    expect(await seen(inA.id, { countriesOfReturn: [] })).toBeNull();
    expect((await cases.list({ countriesOfReturn: [] }, { hostOffice: officeA }, 50)).items).toEqual([]);
  });

  it('does not find a case by idempotency key outside the scope', async () => {
    const key = `key-${uniqueTag()}`;
    await insertCase({ hostOffice: officeA, idempotencyKey: key, requestHash: 'd'.repeat(64) });
    expect(await cases.findByIdempotencyKey(key, { offices: [officeB] })).toBeNull();
    expect(await cases.findByIdempotencyKey(key, { offices: [officeA] })).not.toBeNull();
  });
});

describe('CaseRepository.list', () => {
  it('pages newest first with a cursor, in a stable order, and ends with no cursor', async () => {
    const office = `OFF-${uniqueTag()}`;
    const created: ReturnCaseEntity[] = [];
    for (let i = 0; i < 5; i++) created.push(await insertCase({ hostOffice: office }));
    const newestFirst = [...created].reverse().map((c) => c.id);

    const seen: string[] = [];
    let page = await cases.list(SYSTEM_SCOPE, { hostOffice: office }, 2);
    seen.push(...page.items.map((c) => c.id));
    expect(page.items).toHaveLength(2);
    expect(page.next).toEqual({ createdAt: page.items[1].createdAt.toISOString(), id: page.items[1].id });
    while (page.next) {
      page = await cases.list(SYSTEM_SCOPE, { hostOffice: office }, 2, page.next);
      seen.push(...page.items.map((c) => c.id));
    }
    expect(seen).toEqual(newestFirst);
    expect(page.items).toHaveLength(1);
  });

  it('gives no cursor when the last page is exactly full', async () => {
    const office = `OFF-${uniqueTag()}`;
    await insertCase({ hostOffice: office });
    await insertCase({ hostOffice: office });
    const page = await cases.list(SYSTEM_SCOPE, { hostOffice: office }, 2);
    expect(page.items).toHaveLength(2);
    expect(page.next).toBeNull();
  });

  it('orders cases created at the same instant by id, descending', async () => {
    const office = `OFF-${uniqueTag()}`;
    const a = await insertCase({ hostOffice: office });
    const b = await insertCase({ hostOffice: office });
    const c = await insertCase({ hostOffice: office });
    for (const x of [a, b, c]) await setCreatedAt(dataSource, x.id, '2020-03-01T10:00:00.000Z');
    const ids = [a.id, b.id, c.id].sort().reverse();

    const first = await cases.list(SYSTEM_SCOPE, { hostOffice: office }, 2);
    const second = await cases.list(SYSTEM_SCOPE, { hostOffice: office }, 2, first.next!);
    expect([...first.items, ...second.items].map((x) => x.id)).toEqual(ids);
  });

  it('pages through cases created within the same millisecond without skipping or repeating any', async () => {
    const office = `OFF-${uniqueTag()}`;
    const rows: ReturnCaseEntity[] = [];
    for (let i = 0; i < 5; i++) rows.push(await insertCase({ hostOffice: office }));
    // Sub-millisecond differences: JavaScript dates (and so the cursor) cannot tell these apart.
    const stamps = ['.123400', '.123300', '.123200', '.123100', '.123000'].map((f) => `2020-04-01T10:00:00${f}Z`);
    for (let i = 0; i < rows.length; i++) await setCreatedAt(dataSource, rows[i].id, stamps[i]);

    const seen: string[] = [];
    let page = await cases.list(SYSTEM_SCOPE, { hostOffice: office }, 2);
    seen.push(...page.items.map((x) => x.id));
    for (let guard = 0; page.next && guard < 10; guard++) {
      page = await cases.list(SYSTEM_SCOPE, { hostOffice: office }, 2, page.next);
      seen.push(...page.items.map((x) => x.id));
    }
    const all = (await cases.list(SYSTEM_SCOPE, { hostOffice: office }, 50)).items.map((x) => x.id);
    expect(seen).toEqual(all);
    expect([...seen].sort()).toEqual(rows.map((r) => r.id).sort());
  });

  it('filters by stage, country, office, vulnerability and text, combined with AND', async () => {
    const office = `OFF-${uniqueTag()}`;
    const tag = uniqueTag();
    const medicalInSn = await insertCase({
      hostOffice: office,
      countryOfReturn: 'SN',
      people: [person(0, { familyName: `Diallo-${tag}` }), person(1, { vulnerabilities: ['medical_needs'] })],
    });
    const plainInMl = await insertCase({ hostOffice: office, countryOfReturn: 'ML' });
    const counselling = await insertCase({ hostOffice: office, countryOfReturn: 'ML', stage: 'counselling' });
    const ids = async (filter: Parameters<CaseRepository['list']>[1]) =>
      (await cases.list(SYSTEM_SCOPE, { hostOffice: office, ...filter }, 50)).items.map((c) => c.id);

    expect(await ids({})).toEqual([counselling.id, plainInMl.id, medicalInSn.id]);
    expect(await ids({ countryOfReturn: 'ML' })).toEqual([counselling.id, plainInMl.id]);
    expect(await ids({ stage: 'counselling' })).toEqual([counselling.id]);
    expect(await ids({ stage: 'intake', countryOfReturn: 'ML' })).toEqual([plainInMl.id]);
    expect(await ids({ vulnerability: 'medical_needs' })).toEqual([medicalInSn.id]);
    expect(await ids({ vulnerability: 'medical_needs', countryOfReturn: 'ML' })).toEqual([]);
    expect(await ids({ text: `DIALLO-${tag}` })).toEqual([medicalInSn.id]);
    expect(await ids({ text: counselling.reference })).toEqual([counselling.id]);
    expect((await cases.list(SYSTEM_SCOPE, { hostOffice: `OFF-${uniqueTag()}` }, 50)).items).toEqual([]);
  });

  it('searches text literally, so % and _ are not wildcards', async () => {
    const office = `OFF-${uniqueTag()}`;
    await insertCase({ hostOffice: office });
    const ids = async (text: string) =>
      (await cases.list(SYSTEM_SCOPE, { hostOffice: office, text }, 50)).items.map((c) => c.id);
    expect(await ids('%')).toEqual([]);
    expect(await ids('_')).toEqual([]);
    expect(await ids('\\')).toEqual([]);
  });

  it("lists the principal applicant's name beside each case", async () => {
    const office = `OFF-${uniqueTag()}`;
    const tag = uniqueTag();
    const saved = await insertCase({
      hostOffice: office,
      people: [person(0, { givenNames: 'Mariam', familyName: `Traore-${tag}` }), person(1)],
    });
    const page = await cases.listSummaries(SYSTEM_SCOPE, { hostOffice: office }, 10);
    expect(page.items.map((i) => [i.summary.id, i.principalName])).toEqual([[saved.id, `Mariam Traore-${tag}`]]);
  });
});

describe('unstarted cases', () => {
  it('finds cases whose workflow start was never confirmed and that are older than the cut-off, oldest first', async () => {
    const older = await insertCase({ workflowStarted: false });
    const newer = await insertCase({ workflowStarted: false });
    const started = await insertCase({ workflowStarted: true });
    const recent = await insertCase({ workflowStarted: false });
    await setCreatedAt(dataSource, older.id, '1991-05-01T00:00:00Z');
    await setCreatedAt(dataSource, newer.id, '1991-06-01T00:00:00Z');
    await setCreatedAt(dataSource, started.id, '1991-05-15T00:00:00Z');
    await setCreatedAt(dataSource, recent.id, '1991-07-01T00:00:00Z');

    const found = await cases.findUnstarted(new Date('1991-06-15T00:00:00Z'), 1000);
    const ours = found.map((c) => c.id).filter((id) => [older.id, newer.id, started.id, recent.id].includes(id));
    expect(ours).toEqual([older.id, newer.id]);
  });

  it('returns at most the limit', async () => {
    await insertCase({ workflowStarted: false });
    await insertCase({ workflowStarted: false });
    const found = await cases.findUnstarted(new Date(Date.now() + 60_000), 1);
    expect(found).toHaveLength(1);
  });

  it('marks a case started once, keeping the first time, and then no longer finds it', async () => {
    const saved = await insertCase({ workflowStarted: false });
    await setCreatedAt(dataSource, saved.id, '1992-01-01T00:00:00Z');
    const before = new Date('1992-01-02T00:00:00Z');
    expect((await cases.findUnstarted(before, 1000)).map((c) => c.id)).toContain(saved.id);

    const marked = await cases.markWorkflowStarted(saved.id);
    const reread = (await cases.findById(saved.id, SYSTEM_SCOPE))!;
    const first = reread.workflowStartedAt;
    expect(first).toBeInstanceOf(Date);
    // What it returns is what a second read would give, so the intake answers without one.
    expect(marked).toEqual({ workflowStartedAt: first, updatedAt: reread.updatedAt, version: reread.version });
    expect((await cases.findUnstarted(before, 1000)).map((c) => c.id)).not.toContain(saved.id);

    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await cases.markWorkflowStarted(saved.id)).toBeNull();
    expect((await cases.findById(saved.id, SYSTEM_SCOPE))!.workflowStartedAt).toEqual(first);
  });
});
