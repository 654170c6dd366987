import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CASE_STAGES, type CaseStage, ROLES, type Role } from '@avrr/domain';
import { CaseReasonView } from '../cases/dto/case.response';

export class WorkQueueQuery {
  @ApiPropertyOptional({
    minimum: 1,
    maximum: 60,
    default: 7,
    description: 'How many days ahead counts as "due soon".',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(60)
  soonDays: number = 7;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 100, description: 'Items per page.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit: number = 100;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  cursor?: string;
}

export class WorkItineraryView {
  @ApiProperty({ example: 'XK7P2Q' }) reference: string;
  @ApiProperty({ description: 'First departure of the booked itinerary.' }) departsAt: string;
  @ApiProperty({ description: 'Last arrival of the booked itinerary.' }) arrivesAt: string;
}

export class WorkItemView {
  @ApiProperty() caseId: string;
  @ApiProperty({ example: 'RC-2026-000123' }) reference: string;
  @ApiProperty({
    description: "The principal applicant's name (a pseudonym for a partner without the consent to share).",
  })
  principalName: string;
  @ApiProperty({ enum: CASE_STAGES }) stage: CaseStage;
  @ApiProperty({
    nullable: true,
    type: String,
    description: "What the case waits for, in words fit for the reader's role.",
  })
  waitingFor: string | null;
  @ApiProperty({ nullable: true, type: CaseReasonView, description: 'The same as a code with parameters.' })
  waitingReason: CaseReasonView | null;
  @ApiProperty({ nullable: true, type: String, description: 'By when, if there is a date.' }) dueAt: string | null;
  @ApiProperty({ enum: ['overdue', 'due_soon', 'open'] }) urgency: 'overdue' | 'due_soon' | 'open';
  @ApiPropertyOptional({ description: 'Only for the roles that may see protection details.' })
  onProtectionHold?: boolean;
  @ApiProperty() hostOffice: string;
  @ApiProperty() countryOfReturn: string;
  @ApiProperty() householdSize: number;
  @ApiProperty({ nullable: true, type: WorkItineraryView, description: 'The active booking, if any.' })
  itinerary: WorkItineraryView | null;
}

export class WorkCountsView {
  @ApiProperty({ description: 'Every item of the queue, on all pages.' }) total: number;
  @ApiProperty() overdue: number;
  @ApiProperty() dueSoon: number;
}

export class WorkQueueView {
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ description: 'When the queue was computed.' }) generatedAt: string;
  @ApiProperty() soonDays: number;
  @ApiProperty({ type: WorkCountsView }) counts: WorkCountsView;
  @ApiProperty({
    type: [WorkItemView],
    description: "What waits on the caller's role: overdue first, then due soon, then the rest.",
  })
  items: WorkItemView[];
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Pass as `cursor` for the next page; null on the last page.',
  })
  nextCursor: string | null;
}
