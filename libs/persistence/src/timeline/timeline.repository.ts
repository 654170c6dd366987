import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { type CaseOutcome, type CaseStage, type HouseholdChange, nextActorOf } from '@avrr/domain';
import { AuditTrailRepository } from '../access/audit-trail.repository';
import { applyHouseholdChange } from '../cases/household-rows';
import { ENCRYPTED_JSON, ENCRYPTED_STATE_SECTIONS_JSON } from '../crypto/field-encryption';
import { transactionConnection } from '../prepared-statement';
import { CaseTimelineEventEntity } from './case-timeline-event.entity';

export type NewTimelineEvent = Pick<
  CaseTimelineEventEntity,
  'caseId' | 'eventKey' | 'type' | 'actor' | 'actorRole' | 'occurredAt' | 'details'
>;

export interface CaseReadModelChange {
  version: number;
  stage: CaseStage;
  outcome: CaseOutcome | null;
  waitingFor: string | null;
  dueAt: Date | null;
  onProtectionHold: boolean;
  state: Record<string, unknown>;
}

/**
 * The event appended once (its key is unique per case) and, only if it was, the read model moved to its state:
 * projections of one case may finish out of order, so only a newer state version moves it. The columns TypeORM's
 * update would also have set (`version`, `updated_at`) are set here the same way. Without a read-model change the
 * version is null and no row matches.
 */
const RECORD = `
  WITH appended AS (
    INSERT INTO case_timeline_event (case_id, event_key, type, actor, actor_role, occurred_at, details)
    VALUES ($1::uuid, $2, $3, $4, $5, $6::timestamptz, $7::jsonb)
    ON CONFLICT DO NOTHING
    RETURNING id
  ), projected AS (
    UPDATE return_case
       SET stage = $9::varchar, outcome = $10, waiting_for = $11, due_at = $12, on_protection_hold = $13,
           state = $14::jsonb, next_actor = $15, state_version = $8::int,
           stage_entered_at = CASE WHEN stage IS DISTINCT FROM $9::varchar OR stage_entered_at IS NULL
                              THEN $6::timestamptz ELSE stage_entered_at END,
           version = version + 1, updated_at = CURRENT_TIMESTAMP
     WHERE id = $1::uuid AND state_version < $8::int AND EXISTS (SELECT 1 FROM appended)
  )
  SELECT count(*)::int AS appended FROM appended`;

/** RECORD's parameters: the details and the state's sensitive sections sealed, as the entities' transformers seal them. */
function recordValues(event: NewTimelineEvent, change: CaseReadModelChange | undefined): unknown[] {
  const details = ENCRYPTED_JSON.to(event.details) as unknown;
  const values: unknown[] = [
    event.caseId,
    event.eventKey,
    event.type,
    event.actor,
    event.actorRole,
    event.occurredAt,
    JSON.stringify(details ?? {}),
  ];
  if (!change) return values.concat(Array(8).fill(null));
  return values.concat([
    change.version,
    change.stage,
    change.outcome,
    change.waitingFor,
    change.dueAt,
    change.onProtectionHold,
    change.state === null ? null : JSON.stringify(ENCRYPTED_STATE_SECTIONS_JSON.to(change.state) as unknown),
    nextActorOf(change),
  ]);
}

@Injectable()
export class TimelineRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly trail: AuditTrailRepository,
  ) {}

  /** Appends once: a second call with the same (caseId, eventKey) changes nothing and returns false. */
  async append(event: NewTimelineEvent, em: EntityManager = this.dataSource.manager): Promise<boolean> {
    const result = await em
      .createQueryBuilder()
      .insert()
      .into(CaseTimelineEventEntity)
      // TypeORM's deep-partial type cannot see through Record<string, unknown>; the shape is the entity's.
      .values(event as QueryDeepPartialEntity<CaseTimelineEventEntity>)
      .orIgnore()
      .execute();
    return (result.identifiers?.filter(Boolean).length ?? 0) > 0;
  }

  /**
   * Appends the event and applies its read-model change in one transaction. A replayed event (same key) changes
   * nothing, so an activity retry can never move the read model twice.
   *
   * Every action of every case comes through here, in the worker: the append and the read-model change are one
   * statement, prepared once per connection, and the audit takes its lock and reads the chain's end in one message, so
   * the transaction takes five round trips where TypeORM's builders took seven.
   */
  async record(
    event: NewTimelineEvent,
    readModel?: CaseReadModelChange,
    household?: HouseholdChange,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (em) => {
      const client = await transactionConnection(em);
      const { rows } = await client.query({
        name: 'timeline-record',
        text: RECORD,
        values: recordValues(event, readModel),
      });
      const appended = (rows[0] as { appended: number }).appended > 0;
      if (appended && household) await applyHouseholdChange(em, event.caseId, household);
      // Last, so the chain's lock is held only for the commit; a replayed event wrote nothing and is not audited.
      if (appended) await this.auditIn(em, event, readModel?.stage);
      return appended;
    });
  }

  /**
   * Marks the read model as behind the workflow: the event appended and, in the same transaction, the flag merged
   * into the projected state (its version unchanged, so the next successful projection replaces it) and the case put
   * in a supervisor's work.
   */
  async flagNeedsAttention(event: NewTimelineEvent, flag: Record<string, unknown>): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const appended = await this.append(event, em);
      await em.query(
        `UPDATE return_case SET state = jsonb_set(COALESCE(state, '{}'::jsonb), '{needsAttention}', $2::jsonb),
           next_actor = 'supervisor' WHERE id = $1 AND stage <> 'closed'`,
        [event.caseId, JSON.stringify(flag)],
      );
      if (appended) await this.auditIn(em, event);
    });
  }

  /**
   * The service's write, audited as the service in its own transaction: which event it recorded and, when the read
   * model moved, to which stage. No details: they may hold personal values, and the timeline keeps them.
   */
  private async auditIn(em: EntityManager, event: NewTimelineEvent, stage?: CaseStage): Promise<void> {
    await this.trail.appendForWorkflow(em, {
      action: event.type,
      caseId: event.caseId,
      subject: `timeline_event:${event.eventKey}`,
      changes: stage ? [{ path: 'stage', after: stage }] : [],
    });
  }

  async listForCase(caseId: string): Promise<CaseTimelineEventEntity[]> {
    return this.dataSource.getRepository(CaseTimelineEventEntity).find({
      where: { caseId },
      order: { occurredAt: 'ASC', id: 'ASC' },
    });
  }
}
