import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { CaseOutcome, CaseStage, Role, Vulnerability } from '@avrr/domain';
import { CasePersonEntity } from './case-person.entity';
import { PartnerOrganisationEntity } from '../access/partner-organisation.entity';
import { ENCRYPTED_STATE_SECTIONS_JSON } from '../crypto/field-encryption';

/** A return case and its read model: lists and filters read this row, never the workflow. */
@Entity({ name: 'return_case' })
@Index('ix_return_case_list_order', ['createdAt', 'id'])
@Index('ix_return_case_retention_due', ['stageEnteredAt', 'id'], {
  where: `"stage" = 'closed' AND "anonymised_at" IS NULL`,
})
export class ReturnCaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ux_return_case_reference', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  reference: string;

  @Index('ix_return_case_stage')
  @Column({ type: 'varchar', length: 32, default: 'intake' })
  stage: CaseStage;

  @Column({ type: 'varchar', length: 32, nullable: true })
  outcome: CaseOutcome | null;

  /** When the case entered its current stage (the event time of the step that moved it), for time-in-stage views. */
  @Column({ name: 'stage_entered_at', type: 'timestamptz', nullable: true })
  stageEnteredAt: Date | null;

  /** Indexed with the stage and the dates of time-in-stage (ix_return_case_office_stage, in the migration). */
  @Index('ix_return_case_office_stage', { synchronize: false })
  @Column({ name: 'host_office', type: 'varchar', length: 64 })
  hostOffice: string;

  @Index('ix_return_case_country_of_return')
  @Column({ name: 'country_of_return', type: 'char', length: 2 })
  countryOfReturn: string;

  @Column({ name: 'region_of_return', type: 'varchar', length: 120 })
  regionOfReturn: string;

  /**
   * The partner organisation that receives the household, one of those covering the country of return: its focal
   * points, and only they, see the case (docs/ACCESS.md). Null when no organisation covers the country.
   */
  @Index('ix_return_case_partner_organisation')
  @Column({ name: 'partner_organisation_id', type: 'uuid', nullable: true })
  partnerOrganisationId: string | null;

  @ManyToOne(() => PartnerOrganisationEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_organisation_id', foreignKeyConstraintName: 'fk_return_case_partner_organisation' })
  partnerOrganisation?: Relation<PartnerOrganisationEntity> | null;

  @Column({ name: 'counsellor_name', type: 'varchar', length: 200 })
  counsellorName: string;

  @Column({ name: 'counsellor_email', type: 'varchar', length: 254 })
  counsellorEmail: string;

  /** Every flag held by anyone in the household, for filtering. */
  @Index('ix_return_case_vulnerabilities', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  vulnerabilities: Vulnerability[];

  @Column({ name: 'household_size', type: 'int' })
  householdSize: number;

  /** Reference and every name in the household, lower-cased, for free-text search (trigram index). */
  @Index('ix_return_case_search_text', { synchronize: false })
  @Column({ name: 'search_text', type: 'text', select: false })
  searchText: string;

  @Index('ux_return_case_idempotency_key', { unique: true })
  @Column({ name: 'idempotency_key', type: 'varchar', length: 200, nullable: true, select: false })
  idempotencyKey: string | null;

  @Column({ name: 'request_hash', type: 'char', length: 64, nullable: true, select: false })
  requestHash: string | null;

  @Index('ux_return_case_workflow_id', { unique: true })
  @Column({ name: 'workflow_id', type: 'varchar', length: 100 })
  workflowId: string;

  /** Null until the workflow is known to run; the reconciler starts any left behind. */
  @Column({ name: 'workflow_started_at', type: 'timestamptz', nullable: true })
  workflowStartedAt: Date | null;

  /** What the case waits for next, and by when, as the workflow last reported it. */
  @Column({ name: 'waiting_for', type: 'varchar', length: 200, nullable: true })
  waitingFor: string | null;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Column({ name: 'on_protection_hold', type: 'boolean', default: false })
  onProtectionHold: boolean;

  /**
   * Whose move it is (`nextActorOf` over stage, waiting for, hold and plan), kept with them by the projection: My work
   * is one indexed query on it (ix_return_case_next_actor*, in the migration). Null when the case waits on nobody.
   */
  @Column({ name: 'next_actor', type: 'varchar', length: 32, nullable: true })
  nextActor: Role | null;

  /** The workflow state at `stateVersion`, so reads never query the workflow. */
  // Its protection, trafficking, asylum and medical sections and travel documents are encrypted at rest.
  @Column({ type: 'jsonb', nullable: true, transformer: ENCRYPTED_STATE_SECTIONS_JSON })
  state: Record<string, unknown> | null;

  /** The workflow state version last projected; an older projection never overwrites a newer one. */
  @Column({ name: 'state_version', type: 'int', default: 0 })
  stateVersion: number;

  /**
   * When the retention sweep removed the household's personal data (names, exact birth dates, contacts, document
   * numbers, free text); null while the case holds it. Statistics columns are kept.
   */
  @Column({ name: 'anonymised_at', type: 'timestamptz', nullable: true })
  anonymisedAt: Date | null;

  /** Millisecond precision, as JavaScript dates have: the list cursor carries it exactly. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;

  @OneToMany(() => CasePersonEntity, (p) => p.returnCase, { cascade: ['insert'] })
  people: Relation<CasePersonEntity[]>;
}
