import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { OpportunityType, ReintegrationOpportunity } from '@avrr/domain';
import { IscoGroupEntity } from '../isco/isco-group.entity';
import { ReintegrationOpportunityEntity } from './reintegration-opportunity.entity';
import type { OpportunityFields } from './opportunity-row';
import type { Alongside } from '../alongside';

/**
 * Which opportunities a caller may see and change: `countries` restricts when present (an empty list grants nothing),
 * like `CaseScope`, and so does `partnerOrganisationId`, which also owns what the caller creates or imports. A partner's
 * scope is their organisation and its countries of return; `{}` is unrestricted.
 */
export interface OpportunityScope {
  readonly countries?: readonly string[];
  readonly partnerOrganisationId?: string;
}

export interface OpportunityListFilter {
  country?: string;
  /** Compared without regard to case. */
  region?: string;
  type?: OpportunityType;
  /** ISCO-08 code prefix: "72" lists every opportunity in sub-major group 72. */
  iscoCode?: string;
  partnerCode?: string;
  /** Only those with free places that have not expired at this instant. */
  openAt?: Date;
}

/** Keyset position: the last row of the previous page, in (createdAt DESC, id DESC) order. */
export interface OpportunityListCursor {
  createdAt: string;
  id: string;
}

export interface OpportunityListPage {
  items: ReintegrationOpportunityEntity[];
  next: OpportunityListCursor | null;
}

/** A new opportunity: the fields plus the partner that keeps it. */
export type NewOpportunity = OpportunityFields & { partnerCode: string };
/** A change: any field but the partner's key. `startsOn: null` clears the start date. */
export type OpportunityPatch = Partial<Omit<OpportunityFields, 'externalReference'>>;

export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

export class OpportunityOutOfScopeError extends Error {
  constructor(readonly country: string) {
    super(`country ${country} is outside your countries`);
  }
}

/** An import names a key (partner code and external reference) that another organisation's opportunity holds. */
export class OpportunityOfAnotherOrganisationError extends Error {
  constructor(readonly externalReference: string) {
    super(`${externalReference} is another organisation's opportunity`);
  }
}

export class DuplicateOpportunityError extends Error {
  constructor(readonly existingId: string) {
    super(`the partner already has an opportunity with this external reference (${existingId})`);
  }
}

/** The partner re-sent an opportunity that was withdrawn: it stays withdrawn. */
export class WithdrawnOpportunityError extends Error {
  constructor(
    readonly id: string,
    readonly withdrawnAt: Date,
  ) {
    super(`opportunity ${id} was withdrawn on ${withdrawnAt.toISOString().slice(0, 10)}`);
  }
}

/** A change would leave the opportunity expiring before it starts. */
export class OpportunityDatesError extends Error {
  constructor(
    readonly startsOn: string,
    readonly expiresOn: string,
  ) {
    super(`it would expire on ${expiresOn}, before it starts on ${startsOn}`);
  }
}

export type OpportunityUpdateResult =
  | { status: 'updated'; entity: ReintegrationOpportunityEntity }
  | { status: 'not_found' }
  | { status: 'version_mismatch'; currentVersion: number };

const UNIQUE_VIOLATION = '23505';
const ALIAS = 'o';
/** The columns an import may change, in the order of the upsert's parameters after the partner's key. */
const MUTABLE_COLUMNS = [
  'title',
  'isco_code',
  'required_skills',
  'min_isced_level',
  'languages',
  'country',
  'region',
  'type',
  'places_available',
  'starts_on',
  'expires_on',
] as const;

@Injectable()
export class OpportunityRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findById(id: string, scope: OpportunityScope): Promise<ReintegrationOpportunityEntity | null> {
    return this.scoped(scope).andWhere(`${ALIAS}.id = :id`, { id }).getOne();
  }

  async list(
    scope: OpportunityScope,
    filter: OpportunityListFilter,
    limit: number,
    after?: OpportunityListCursor,
  ): Promise<OpportunityListPage> {
    const qb = this.scoped(scope);
    if (filter.country) qb.andWhere(`${ALIAS}.country = :country`, { country: filter.country });
    if (filter.region) qb.andWhere(`lower(${ALIAS}.region) = lower(:region)`, { region: filter.region });
    if (filter.type) qb.andWhere(`${ALIAS}.type = :type`, { type: filter.type });
    if (filter.partnerCode) qb.andWhere(`${ALIAS}.partnerCode = :partner`, { partner: filter.partnerCode });
    if (filter.iscoCode) {
      if (!/^[0-9]{1,4}$/.test(filter.iscoCode)) throw new RangeError(`bad ISCO-08 prefix "${filter.iscoCode}"`);
      qb.andWhere(`${ALIAS}.iscoCode LIKE :isco`, { isco: `${filter.iscoCode}%` });
    }
    if (filter.openAt) this.onlyOpen(qb, filter.openAt);
    if (after) {
      qb.andWhere(`(${ALIAS}.createdAt, ${ALIAS}.id) < (:afterCreatedAt, :afterId)`, {
        afterCreatedAt: after.createdAt,
        afterId: after.id,
      });
    }
    const rows = await qb
      .orderBy(`${ALIAS}.createdAt`, 'DESC')
      .addOrderBy(`${ALIAS}.id`, 'DESC')
      .limit(limit + 1)
      .getMany();
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const next = rows.length > limit && last ? { createdAt: last.createdAt.toISOString(), id: last.id } : null;
    return { items, next };
  }

  /**
   * The opportunities matching may propose at `now`: not withdrawn, with free places, not expired (an expiry day is
   * open through that whole UTC day). Ordered by id, so the catalogue is the same whatever order rows were written.
   */
  async findOpen(
    now: Date,
    scope: OpportunityScope,
    filter: { country?: string } = {},
  ): Promise<ReintegrationOpportunity[]> {
    const qb = this.onlyOpen(this.scoped(scope), now);
    if (filter.country) qb.andWhere(`${ALIAS}.country = :country`, { country: filter.country });
    const rows = await qb.orderBy(`${ALIAS}.id`, 'ASC').getMany();
    return rows.map(toReintegrationOpportunity);
  }

  /** Creates one opportunity; the partner's key must be new (withdrawn ones included). */
  async create(
    fields: NewOpportunity,
    scope: OpportunityScope,
    alongside?: Alongside,
  ): Promise<ReintegrationOpportunityEntity> {
    assertInScope(scope, fields.country);
    const repository = this.dataSource.getRepository(ReintegrationOpportunityEntity);
    try {
      return await this.dataSource.transaction(async (em) => {
        const saved = await em.save(
          ReintegrationOpportunityEntity,
          em.create(ReintegrationOpportunityEntity, toColumns(fields, scope)),
        );
        await alongside?.(em);
        return saved;
      });
    } catch (error) {
      const pgError = error as { code?: string; constraint?: string };
      if (
        pgError.code === UNIQUE_VIOLATION &&
        pgError.constraint === 'ux_reintegration_opportunity_external_reference'
      ) {
        const existing = await repository.findOne({
          where: { partnerCode: fields.partnerCode, externalReference: fields.externalReference },
          withDeleted: true,
        });
        // Another organisation's row is not named: its id would let the caller probe what they may not see.
        const owned =
          existing && (!scope.partnerOrganisationId || existing.partnerOrganisationId === scope.partnerOrganisationId);
        throw new DuplicateOpportunityError(owned ? existing.id : 'held by another organisation');
      }
      throw error;
    }
  }

  /**
   * Applies a partial change if the row is at `expectedVersion`: the row is locked, so two writers cannot both
   * pass the check. The country before and after must be in scope.
   */
  async update(
    id: string,
    patch: OpportunityPatch,
    expectedVersion: number,
    scope: OpportunityScope,
    alongside?: Alongside,
  ): Promise<OpportunityUpdateResult> {
    if (patch.country !== undefined) assertInScope(scope, patch.country);
    return this.dataSource.transaction(async (em: EntityManager) => {
      const current = await this.scoped(scope, em)
        .andWhere(`${ALIAS}.id = :id`, { id })
        .setLock('pessimistic_write')
        .getOne();
      if (!current) return { status: 'not_found' } as const;
      if (current.version !== expectedVersion)
        return { status: 'version_mismatch', currentVersion: current.version } as const;
      const changes = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      const next = { ...current, ...changes } as ReintegrationOpportunityEntity;
      if (next.startsOn && next.startsOn > next.expiresOn)
        throw new OpportunityDatesError(next.startsOn, next.expiresOn);
      const entity = await em.save(ReintegrationOpportunityEntity, next);
      await alongside?.(em);
      return { status: 'updated', entity } as const;
    });
  }

  /** Withdraws (soft-deletes) it; with `expectedVersion`, only at that version. */
  async withdraw(
    id: string,
    scope: OpportunityScope,
    expectedVersion?: number,
    alongside?: Alongside,
  ): Promise<OpportunityUpdateResult> {
    return this.dataSource.transaction(async (em: EntityManager) => {
      const current = await this.scoped(scope, em)
        .andWhere(`${ALIAS}.id = :id`, { id })
        .setLock('pessimistic_write')
        .getOne();
      if (!current) return { status: 'not_found' } as const;
      if (expectedVersion !== undefined && current.version !== expectedVersion) {
        return { status: 'version_mismatch', currentVersion: current.version } as const;
      }
      await em
        .createQueryBuilder()
        .update(ReintegrationOpportunityEntity)
        .set({ withdrawnAt: () => 'now()', version: () => 'version + 1' })
        .where('id = :id', { id })
        .execute();
      await alongside?.(em);
      return { status: 'updated', entity: current } as const;
    });
  }

  /**
   * Inserts the partner's opportunity, or updates the row with the same (partner, external reference) when a field
   * differs; a row sent again unchanged is left alone (version and updated_at kept). One statement, so concurrent
   * imports of the same key cannot duplicate it. A withdrawn row is not revived: `WithdrawnOpportunityError`.
   */
  async upsertByExternalReference(
    fields: NewOpportunity,
    scope: OpportunityScope,
  ): Promise<{ outcome: UpsertOutcome; id: string }> {
    assertInScope(scope, fields.country);
    const c = toColumns(fields, scope);
    const values = [
      c.partnerOrganisationId,
      c.partnerCode,
      c.externalReference,
      c.title,
      c.iscoCode,
      c.requiredSkills,
      c.minIscedLevel,
      c.languages,
      c.country,
      c.region,
      c.type,
      c.placesAvailable,
      c.startsOn,
      c.expiresOn,
    ];
    const params = MUTABLE_COLUMNS.map((_, i) => `$${i + 4}`).join(', ');
    const target = 'reintegration_opportunity';
    // Another organisation's row under the same key is left alone (the WHERE), and reported below.
    const rows: Array<{ id: string; inserted: boolean }> = await this.dataSource.query(
      `INSERT INTO ${target} (partner_organisation_id, partner_code, external_reference, ${MUTABLE_COLUMNS.join(', ')}, version)
       VALUES ($1, $2, $3, ${params}, 1)
       ON CONFLICT (partner_code, external_reference) DO UPDATE
         SET ${MUTABLE_COLUMNS.map((col) => `${col} = EXCLUDED.${col}`).join(', ')},
             version = ${target}.version + 1, updated_at = now()
         WHERE ${target}.withdrawn_at IS NULL
           AND ${target}.partner_organisation_id IS NOT DISTINCT FROM EXCLUDED.partner_organisation_id
           AND (${MUTABLE_COLUMNS.map((col) => `${target}.${col}`).join(', ')})
               IS DISTINCT FROM (${MUTABLE_COLUMNS.map((col) => `EXCLUDED.${col}`).join(', ')})
       RETURNING id, (xmax = 0) AS inserted`,
      values,
    );
    if (rows.length === 1) return { outcome: rows[0].inserted ? 'created' : 'updated', id: rows[0].id };
    const existing = await this.dataSource.getRepository(ReintegrationOpportunityEntity).findOne({
      where: { partnerCode: c.partnerCode, externalReference: c.externalReference },
      withDeleted: true,
    });
    if (!existing) throw new Error(`upsert of ${c.partnerCode}/${c.externalReference} neither wrote nor found a row`);
    if (existing.partnerOrganisationId !== c.partnerOrganisationId) {
      throw new OpportunityOfAnotherOrganisationError(c.externalReference);
    }
    if (existing.withdrawnAt) throw new WithdrawnOpportunityError(existing.id, existing.withdrawnAt);
    return { outcome: 'unchanged', id: existing.id };
  }

  /** Every ISCO-08 group code, for checking a whole feed against the reference data with one query. */
  async knownIscoCodes(): Promise<Set<string>> {
    const rows = await this.dataSource.getRepository(IscoGroupEntity).find({ select: { code: true } });
    return new Set(rows.map((r) => r.code));
  }

  async iscoCodeExists(code: string): Promise<boolean> {
    return this.dataSource.getRepository(IscoGroupEntity).exists({ where: { code } });
  }

  private scoped(scope: OpportunityScope, em?: EntityManager): SelectQueryBuilder<ReintegrationOpportunityEntity> {
    const qb = (em ?? this.dataSource.manager)
      .getRepository(ReintegrationOpportunityEntity)
      .createQueryBuilder(ALIAS)
      .where('TRUE');
    // An empty list grants nothing.
    if (scope.countries)
      qb.andWhere(`${ALIAS}.country = ANY(:scopeCountries)`, { scopeCountries: [...scope.countries] });
    if (scope.partnerOrganisationId) {
      qb.andWhere(`${ALIAS}.partnerOrganisationId = :scopeOrganisation`, {
        scopeOrganisation: scope.partnerOrganisationId,
      });
    }
    return qb;
  }

  private onlyOpen(
    qb: SelectQueryBuilder<ReintegrationOpportunityEntity>,
    now: Date,
  ): SelectQueryBuilder<ReintegrationOpportunityEntity> {
    return qb
      .andWhere(`${ALIAS}.placesAvailable > 0`)
      .andWhere(`${ALIAS}.expiresOn >= :today`, { today: now.toISOString().slice(0, 10) });
  }
}

export function isInScope(scope: OpportunityScope, country: string): boolean {
  return !scope.countries || scope.countries.includes(country);
}

function assertInScope(scope: OpportunityScope, country: string): void {
  if (!isInScope(scope, country)) throw new OpportunityOutOfScopeError(country);
}

function toColumns(
  fields: NewOpportunity,
  scope: OpportunityScope,
): Omit<ReintegrationOpportunityEntity, 'id' | 'createdAt' | 'updatedAt' | 'withdrawnAt' | 'version'> {
  return {
    partnerOrganisationId: scope.partnerOrganisationId ?? null,
    partnerCode: fields.partnerCode,
    externalReference: fields.externalReference,
    title: fields.title,
    iscoCode: fields.iscoCode,
    requiredSkills: [...(fields.requiredSkills ?? [])],
    minIscedLevel: fields.minIscedLevel,
    languages: [...(fields.languages ?? [])],
    country: fields.country,
    region: fields.region,
    type: fields.type,
    placesAvailable: fields.placesAvailable,
    startsOn: fields.startsOn ?? null,
    expiresOn: fields.expiresOn,
  };
}

/** The row as matching reads it. */
export function toReintegrationOpportunity(row: ReintegrationOpportunityEntity): ReintegrationOpportunity {
  return {
    id: row.id,
    title: row.title,
    iscoCode: row.iscoCode,
    requiredSkills: row.requiredSkills,
    minIscedLevel: row.minIscedLevel,
    languages: row.languages,
    region: row.region,
    type: row.type,
    placesAvailable: row.placesAvailable,
    expiresAt: row.expiresOn,
    ...(row.startsOn ? { startsOn: row.startsOn } : {}),
  };
}
