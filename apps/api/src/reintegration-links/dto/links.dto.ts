import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import {
  LINK_STATUSES,
  type LinkStatus,
  MATCH_EXPLANATION_CODES,
  type MatchExplanationCode,
  type MatchExplanationParams,
} from '@avrr/domain';
import { IsCalendarDate, Trim } from '../../common/validators';

export class CreateLinkDto {
  @ApiProperty({ format: 'uuid', description: 'The returnee (a person of this case).' })
  @IsUUID()
  personId: string;

  @ApiProperty({ format: 'uuid', description: 'The opportunity proposed to them.' })
  @IsUUID()
  opportunityId: string;

  @ApiProperty({ example: '2027-01-10', description: 'When it was proposed, YYYY-MM-DD.' })
  @IsCalendarDate()
  on: string;

  @ApiPropertyOptional({ description: 'Why this opportunity, or what was agreed.' })
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(2000)
  note?: string;
}

export class LinkStepDto {
  @ApiProperty({
    enum: LINK_STATUSES.filter((s) => s !== 'proposed'),
    description: 'proposed → referred → interview → placed; declined at any point before placement.',
  })
  @IsIn(LINK_STATUSES.filter((s) => s !== 'proposed'))
  status: Exclude<LinkStatus, 'proposed'>;

  @ApiProperty({ example: '2027-01-20', description: 'When it happened, YYYY-MM-DD; not before the previous step.' })
  @IsCalendarDate()
  on: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(2000)
  note?: string;
}

export class LinkStepView {
  @ApiProperty({ enum: LINK_STATUSES }) status: LinkStatus;
  @ApiProperty() on: string;
  @ApiPropertyOptional({ type: String, nullable: true }) note: string | null;
}

export class LinkView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty({ format: 'uuid' }) opportunityId: string;
  @ApiProperty({ enum: LINK_STATUSES }) status: LinkStatus;
  @ApiProperty({ type: [LinkStepView] }) history: LinkStepView[];
  @ApiProperty() version: number;
}

export class MatchQuery {
  @ApiPropertyOptional({ type: Number, default: 10, minimum: 1, maximum: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit: number = 10;
}

/** A match explanation as a code with parameters (`libs/domain/src/reintegration/matching/explanation.ts`). */
export class MatchExplanationReasonView {
  @ApiProperty({ enum: MATCH_EXPLANATION_CODES }) code: MatchExplanationCode;

  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
    description:
      "Strings, and lists (skills, languages) to join in the reader's language. ISCO-08 codes come with their title " +
      'when known (`groupTitle`, `heldTitle`, `sharedTitle`); `years` is a decimal number, `credit` a percentage.',
    example: { group: '7231', groupTitle: 'Motor vehicle mechanics and repairers', years: '6', credit: '100' },
  })
  params: MatchExplanationParams;
}

export class MatchComponentView {
  @ApiProperty({ enum: ['occupation', 'skills', 'education', 'languages', 'region', 'type'] }) component: string;
  @ApiProperty({ description: 'How well this component matches, 0 to 1.' }) value: number;
  @ApiProperty({ description: 'Its weight in the score (configuration).' }) weight: number;
  @ApiProperty({ description: 'weight × value; the contributions add up to the score.' }) contribution: number;
  @ApiProperty({ description: 'The reason, in English words a partner understands.' }) explanation: string;
  @ApiProperty({ type: MatchExplanationReasonView, description: 'The same as a code with parameters, to translate.' })
  reason: MatchExplanationReasonView;
}

export class MatchView {
  @ApiProperty({ description: 'The opportunity (for a returnee) or the person (for an opportunity).' }) id: string;
  @ApiProperty({ description: 'Title of the opportunity, or name of the returnee.' }) label: string;
  @ApiProperty({ description: 'Score from 0 to 1, rounded to 3 decimals.' }) score: number;
  @ApiProperty({ type: [MatchComponentView] }) breakdown: MatchComponentView[];
}
