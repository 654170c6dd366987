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
import type { HeldOccupation, ReturneeWants } from '@avrr/domain';
import { CasePersonEntity } from '../cases/case-person.entity';
import { ReturnCaseEntity } from '../cases/return-case.entity';

export const RETURNEE_WANTS: readonly ReturneeWants[] = ['job', 'training', 'business'];

/**
 * The skills profile of one returnee: started by the counsellor before departure, completed by the partner from
 * arrival on. One row per person of a case. Fields the counsellor may not know yet (education, driving licence,
 * months abroad, preferred region, what the person wants) are null until someone records them; the profile is
 * "complete" for matching once education, driving licence and what the person wants are known
 * (`skillsProfileGaps`). Occupation codes are checked against the ISCO-08 unit groups when written (a jsonb array
 * cannot carry a foreign key).
 */
@Entity({ name: 'skills_profile' })
@Index('ix_skills_profile_case', ['caseId'])
@Check('ck_skills_profile_isced_level', '"isced_level" IS NULL OR "isced_level" BETWEEN 0 AND 8')
@Check('ck_skills_profile_months_abroad', '"months_abroad" IS NULL OR "months_abroad" >= 0')
@Check('ck_skills_profile_wants', `"wants" IS NULL OR "wants" IN ('job', 'training', 'business')`)
@Check('ck_skills_profile_occupations_array', `jsonb_typeof("occupations") = 'array'`)
@Check('ck_skills_profile_languages', `array_to_string("languages", ',') ~ '^([a-z]{2}(,[a-z]{2})*)?$'`)
export class SkillsProfileEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => ReturnCaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_skills_profile_case' })
  returnCase?: Relation<ReturnCaseEntity>;

  @Index('ux_skills_profile_person', { unique: true })
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => CasePersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_skills_profile_person' })
  person?: Relation<CasePersonEntity>;

  /** ISCO-08 unit groups held, with years of experience, in the order given. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  occupations: HeldOccupation[];

  /** Free tags, as written (matching normalises them). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills: string[];

  /** ISCED 2011 level, 0 to 8; null until known. */
  @Column({ name: 'isced_level', type: 'smallint', nullable: true })
  iscedLevel: number | null;

  /** ISO 639-1 codes, lower case. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ name: 'driving_licence', type: 'boolean', nullable: true })
  drivingLicence: boolean | null;

  @Column({ name: 'months_abroad', type: 'int', nullable: true })
  monthsAbroad: number | null;

  @Column({ name: 'preferred_region', type: 'varchar', length: 120, nullable: true })
  preferredRegion: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  wants: ReturneeWants | null;

  /** The user id and role of whoever wrote this version. */
  @ActorColumn('updated_by')
  updatedBy: string;

  @Column({ name: 'updated_by_role', type: 'varchar', length: 32 })
  updatedByRole: string;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;

  /** 1 when first recorded, plus one per change. */
  @VersionColumn()
  version: number;
}
