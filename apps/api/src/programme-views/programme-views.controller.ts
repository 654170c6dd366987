import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsISO31661Alpha2, IsOptional, Matches } from 'class-validator';
import { SYSTEM_SCOPE } from '@avrr/persistence';
import { ProgrammeViewsRepository } from '@avrr/persistence/views/programme-views.repository';
import { ToUpperCase } from '../common/validators';

// Until accounts and roles exist, views are computed with the service's own scope; the access issue replaces this.
const REQUEST_SCOPE = SYSTEM_SCOPE;

class ViewQuery {
  @ApiPropertyOptional({ example: 'SN', description: 'Only cases returning to this country (ISO 3166-1 alpha-2).' })
  @IsOptional()
  @ToUpperCase()
  @IsISO31661Alpha2({ message: 'must be an ISO 3166-1 alpha-2 country code' })
  countryOfReturn?: string;

  @ApiPropertyOptional({ example: 'PARIS', description: 'Only cases of this host office.' })
  @IsOptional()
  @ToUpperCase()
  @Matches(/^[A-Z0-9][A-Z0-9_-]{1,63}$/, { message: 'must be an office code' })
  hostOffice?: string;
}

class StageCountView {
  @ApiProperty() stage: string;
  @ApiProperty() cases: number;
}

class TimeInStageView {
  @ApiProperty() stage: string;
  @ApiProperty({ description: 'Open cases in this stage.' }) cases: number;
  @ApiProperty({ description: 'Median days spent in the stage so far.' }) medianDays: number;
  @ApiProperty({ description: '90th percentile of days in the stage so far.' }) p90Days: number;
}

class OverdueView {
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty() reference: string;
  @ApiProperty() countryOfReturn: string;
  @ApiPropertyOptional({ nullable: true, description: 'What is overdue: the plan or a follow-up visit.' }) waitingFor: string | null;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty() daysOverdue: number;
}

/** Dashboards for partners and the programme, from the read model. */
@ApiTags('programme views')
@Controller('views')
export class ProgrammeViewsController {
  constructor(private readonly views: ProgrammeViewsRepository) {}

  @Get('cases-by-stage')
  @ApiOperation({ summary: 'How many cases are in each stage' })
  @ApiOkResponse({ type: [StageCountView] })
  casesByStage(@Query() query: ViewQuery): Promise<StageCountView[]> {
    return this.views.casesByStage(REQUEST_SCOPE, query);
  }

  @Get('time-in-stage')
  @ApiOperation({ summary: 'How long open cases have been in their stage, by stage' })
  @ApiOkResponse({ type: [TimeInStageView] })
  timeInStage(@Query() query: ViewQuery): Promise<TimeInStageView[]> {
    return this.views.timeInStage(REQUEST_SCOPE, query, new Date());
  }

  @Get('overdue-follow-ups')
  @ApiOperation({ summary: 'Cases after arrival whose plan or follow-up visit is overdue, most overdue first' })
  @ApiOkResponse({ type: [OverdueView] })
  async overdueFollowUps(@Query() query: ViewQuery): Promise<OverdueView[]> {
    const rows = await this.views.overdueFollowUps(REQUEST_SCOPE, query, new Date());
    return rows.map((r) => ({ ...r, dueAt: r.dueAt.toISOString() }));
  }
}
