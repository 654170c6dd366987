import { ApiProperty } from '@nestjs/swagger';
import { IsObject, ValidateBy, ValidationOptions } from 'class-validator';
import { SUSTAINABILITY_QUESTIONNAIRE } from '@avrr/domain';

const isAnswerMap = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length <= 50 &&
  Object.entries(value).every(([k, v]) => k.length <= 64 && (v === null || (typeof v === 'string' && v.length <= 64)));

const IsAnswerMap = (options?: ValidationOptions) =>
  ValidateBy(
    { name: 'isAnswerMap', validator: { validate: isAnswerMap } },
    { message: 'must map indicator ids to an answer code (a string) or null for not answered', ...options },
  );

export class RecordSurveyDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', nullable: true },
    example: { income_sources: 'one', debt: 'under_one_month', distress: 'rarely' },
    description:
      `The chosen option code per indicator of questionnaire ${SUSTAINABILITY_QUESTIONNAIRE.version}; an indicator left ` +
      'out or null is not answered. Missing answers renormalise the weights within their dimension; a dimension with ' +
      "more than the weight set's allowed share missing is refused.",
  })
  @IsObject()
  @IsAnswerMap()
  answers: Record<string, string | null>;
}

export class DimensionScoreView {
  @ApiProperty({ example: 0.6125, description: 'Full precision, in [0, 1].' })
  score: number;

  @ApiProperty({ example: 0.613, description: 'Rounded to 3 decimals, for display.' })
  display: number;
}

export class SurveyScoresView {
  @ApiProperty({ type: DimensionScoreView })
  economic: DimensionScoreView;

  @ApiProperty({ type: DimensionScoreView })
  social: DimensionScoreView;

  @ApiProperty({ type: DimensionScoreView })
  psychosocial: DimensionScoreView;

  @ApiProperty({ type: DimensionScoreView, description: 'The dimension scores weighted by the weight set.' })
  composite: DimensionScoreView;
}

export class SurveyView {
  @ApiProperty({ format: 'uuid' })
  caseId: string;

  @ApiProperty({ example: 1 })
  visitNumber: number;

  @ApiProperty({ example: SUSTAINABILITY_QUESTIONNAIRE.version })
  questionnaireVersion: string;

  @ApiProperty({ example: 'v1-example', description: 'The weight set that produced the scores.' })
  weightSetVersion: string;

  @ApiProperty({ type: SurveyScoresView })
  scores: SurveyScoresView;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', nullable: true },
    description: 'The raw answers, as recorded.',
  })
  answers: Record<string, string | null>;

  @ApiProperty({ example: 'u-partner' })
  recordedBy: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;
}
