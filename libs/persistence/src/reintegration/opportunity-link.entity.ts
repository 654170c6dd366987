import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  VersionColumn,
} from 'typeorm';
import { ActorColumn, CreatedAtColumn, UpdatedAtColumn } from '../columns';
import type { LinkStatus, LinkStep } from '@avrr/domain';
import { CasePersonEntity } from '../cases/case-person.entity';
import { ReturnCaseEntity } from '../cases/return-case.entity';
import { ReintegrationOpportunityEntity } from './reintegration-opportunity.entity';

/** A returnee linked by the partner to one opportunity, with every step of the link and its date. */
@Entity({ name: 'opportunity_link' })
@Index('ux_opportunity_link_person_opportunity', ['personId', 'opportunityId'], { unique: true })
@Index('ix_opportunity_link_case', ['caseId'])
@Check('ck_opportunity_link_status', `"status" IN ('proposed', 'referred', 'interview', 'placed', 'declined')`)
export class OpportunityLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => ReturnCaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_opportunity_link_case' })
  returnCase?: Relation<ReturnCaseEntity>;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => CasePersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_opportunity_link_person' })
  person?: Relation<CasePersonEntity>;

  @Column({ name: 'opportunity_id', type: 'uuid' })
  opportunityId: string;

  @ManyToOne(() => ReintegrationOpportunityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'opportunity_id', foreignKeyConstraintName: 'fk_opportunity_link_opportunity' })
  opportunity?: Relation<ReintegrationOpportunityEntity>;

  /** The last step's status, kept beside the history for filtering and counting placements. */
  @Column({ type: 'varchar', length: 16 })
  status: LinkStatus;

  @Column({ type: 'jsonb' })
  history: LinkStep[];

  @ActorColumn('updated_by')
  updatedBy: string;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
