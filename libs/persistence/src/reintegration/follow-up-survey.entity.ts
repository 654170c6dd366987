import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { ActorColumn } from '../columns';
import type { SustainabilityAnswers } from '@avrr/domain';
import { ReturnCaseEntity } from '../cases/return-case.entity';

/**
 * The sustainability survey taken at one follow-up visit of a case: a record, written once (a second survey for
 * the same visit is refused, never replaced). Keeps the raw answers and the versions of the questionnaire and of the
 * weight set that scored them, so every score can be explained and recomputed later.
 *
 * Scores are `double precision`, not NUMERIC: the domain computes them as IEEE doubles and asks that they be stored
 * at full precision (rounded only for display). A double column round-trips the exact value and comes back from the
 * driver as a number; NUMERIC would add no precision to a value that was a double to begin with and would come back
 * as a string.
 */
@Entity({ name: 'follow_up_survey' })
@Index('ux_follow_up_survey_visit', ['caseId', 'visitNumber'], { unique: true })
@Check('ck_follow_up_survey_visit_number', '"visit_number" >= 1')
@Check('ck_follow_up_survey_answers_object', `jsonb_typeof("answers") = 'object'`)
@Check(
  'ck_follow_up_survey_scores',
  '"economic_score" BETWEEN 0 AND 1 AND "social_score" BETWEEN 0 AND 1 AND "psychosocial_score" BETWEEN 0 AND 1 AND "composite_score" BETWEEN 0 AND 1',
)
export class FollowUpSurveyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => ReturnCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_follow_up_survey_case' })
  returnCase?: Relation<ReturnCaseEntity>;

  /** The follow-up visit's number in the case (`state.followUps[].visitNumber`), from 1. */
  @Column({ name: 'visit_number', type: 'smallint' })
  visitNumber: number;

  /** Indicator id to the chosen option code, as received (null: not answered). */
  @Column({ type: 'jsonb' })
  answers: SustainabilityAnswers;

  @Column({ name: 'questionnaire_version', type: 'varchar', length: 64 })
  questionnaireVersion: string;

  @Column({ name: 'weight_set_version', type: 'varchar', length: 64 })
  weightSetVersion: string;

  @Column({ name: 'economic_score', type: 'double precision' })
  economicScore: number;

  @Column({ name: 'social_score', type: 'double precision' })
  socialScore: number;

  @Column({ name: 'psychosocial_score', type: 'double precision' })
  psychosocialScore: number;

  @Column({ name: 'composite_score', type: 'double precision' })
  compositeScore: number;

  /** The X-Actor-Id and role of the partner who recorded it. */
  @ActorColumn('recorded_by')
  recordedBy: string;

  @Column({ name: 'recorded_by_role', type: 'varchar', length: 32 })
  recordedByRole: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
