import {
  Check,
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  VersionColumn,
} from 'typeorm';
import { UpdatedAtColumn } from '../columns';
import type { OpportunityType } from '@avrr/domain';
import { IscoGroupEntity } from '../isco/isco-group.entity';

export const OPPORTUNITY_TYPES: readonly OpportunityType[] = [
  'job',
  'apprenticeship',
  'vocational_training',
  'business_support',
];

/**
 * An opportunity a partner organisation keeps in a country of return: a job, an apprenticeship, vocational training
 * or a business-support programme. `(partner_code, external_reference)` is the partner's own key, so a re-imported
 * feed updates its rows instead of duplicating them. Withdrawn opportunities keep their row (`withdrawn_at`), so
 * links and placements made from them keep pointing somewhere; TypeORM hides them from every read.
 */
@Entity({ name: 'reintegration_opportunity' })
@Index('ux_reintegration_opportunity_external_reference', ['partnerCode', 'externalReference'], { unique: true })
@Index('ix_reintegration_opportunity_list_order', ['createdAt', 'id'])
@Index('ix_reintegration_opportunity_country_type', ['country', 'type'])
@Check('ck_reintegration_opportunity_partner_code', `"partner_code" ~ '^[A-Z0-9][A-Z0-9_-]{1,63}$'`)
@Check('ck_reintegration_opportunity_external_reference', `"external_reference" <> ''`)
@Check('ck_reintegration_opportunity_title', `"title" <> ''`)
@Check('ck_reintegration_opportunity_country', `"country" ~ '^[A-Z]{2}$'`)
@Check('ck_reintegration_opportunity_min_isced', `"min_isced_level" BETWEEN 0 AND 8`)
@Check(
  'ck_reintegration_opportunity_type',
  `"type" IN ('job', 'apprenticeship', 'vocational_training', 'business_support')`,
)
@Check('ck_reintegration_opportunity_places', `"places_available" >= 0`)
@Check('ck_reintegration_opportunity_dates', `"starts_on" IS NULL OR "starts_on" <= "expires_on"`)
export class ReintegrationOpportunityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The partner's code as its feeds name it ("CARITAS-SN"). */
  @Column({ name: 'partner_code', type: 'varchar', length: 64 })
  partnerCode: string;

  /**
   * The partner organisation it belongs to: only that organisation's focal points see and change it. Null only for
   * rows from before organisations owned opportunities, in a country no organisation covered.
   */
  @Index('ix_reintegration_opportunity_partner_organisation')
  @Column({ name: 'partner_organisation_id', type: 'uuid', nullable: true })
  partnerOrganisationId: string | null;

  /** The partner's own id for it, as in their feed. */
  @Column({ name: 'external_reference', type: 'varchar', length: 200 })
  externalReference: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  /** ISCO-08 group, normally a unit group; must be in `isco_group`. */
  @Column({ name: 'isco_code', type: 'varchar', length: 4 })
  iscoCode: string;

  @ManyToOne(() => IscoGroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'isco_code', foreignKeyConstraintName: 'fk_reintegration_opportunity_isco_group' })
  iscoGroup?: Relation<IscoGroupEntity>;

  /** Free skill tags, as the partner wrote them. */
  @Column({ name: 'required_skills', type: 'text', array: true, default: () => "'{}'" })
  requiredSkills: string[];

  /** ISCED 2011 level, 0 (none) to 8. */
  @Column({ name: 'min_isced_level', type: 'smallint' })
  minIscedLevel: number;

  /** Required languages, ISO 639-1, lower case. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  /** Country of return, ISO 3166-1 alpha-2. */
  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'varchar', length: 120 })
  region: string;

  @Column({ type: 'varchar', length: 32 })
  type: OpportunityType;

  @Column({ name: 'places_available', type: 'int' })
  placesAvailable: number;

  /** YYYY-MM-DD; null when it runs continuously. */
  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn: string | null;

  /** YYYY-MM-DD, open through that whole day (UTC). */
  @Column({ name: 'expires_on', type: 'date' })
  expiresOn: string;

  /** Millisecond precision, as JavaScript dates have: the list cursor carries it exactly. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;

  /** Set by DELETE; the row stays for the links made from it, hidden from reads and imports. */
  @DeleteDateColumn({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @VersionColumn()
  version: number;
}
