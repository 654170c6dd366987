import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { ReturnCaseEntity } from '../cases/return-case.entity';
import { ENCRYPTED_JSON } from '../crypto/field-encryption';

/**
 * One accepted action or system step of a case. `eventKey` (the update id, or the activity's own key) is unique
 * per case, so a retried activity never writes a second row.
 */
@Entity({ name: 'case_timeline_event' })
@Index('ux_case_timeline_event_key', ['caseId', 'eventKey'], { unique: true })
@Index('ix_case_timeline_case_time', ['caseId', 'occurredAt', 'id'])
export class CaseTimelineEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => ReturnCaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_case_timeline_event_case' })
  returnCase?: Relation<ReturnCaseEntity>;

  @Column({ name: 'event_key', type: 'varchar', length: 200 })
  eventKey: string;

  @Column({ type: 'varchar', length: 64 })
  type: string;

  @Column({ type: 'varchar', length: 200 })
  actor: string;

  @Column({ name: 'actor_role', type: 'varchar', length: 40 })
  actorRole: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  /** Encrypted at rest as one envelope (docs/ACCESS.md); the entity holds the plaintext. */
  @Column({ type: 'jsonb', default: () => "'{}'", transformer: ENCRYPTED_JSON })
  details: Record<string, unknown>;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
