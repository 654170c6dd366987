import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '@avrr/config';
import { dataSourceOptions } from '../data-source-options';
import {
  NewOpportunity,
  OpportunityOutOfScopeError,
  OpportunityRepository,
  WithdrawnOpportunityError,
} from './opportunity.repository';

jest.setTimeout(30_000);

let dataSource: DataSource;
let repository: OpportunityRepository;

beforeAll(async () => {
  dataSource = await new DataSource(dataSourceOptions(loadAppConfig())).initialize();
  repository = new OpportunityRepository(dataSource);
});

afterAll(async () => {
  await dataSource?.destroy();
});

/** A partner of its own per test, so tests never see each other's rows. */
const newPartner = () => `T-${randomUUID().slice(0, 8).toUpperCase()}`;

function opportunity(partnerCode: string, overrides: Partial<NewOpportunity> = {}): NewOpportunity {
  return {
    partnerCode,
    externalReference: 'REF-1',
    title: 'Assistant motor mechanic',
    iscoCode: '7231',
    requiredSkills: ['engine repair'],
    minIscedLevel: 2,
    languages: ['fr'],
    country: 'SN',
    region: 'Dakar',
    type: 'job',
    placesAvailable: 3,
    startsOn: '2026-01-05',
    expiresOn: '2099-12-31',
    ...overrides,
  };
}

describe('OpportunityRepository.upsertByExternalReference (opportunities)', () => {
  it('creates once, then leaves an identical row alone and updates a changed one, never duplicating', async () => {
    const partner = newPartner();
    const first = await repository.upsertByExternalReference(opportunity(partner), {});
    expect(first.outcome).toBe('created');

    const again = await repository.upsertByExternalReference(opportunity(partner), {});
    expect(again).toEqual({ outcome: 'unchanged', id: first.id });
    expect((await repository.findById(first.id, {}))?.version).toBe(1);

    const changed = await repository.upsertByExternalReference(opportunity(partner, { placesAvailable: 5 }), {});
    expect(changed).toEqual({ outcome: 'updated', id: first.id });
    const row = await repository.findById(first.id, {});
    expect(row).toMatchObject({ placesAvailable: 5, version: 2, startsOn: '2026-01-05', expiresOn: '2099-12-31' });

    // Array order is part of the row: a reordered list is a change; the same list again is not.
    expect((await repository.upsertByExternalReference(opportunity(partner, { placesAvailable: 5 }), {})).outcome).toBe(
      'unchanged',
    );

    const [{ n }] = await dataSource.query(
      `SELECT count(*)::int AS n FROM reintegration_opportunity WHERE partner_code = $1`,
      [partner],
    );
    expect(n).toBe(1);
  });

  it('keys by partner and reference: the same reference of another partner is another opportunity', async () => {
    const a = await repository.upsertByExternalReference(opportunity(newPartner()), {});
    const b = await repository.upsertByExternalReference(opportunity(newPartner()), {});
    expect(a.outcome).toBe('created');
    expect(b.outcome).toBe('created');
    expect(a.id).not.toBe(b.id);
  });

  it('refuses a country outside the scope, and does not revive a withdrawn opportunity', async () => {
    const partner = newPartner();
    await expect(
      repository.upsertByExternalReference(opportunity(partner, { country: 'ML' }), { countries: ['SN'] }),
    ).rejects.toThrow(OpportunityOutOfScopeError);
    const { id } = await repository.upsertByExternalReference(opportunity(partner), { countries: ['SN'] });
    expect((await repository.withdraw(id, {})).status).toBe('updated');
    await expect(
      repository.upsertByExternalReference(opportunity(partner, { placesAvailable: 9 }), {}),
    ).rejects.toThrow(WithdrawnOpportunityError);
    expect(await repository.findById(id, {})).toBeNull();
  });
});

describe('OpportunityRepository scope and reads (opportunities)', () => {
  it('sees only the scope countries; an empty list sees nothing; no list sees all', async () => {
    const partner = newPartner();
    const sn = await repository.create(opportunity(partner, { externalReference: 'SN-1', country: 'SN' }), {});
    const ml = await repository.create(
      opportunity(partner, { externalReference: 'ML-1', country: 'ML', region: 'Kayes' }),
      {},
    );
    const ids = async (scope: { countries?: string[] }) =>
      (await repository.list(scope, { partnerCode: partner }, 10)).items.map((o) => o.id).sort();

    expect(await ids({})).toEqual([sn.id, ml.id].sort());
    expect(await ids({ countries: ['SN'] })).toEqual([sn.id]);
    expect(await ids({ countries: [] })).toEqual([]);
    expect(await repository.findById(ml.id, { countries: ['SN'] })).toBeNull();
    expect(await repository.findById(ml.id, { countries: ['ML'] })).not.toBeNull();
    expect(await repository.findById(sn.id, { countries: [] })).toBeNull();
    await expect(
      repository.create(opportunity(partner, { externalReference: 'GN-1', country: 'GN' }), { countries: ['SN'] }),
    ).rejects.toThrow(OpportunityOutOfScopeError);
  });

  it('filters by region (any case), type and ISCO prefix, and pages by keyset without gaps or repeats', async () => {
    const partner = newPartner();
    const made = [];
    for (let i = 0; i < 5; i++) {
      made.push(
        await repository.create(
          opportunity(partner, {
            externalReference: `P-${i}`,
            iscoCode: i < 3 ? '7231' : '5120',
            type: i % 2 === 0 ? 'job' : 'vocational_training',
          }),
          {},
        ),
      );
    }
    const page1 = await repository.list({}, { partnerCode: partner }, 2);
    const page2 = await repository.list({}, { partnerCode: partner }, 2, page1.next!);
    const page3 = await repository.list({}, { partnerCode: partner }, 2, page2.next!);
    expect(page3.next).toBeNull();
    const paged = [...page1.items, ...page2.items, ...page3.items].map((o) => o.id);
    expect(paged).toEqual(made.map((o) => o.id).reverse());

    const count = async (filter: object) =>
      (await repository.list({}, { partnerCode: partner, ...filter }, 10)).items.length;
    expect(await count({ iscoCode: '72' })).toBe(3);
    expect(await count({ iscoCode: '5' })).toBe(2);
    expect(await count({ type: 'job' })).toBe(3);
    expect(await count({ region: 'DAKAR' })).toBe(5);
    expect(await count({ region: 'Thiès' })).toBe(0);
  });

  it('findOpen gives the open ones with free places as ReintegrationOpportunity, within scope', async () => {
    const partner = newPartner();
    const now = new Date('2030-06-15T23:59:00Z');
    const open = await repository.create(
      opportunity(partner, { externalReference: 'OPEN', expiresOn: '2030-06-15', country: 'SN' }),
      {},
    );
    await repository.create(opportunity(partner, { externalReference: 'FULL', placesAvailable: 0, country: 'SN' }), {});
    await repository.create(
      opportunity(partner, { externalReference: 'OLD', startsOn: null, expiresOn: '2030-06-14', country: 'SN' }),
      {},
    );
    const gone = await repository.create(opportunity(partner, { externalReference: 'GONE', country: 'SN' }), {});
    await repository.withdraw(gone.id, {});
    const other = await repository.create(
      opportunity(partner, { externalReference: 'ML', country: 'ML', startsOn: null }),
      {},
    );

    const found = (await repository.findOpen(now, {})).filter((o) => [open.id, other.id, gone.id].includes(o.id));
    expect(found.map((o) => o.id).sort()).toEqual([open.id, other.id].sort());
    expect(found.find((o) => o.id === open.id)).toEqual({
      id: open.id,
      title: 'Assistant motor mechanic',
      iscoCode: '7231',
      requiredSkills: ['engine repair'],
      minIscedLevel: 2,
      languages: ['fr'],
      region: 'Dakar',
      type: 'job',
      placesAvailable: 3,
      expiresAt: '2030-06-15',
      startsOn: '2026-01-05',
    });
    expect(found.find((o) => o.id === other.id)).not.toHaveProperty('startsOn');

    const inSenegal = (await repository.findOpen(now, { countries: ['SN'] })).map((o) => o.id);
    expect(inSenegal).toContain(open.id);
    expect(inSenegal).not.toContain(other.id);
    expect(await repository.findOpen(now, { countries: [] })).toEqual([]);
    // The next day the expiry day is over.
    expect((await repository.findOpen(new Date('2030-06-16T00:00:00Z'), {})).map((o) => o.id)).not.toContain(open.id);
  });

  it('updates only at the expected version, and bumps it', async () => {
    const created = await repository.create(opportunity(newPartner()), {});
    expect(created.version).toBe(1);
    const stale = await repository.update(created.id, { placesAvailable: 1 }, 7, {});
    expect(stale).toEqual({ status: 'version_mismatch', currentVersion: 1 });
    const done = await repository.update(created.id, { placesAvailable: 1, startsOn: null }, 1, {});
    expect(done.status).toBe('updated');
    if (done.status === 'updated')
      expect(done.entity).toMatchObject({ placesAvailable: 1, startsOn: null, version: 2 });
    expect((await repository.update(created.id, { placesAvailable: 2 }, 2, { countries: ['ML'] })).status).toBe(
      'not_found',
    );
  });
});
