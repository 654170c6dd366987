import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SustainabilityAnswers } from '@avrr/domain';
import type { CaseScope } from '../cases/case-scope';
import { ReturnCaseEntity } from '../cases/return-case.entity';
import { applyCaseScope, caseScopeSql } from './case-scope-sql';
import { FollowUpSurveyEntity } from './follow-up-survey.entity';
import type { Alongside } from '../alongside';

export interface FollowUpSurveyWrite {
  caseId: string;
  visitNumber: number;
  answers: SustainabilityAnswers;
  questionnaireVersion: string;
  weightSetVersion: string;
  scores: { economic: number; social: number; psychosocial: number; composite: number };
  recordedBy: string;
  recordedByRole: string;
}

/** The visit already has its survey: surveys are records, never replaced. */
export class SurveyAlreadyRecordedError extends Error {}

const UNIQUE_VIOLATION = '23505';

/** Follow-up surveys; every read and write takes a `CaseScope`, like `CaseRepository`. */
@Injectable()
export class FollowUpSurveyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Records the survey. Throws `SurveyAlreadyRecordedError` when the visit has one; returns null, writing nothing,
   * when the case is outside the scope.
   */
  async insert(
    survey: FollowUpSurveyWrite,
    scope: CaseScope,
    alongside?: Alongside,
  ): Promise<FollowUpSurveyEntity | null> {
    const params: unknown[] = [
      survey.caseId,
      survey.visitNumber,
      JSON.stringify(survey.answers),
      survey.questionnaireVersion,
      survey.weightSetVersion,
      survey.scores.economic,
      survey.scores.social,
      survey.scores.psychosocial,
      survey.scores.composite,
      survey.recordedBy,
      survey.recordedByRole,
    ];
    try {
      return await this.dataSource.transaction(async (em) => {
        const rows: Array<{ id: string }> = await em.query(
          `INSERT INTO follow_up_survey (case_id, visit_number, answers, questionnaire_version, weight_set_version,
                                       economic_score, social_score, psychosocial_score, composite_score,
                                       recorded_by, recorded_by_role)
         SELECT c.id, $2::smallint, $3::jsonb, $4::varchar, $5::varchar, $6::float8, $7::float8, $8::float8, $9::float8,
                $10::varchar, $11::varchar
           FROM return_case c
          WHERE c.id = $1 AND ${caseScopeSql(scope, 'c', params)}
         RETURNING id`,
          params,
        );
        if (!rows.length) return null;
        await alongside?.(em);
        return em.getRepository(FollowUpSurveyEntity).findOneBy({ id: rows[0].id });
      });
    } catch (error) {
      const pgError = error as { code?: string; constraint?: string };
      if (pgError.code === UNIQUE_VIOLATION && pgError.constraint === 'ux_follow_up_survey_visit') {
        throw new SurveyAlreadyRecordedError();
      }
      throw error;
    }
  }

  /** The case's surveys by visit number; empty for a case outside the scope. */
  async listForCase(caseId: string, scope: CaseScope): Promise<FollowUpSurveyEntity[]> {
    const qb = this.dataSource
      .getRepository(FollowUpSurveyEntity)
      .createQueryBuilder('s')
      .innerJoin(ReturnCaseEntity, 'c', 'c.id = s.caseId')
      .where('s.caseId = :caseId', { caseId });
    return applyCaseScope(qb, 'c', scope).orderBy('s.visitNumber', 'ASC').getMany();
  }
}
