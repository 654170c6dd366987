import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { type CaseStage, nextActorOf, type Vulnerability } from '@avrr/domain';
import { ReturnCaseEntity } from './return-case.entity';
import { CasePersonEntity } from './case-person.entity';
import { CaseScope, SYSTEM_SCOPE } from './case-scope';
import { type CaseRecord, readCase } from './case-read';
import { type CaseSummaryPage, escapeLike, listSummaries } from './case-summary-read';
import { applyCaseScope } from '../reintegration/case-scope-sql';

export interface CaseListFilter {
  stage?: CaseStage;
  countryOfReturn?: string;
  hostOffice?: string;
  partnerOrganisationId?: string;
  vulnerability?: Vulnerability;
  /** Matches the reference or any name in the household. */
  text?: string;
  /** `text` matches the reference only: for readers who may not search people by name (partners, see docs/ACCESS.md). */
  textInReferenceOnly?: boolean;
}

/** Keyset position: the last row of the previous page, in (createdAt DESC, id DESC) order. */
export interface CaseListCursor {
  createdAt: string;
  id: string;
}

export interface CaseListPage {
  items: ReturnCaseEntity[];
  next: CaseListCursor | null;
}

/** Who a case is assigned to: its office, its counsellor and the partner organisation receiving the household. */
export interface CaseAssignment {
  hostOffice: string;
  counsellorName: string;
  counsellorEmail: string;
  partnerOrganisationId: string | null;
}

/** The columns that decide who hears of a case: its counsellor, its office, its partner organisation and country. */
export interface CaseNotificationAddressees {
  counsellorEmail: string;
  hostOffice: string;
  partnerOrganisationId: string | null;
  countryOfReturn: string;
}

const UNIQUE_VIOLATION = '23505';

export class DuplicateIdempotencyKeyError extends Error {}

@Injectable()
export class CaseRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Reserves the next readable reference number. */
  async nextReferenceNumber(): Promise<number> {
    const rows: Array<{ n: string }> = await this.dataSource.query(`SELECT nextval('case_reference_seq') AS n`);
    return Number(rows[0].n);
  }

  /**
   * Inserts a new case with its people and documents in one transaction; `alongside` writes in the same transaction
   * (the audit entry of the intake). Returns `draft` as the database now holds it: ids, defaults and timestamps
   * filled in, unset columns null (its partner organisation relation is left to the caller).
   */
  async insert(
    draft: ReturnCaseEntity,
    alongside?: (em: EntityManager) => Promise<unknown>,
  ): Promise<ReturnCaseEntity> {
    // A new case is already someone's work (the counsellor's, at intake) before its first projection.
    draft.nextActor = nextActorOf({
      stage: draft.stage ?? 'intake',
      waitingFor: draft.waitingFor ?? null,
      onProtectionHold: draft.onProtectionHold ?? false,
      state: draft.state ?? null,
    });
    try {
      return await this.dataSource.transaction(async (em: EntityManager) => {
        // An insert, not `save`: the case's id is chosen before it is saved (its workflow id derives from it), and
        // `save` of an entity whose id is set first selects it to choose between an insert and an update. The
        // people (ids from the database, so `save` inserts them at once) and their documents follow, as the
        // cascade wrote them; RETURNING fills in the generated columns of each, as `save` did.
        const { people } = draft;
        await em.getRepository(ReturnCaseEntity).insert(draft as QueryDeepPartialEntity<ReturnCaseEntity>);
        for (const person of people ?? []) person.caseId = draft.id;
        if (people?.length) await em.save(CasePersonEntity, people);
        await alongside?.(em);
        // The row as a read would return it: the columns the draft left unset are NULL in the database.
        for (const column of em.getRepository(ReturnCaseEntity).metadata.columns) {
          if (column.relationMetadata) continue;
          if (column.getEntityValue(draft) === undefined) column.setEntityValue(draft, null);
        }
        return draft;
      });
    } catch (error) {
      const pgError = error as { code?: string; constraint?: string };
      if (pgError.code === UNIQUE_VIOLATION && pgError.constraint === 'ux_return_case_idempotency_key') {
        throw new DuplicateIdempotencyKeyError();
      }
      throw error;
    }
  }

  async findById(id: string, scope: CaseScope): Promise<ReturnCaseEntity | null> {
    return this.withPeople(this.scoped(scope)).andWhere('c.id = :id', { id }).getOne();
  }

  /**
   * Who a case's notifications go to, from the case's row alone: no people, no documents, nothing to decrypt. The
   * worker's fan-out reads this for every notification, so it is one indexed primary-key read.
   */
  async findAddressees(id: string): Promise<CaseNotificationAddressees | null> {
    const [row] = await this.dataSource.query(
      `SELECT counsellor_email AS "counsellorEmail", host_office AS "hostOffice",
              partner_organisation_id AS "partnerOrganisationId", country_of_return AS "countryOfReturn"
         FROM return_case WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** Like `findById`, for the case page and the commands on a case: one prepared statement and plain objects. */
  async readById(id: string, scope: CaseScope): Promise<CaseRecord | null> {
    return readCase(this.dataSource, id, scope);
  }

  /** The case created under this key, with the hash of the request that created it. */
  async findByIdempotencyKey(
    key: string,
    scope: CaseScope,
  ): Promise<{ entity: ReturnCaseEntity; requestHash: string | null } | null> {
    const row = await this.scoped(scope)
      .addSelect('c.requestHash')
      .andWhere('c.idempotencyKey = :key', { key })
      .getOne();
    if (!row) return null;
    const entity = await this.findById(row.id, scope);
    return entity ? { entity, requestHash: row.requestHash } : null;
  }

  /**
   * A page of the list as whole entities. The API reads `listSummaries`; this is the reference its tests compare it
   * with (case-summary-read.int-spec.ts), so the two must keep the same conditions, order and cursor.
   */
  async list(scope: CaseScope, filter: CaseListFilter, limit: number, after?: CaseListCursor): Promise<CaseListPage> {
    const qb = this.scoped(scope);
    if (filter.stage) qb.andWhere('c.stage = :stage', { stage: filter.stage });
    if (filter.countryOfReturn) qb.andWhere('c.countryOfReturn = :country', { country: filter.countryOfReturn });
    if (filter.hostOffice) qb.andWhere('c.hostOffice = :office', { office: filter.hostOffice });
    if (filter.partnerOrganisationId) {
      qb.andWhere('c.partnerOrganisationId = :organisation', { organisation: filter.partnerOrganisationId });
    }
    if (filter.vulnerability) qb.andWhere(':flag = ANY(c.vulnerabilities)', { flag: filter.vulnerability });
    if (filter.text) {
      qb.andWhere(
        filter.textInReferenceOnly
          ? `LOWER(c.reference) LIKE :text ESCAPE '\\'`
          : `c.searchText LIKE :text ESCAPE '\\'`,
        { text: `%${escapeLike(filter.text.toLowerCase())}%` },
      );
    }
    if (after) {
      qb.andWhere('(c.createdAt, c.id) < (:afterCreatedAt, :afterId)', {
        afterCreatedAt: after.createdAt,
        afterId: after.id,
      });
    }
    const rows = await qb
      .orderBy('c.createdAt', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const next = rows.length > limit && last ? { createdAt: last.createdAt.toISOString(), id: last.id } : null;
    return { items, next };
  }

  /**
   * The case list's page: the same cases, order and cursor as `list`, each as a summary with its principal's name, in
   * one statement and without building entities or decrypting the state's sensitive sections.
   */
  async listSummaries(
    scope: CaseScope,
    filter: CaseListFilter,
    limit: number,
    after?: CaseListCursor,
  ): Promise<CaseSummaryPage> {
    return listSummaries(this.dataSource, scope, filter, limit, after);
  }

  /** Cases whose workflow start was never confirmed, oldest first, with their people (the workflow needs them). */
  async findUnstarted(createdBefore: Date, limit: number): Promise<ReturnCaseEntity[]> {
    const ids = await this.dataSource
      .getRepository(ReturnCaseEntity)
      .createQueryBuilder('c')
      .select('c.id', 'id')
      .where('c.workflowStartedAt IS NULL')
      .andWhere('c.createdAt < :before', { before: createdBefore })
      .orderBy('c.createdAt', 'ASC')
      .limit(limit)
      .getRawMany<{ id: string }>();
    if (ids.length === 0) return [];
    return this.withPeople(this.scoped(SYSTEM_SCOPE))
      .andWhere('c.id IN (:...ids)', { ids: ids.map((r) => r.id) })
      .orderBy('c.createdAt', 'ASC')
      .addOrderBy('p.position', 'ASC')
      .getMany();
  }

  /**
   * Moves the case to `next` if it is still assigned as `expected`, under the row's lock, with `alongside` (its
   * timeline entry and audit entry) in the same transaction. False, changing nothing, when someone reassigned it
   * meanwhile. Scope, "My work" and email recipients all read these columns, so they follow at once.
   */
  async reassign(
    id: string,
    expected: CaseAssignment,
    next: CaseAssignment,
    alongside: (em: EntityManager) => Promise<unknown>,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (em) => {
      const [row]: Array<{
        host_office: string;
        counsellor_email: string;
        partner_organisation_id: string | null;
      }> = await em.query(
        `SELECT host_office, counsellor_email, partner_organisation_id FROM return_case WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (
        !row ||
        row.host_office !== expected.hostOffice ||
        row.counsellor_email !== expected.counsellorEmail ||
        row.partner_organisation_id !== expected.partnerOrganisationId
      ) {
        return false;
      }
      await em.query(
        `UPDATE return_case
            SET host_office = $2, counsellor_name = $3, counsellor_email = $4, partner_organisation_id = $5,
                updated_at = now()
          WHERE id = $1`,
        [id, next.hostOffice, next.counsellorName, next.counsellorEmail, next.partnerOrganisationId],
      );
      await alongside(em);
      return true;
    });
  }

  /**
   * Records that the case's workflow is started, once. Returns the columns the update changed, so the caller's
   * entity can be brought up to date without reading the case again; null when it was already marked.
   */
  async markWorkflowStarted(
    id: string,
  ): Promise<Pick<ReturnCaseEntity, 'workflowStartedAt' | 'updatedAt' | 'version'> | null> {
    const result = await this.dataSource
      .getRepository(ReturnCaseEntity)
      .createQueryBuilder()
      .update()
      .set({ workflowStartedAt: () => 'now()' })
      .where('id = :id AND workflow_started_at IS NULL', { id })
      .returning(['workflowStartedAt', 'updatedAt', 'version'])
      .execute();
    const row = (result.raw as Array<{ workflow_started_at: Date; updated_at: Date; version: number }>)[0];
    return row ? { workflowStartedAt: row.workflow_started_at, updatedAt: row.updated_at, version: row.version } : null;
  }

  private scoped(scope: CaseScope): SelectQueryBuilder<ReturnCaseEntity> {
    return applyCaseScope(
      this.dataSource.getRepository(ReturnCaseEntity).createQueryBuilder('c').where('TRUE'),
      'c',
      scope,
    );
  }

  private withPeople(qb: SelectQueryBuilder<ReturnCaseEntity>): SelectQueryBuilder<ReturnCaseEntity> {
    return qb
      .leftJoinAndSelect('c.partnerOrganisation', 'po')
      .leftJoinAndSelect('c.people', 'p')
      .leftJoinAndSelect('p.documents', 'd')
      .addOrderBy('p.position', 'ASC');
  }
}
