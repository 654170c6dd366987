import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { type CaseOutcome, type CaseStage, type HouseholdChange, nextActorOf } from '@avrr/domain';
import { AuditTrailRepository } from '../access/audit-trail.repository';
import { applyHouseholdChange } from '../cases/household-rows';
import { ReturnCaseEntity } from '../cases/return-case.entity';
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
   */
  async record(
    event: NewTimelineEvent,
    readModel?: CaseReadModelChange,
    household?: HouseholdChange,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (em) => {
      const appended = await this.append(event, em);
      if (appended && household) await applyHouseholdChange(em, event.caseId, household);
      if (appended && readModel) {
        const { version, ...columns } = readModel;
        // Projections of one case may finish out of order; only a newer state version moves the read model.
        await em
          .createQueryBuilder()
          .update(ReturnCaseEntity)
          .set({
            ...columns,
            nextActor: nextActorOf(columns),
            stateVersion: version,
            stageEnteredAt: () =>
              'CASE WHEN stage IS DISTINCT FROM :stage OR stage_entered_at IS NULL THEN :occurredAt ELSE stage_entered_at END',
          })
          .setParameters({ stage: columns.stage, occurredAt: event.occurredAt })
          .where('id = :id AND state_version < :version', { id: event.caseId, version })
          .execute();
      }
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
