import { Controller, Get, Query, type StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import {
  type Principal,
  VULNERABILITIES,
  VULNERABILITY_CATEGORY,
  type Vulnerability,
  visibleCategories,
} from '@avrr/domain';
import type { CaseScope } from '@avrr/persistence';
import {
  OUTCOME_PERIODS,
  type OutcomePeriod,
  OutcomeReportRepository,
} from '@avrr/persistence/views/outcome-report.repository';
import { CurrentPrincipal, CurrentScope, RequirePermission } from '../auth/access.decorators';
import { RequestValidationError } from '../common/request-validation.error';
import { IsCalendarDate } from '../common/validators';
import { ApiViewResponse } from './view-download';
import { filterOf, round3, ViewQuery, viewAnswer } from './view-query';

class OutcomeQuery extends ViewQuery {
  @ApiPropertyOptional({ example: '2026-01-01', description: 'First day of arrival counted (YYYY-MM-DD, UTC).' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'Last day of arrival counted, inclusive (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({ enum: OUTCOME_PERIODS, default: 'quarter', description: 'The length of a period.' })
  @IsOptional()
  @IsIn(OUTCOME_PERIODS, { message: `must be one of: ${OUTCOME_PERIODS.join(', ')}` })
  period?: OutcomePeriod;
}

const OUTCOME_VULNERABILITIES = ['all', 'none', ...VULNERABILITIES] as const;

class OutcomeRowView {
  @ApiProperty({ example: 'SN' }) countryOfReturn: string;
  @ApiProperty({ example: '2026-Q1', description: 'The period of arrival: 2026-03 (month), 2026-Q1, or 2026.' })
  period: string;
  @ApiProperty({
    enum: OUTCOME_VULNERABILITIES,
    description:
      '`all`: every case of the country and period. A flag: the cases whose household holds it (a case with two ' +
      'flags counts under both). `none`: the cases whose household holds no flag the reader may see.',
  })
  vulnerability: string;
  @ApiProperty({ description: 'Cases whose arrival in the country of return was recorded in the period.' })
  returned: number;
  @ApiProperty({ description: 'Of those, the cases closed with the outcome completed (reintegration completed).' })
  reintegrationCompleted: number;
  @ApiProperty({ description: 'Of those, the cases with at least one follow-up survey.' }) surveyed: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.625,
    description:
      "Mean of each surveyed case's latest composite sustainability score (highest visit number), 0 to 1, rounded " +
      'to 3 decimals; null when no case was surveyed.',
  })
  meanLatestComposite: number | null;
  @ApiProperty({
    description: "Links of those cases' people to opportunities whose last step is placed (two placements count two).",
  })
  placements: number;
}

const COLUMNS = [
  'countryOfReturn',
  'period',
  'vulnerability',
  'returned',
  'reintegrationCompleted',
  'surveyed',
  'meanLatestComposite',
  'placements',
] as const;

/** The flags a role sees on a case (case-visibility.ts drops the others): the report groups by those alone. */
function visibleFlags(principal: Principal): Vulnerability[] {
  const visible = visibleCategories(principal.role);
  return VULNERABILITIES.filter((f) => {
    const category = VULNERABILITY_CATEGORY[f];
    return !category || visible.has(category);
  });
}

/** The outcome report for donors, from the read model. */
@ApiTags('programme views')
@Controller('views')
export class OutcomeReportController {
  constructor(private readonly report: OutcomeReportRepository) {}

  @Get('outcomes')
  @RequirePermission('views.outcomes')
  @ApiOperation({
    summary: 'Outcomes for donors by country of return, period of arrival and vulnerability',
    description:
      'Over the cases in scope whose arrival in the country of return was recorded (from/to bound the day of ' +
      'arrival, UTC), one row per country, period and vulnerability, `all` first: cases returned, reintegration ' +
      "completed (closed as completed), surveyed, the mean of each surveyed case's latest composite score, and " +
      'placements. Cases still under way count as returned and not completed. Sorted by country, period, then ' +
      'vulnerability.',
  })
  @ApiViewResponse(OutcomeRowView, { isArray: true })
  async outcomes(
    @Query() query: OutcomeQuery,
    @CurrentScope() scope: CaseScope,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OutcomeRowView[] | StreamableFile> {
    if (query.from && query.to && query.to < query.from)
      throw new RequestValidationError([{ field: 'to', reason: 'must be on or after from' }]);
    const period = query.period ?? 'quarter';
    const found = await this.report.outcomes(
      scope,
      { ...filterOf(query), from: query.from, to: query.to, visibleFlags: visibleFlags(principal) },
      period,
    );
    const rows = found.map((r) => ({
      ...r,
      meanLatestComposite: r.meanLatestComposite === null ? null : round3(r.meanLatestComposite),
    }));
    const name = `outcomes-by-${period}`;
    return viewAnswer(query.format, name, rows, () => [{ name, columns: COLUMNS, rows }]);
  }
}
