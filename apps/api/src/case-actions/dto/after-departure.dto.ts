import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO4217CurrencyCode,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { CASE_OUTCOMES, CaseOutcome, MILESTONE_KINDS, MilestoneKind } from '@avrr/domain';
import { IsCalendarDate, ToUpperCase, Trim } from '../../common/validators';

const WITH_ZONE = /(Z|[+-]\d{2}:\d{2})$/;

export class ConfirmDepartureDto {
  @ApiProperty({
    example: '2026-12-15T10:42:00Z',
    description:
      "When the returnee departed, with its offset. Refused (date_in_future) when its UTC day is after today's.",
  })
  @IsISO8601({ strict: true })
  @Matches(WITH_ZONE, { message: 'must include a time zone (Z or ±hh:mm)' })
  departedAt: string;
}

export class ConfirmArrivalDto {
  @ApiProperty({
    example: '2026-12-15T16:20:00Z',
    description:
      "When the returnee arrived, with its offset. Refused (date_in_future) when its UTC day is after today's.",
  })
  @IsISO8601({ strict: true })
  @Matches(WITH_ZONE, { message: 'must include a time zone (Z or ±hh:mm)' })
  arrivedAt: string;

  @ApiProperty({ description: 'Met at the airport.' })
  @IsBoolean()
  metAtAirport: boolean;

  @ApiProperty({ description: 'Onward transport was provided.' })
  @IsBoolean()
  onwardTransport: boolean;

  @ApiPropertyOptional({ description: 'Immediate needs noted on arrival.' })
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(2000)
  immediateNeeds?: string;

  @ApiPropertyOptional({ description: 'Required for an unaccompanied child: the guardian who received them.' })
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(200)
  receivingGuardian?: string;
}

export class BudgetLineDto {
  @ApiProperty({ example: 'Sewing machine' })
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(200)
  description: string;

  @ApiProperty({ example: 150000, description: 'Amount in integer minor units of the currency (no decimals).' })
  @IsInt({ message: 'must be a whole number of minor units' })
  @Min(0)
  amountMinor: number;

  @ApiProperty({ example: 'XOF', description: 'ISO 4217 currency code.' })
  @ToUpperCase()
  @IsISO4217CurrencyCode({ message: 'must be an ISO 4217 currency code' })
  currency: string;
}

export class PlanComponentDto {
  @ApiProperty({ enum: ['economic', 'social', 'psychosocial'] })
  @IsIn(['economic', 'social', 'psychosocial'])
  dimension: 'economic' | 'social' | 'psychosocial';

  @ApiProperty({ example: 'Start a tailoring business in Thiès' })
  @IsString()
  @Trim()
  @MinLength(3)
  @MaxLength(2000)
  description: string;

  @ApiProperty({ type: [BudgetLineDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => BudgetLineDto)
  budgetLines: BudgetLineDto[];
}

export class SubmitPlanDto {
  @ApiProperty({ type: [PlanComponentDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PlanComponentDto)
  components: PlanComponentDto[];
}

export class ApprovePlanDto {
  @ApiPropertyOptional({ description: 'A note for the partner.' })
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(2000)
  note?: string;
}

export class RecordFollowUpDto {
  @ApiProperty({ example: '2027-03-15', description: 'Date of the visit, YYYY-MM-DD.' })
  @IsCalendarDate()
  visitedOn: string;

  @ApiProperty({ description: 'What the visit found.' })
  @IsString()
  @Trim()
  @MinLength(3)
  @MaxLength(5000)
  notes: string;
}

export class RecordMilestoneDto {
  @ApiProperty({ enum: MILESTONE_KINDS, description: 'What was achieved.' })
  @IsIn(MILESTONE_KINDS)
  kind: MilestoneKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'The household member it concerns, if one.' })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @ApiProperty({
    example: '2027-02-01',
    description: "When, YYYY-MM-DD, a day of the caller's time zone: not after the latest day anywhere (UTC+14).",
  })
  @IsCalendarDate()
  achievedOn: string;

  @ApiPropertyOptional({ description: 'Details a colleague needs, e.g. the employer or the training centre.' })
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(2000)
  note?: string;
}

export class CloseCaseDto {
  @ApiProperty({
    enum: CASE_OUTCOMES.filter((o) => o !== 'withdrawn'),
    description: 'Withdrawn cases close through the consent withdrawal.',
  })
  @IsIn(CASE_OUTCOMES)
  outcome: CaseOutcome;

  @ApiProperty({ description: 'The final report or the reason.' })
  @IsString()
  @Trim()
  @MinLength(3)
  @MaxLength(5000)
  reason: string;
}
