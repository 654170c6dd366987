import { Controller, Get, Query, type StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import type { CaseScope } from '@avrr/persistence';
import {
  PLACEMENT_TYPES,
  ProgrammeViewsRepository,
  SUSTAINABILITY_GROUPINGS,
  type SustainabilityGrouping,
} from '@avrr/persistence/views/programme-views.repository';
import { CurrentScope, RequirePermission } from '../auth/access.decorators';
import { ApiViewResponse } from './view-download';
import { filterOf, round3, ViewQuery, viewAnswer } from './view-query';

/** The columns of a view's file: the JSON fields of its rows, in their order. */
const COLUMNS = {
  casesByStage: ['stage', 'cases'],
  timeInStage: ['stage', 'cases', 'medianDays', 'p90Days'],
  overdue: ['caseId', 'reference', 'countryOfReturn', 'waitingFor', 'dueAt', 'daysOverdue'],
  placements: ['type', 'placed', 'declined', 'open'],
  sustainability: [
    'group',
    'surveys',
    'compositeMean',
    'compositeP25',
    'compositeMedian',
    'compositeP75',
    'economicMean',
    'socialMean',
    'psychosocialMean',
  ],
  scoreChangeCases: [
    'caseId',
    'reference',
    'countryOfReturn',
    'surveys',
    'firstVisit',
    'firstComposite',
    'latestVisit',
    'latestComposite',
    'change',
  ],
  scoreChangeSummary: ['cases', 'meanChange', 'improved', 'worsened', 'unchanged'],
} as const;

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
  @ApiPropertyOptional({ type: String, nullable: true, description: 'What is overdue: the plan or a follow-up visit.' })
  waitingFor: string | null;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty() daysOverdue: number;
}

class SustainabilityQuery extends ViewQuery {
  @ApiProperty({
    enum: SUSTAINABILITY_GROUPINGS,
    description:
      "Group by the case's country of return, or by assistance type: each dimension (economic, social, psychosocial) " +
      "the case's reintegration plan has a component in.",
  })
  @IsIn(SUSTAINABILITY_GROUPINGS, { message: `must be one of: ${SUSTAINABILITY_GROUPINGS.join(', ')}` })
  by: SustainabilityGrouping;
}

class PlacementsByTypeView {
  @ApiProperty({ enum: PLACEMENT_TYPES }) type: string;
  @ApiProperty({ description: 'Links whose last step is placed.' }) placed: number;
  @ApiProperty({ description: 'Links whose last step is declined.' }) declined: number;
  @ApiProperty({ description: 'Links still open: proposed, referred or interview.' }) open: number;
}

class SustainabilityGroupView {
  @ApiProperty({
    example: 'SN',
    description: 'The country of return (by=country) or the assistance type (by=assistance).',
  })
  group: string;
  @ApiProperty({ description: 'Cases counted, each by its latest survey (highest visit number).' }) surveys: number;
  @ApiProperty({ example: 0.45, description: 'Mean composite score, 0 to 1, rounded to 3 decimals.' })
  compositeMean: number;
  @ApiProperty({ example: 0.375, description: 'First quartile of the composite score (interpolated).' })
  compositeP25: number;
  @ApiProperty({ example: 0.45, description: 'Median composite score (interpolated).' }) compositeMedian: number;
  @ApiProperty({ example: 0.525, description: 'Third quartile of the composite score (interpolated).' })
  compositeP75: number;
  @ApiProperty({ description: 'Mean economic dimension score.' }) economicMean: number;
  @ApiProperty({ description: 'Mean social dimension score.' }) socialMean: number;
  @ApiProperty({ description: 'Mean psychosocial dimension score.' }) psychosocialMean: number;
}

class ScoreChangeCaseView {
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty() reference: string;
  @ApiProperty() countryOfReturn: string;
  @ApiProperty({ description: 'Surveys recorded for the case (at least two).' }) surveys: number;
  @ApiProperty({ description: 'Visit number of the first survey.' }) firstVisit: number;
  @ApiProperty({ description: 'Composite score at the first survey, rounded to 3 decimals.' }) firstComposite: number;
  @ApiProperty({ description: 'Visit number of the latest survey.' }) latestVisit: number;
  @ApiProperty({ description: 'Composite score at the latest survey, rounded to 3 decimals.' }) latestComposite: number;
  @ApiProperty({
    description: 'latestComposite − firstComposite, computed in full precision then rounded to 3 decimals.',
  })
  change: number;
}

class ScoreChangeSummaryView {
  @ApiProperty({ description: 'Cases in scope with at least two surveys.' }) cases: number;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'Mean change over those cases; null when there are none.',
  })
  meanChange: number | null;
  @ApiProperty({ description: 'Cases whose change rounds to more than 0.000.' }) improved: number;
  @ApiProperty({ description: 'Cases whose change rounds to less than 0.000.' }) worsened: number;
  @ApiProperty({ description: 'Cases whose change rounds to 0.000 (under 0.0005 either way).' }) unchanged: number;
}

class ScoreChangeView {
  @ApiProperty({ type: ScoreChangeSummaryView, description: 'Over every case in scope with at least two surveys.' })
  summary: ScoreChangeSummaryView;
  @ApiProperty({ type: [ScoreChangeCaseView], description: 'One row per such case, most worsened first, at most 500.' })
  cases: ScoreChangeCaseView[];
}

/** Dashboards for partners and the programme, from the read model. */
@ApiTags('programme views')
@Controller('views')
export class ProgrammeViewsController {
  constructor(private readonly views: ProgrammeViewsRepository) {}

  @Get('cases-by-stage')
  @RequirePermission('views.read')
  @ApiOperation({ summary: 'How many cases are in each stage' })
  @ApiViewResponse(StageCountView, { isArray: true })
  async casesByStage(
    @Query() query: ViewQuery,
    @CurrentScope() scope: CaseScope,
  ): Promise<StageCountView[] | StreamableFile> {
    const rows = await this.views.casesByStage(scope, filterOf(query));
    return viewAnswer(query.format, 'cases-by-stage', rows, () => [
      { name: 'cases-by-stage', columns: COLUMNS.casesByStage, rows },
    ]);
  }

  @Get('time-in-stage')
  @RequirePermission('views.read')
  @ApiOperation({ summary: 'How long open cases have been in their stage, by stage' })
  @ApiViewResponse(TimeInStageView, { isArray: true })
  async timeInStage(
    @Query() query: ViewQuery,
    @CurrentScope() scope: CaseScope,
  ): Promise<TimeInStageView[] | StreamableFile> {
    const rows = await this.views.timeInStage(scope, filterOf(query), new Date());
    return viewAnswer(query.format, 'time-in-stage', rows, () => [
      { name: 'time-in-stage', columns: COLUMNS.timeInStage, rows },
    ]);
  }

  @Get('overdue-follow-ups')
  @RequirePermission('views.read')
  @ApiOperation({ summary: 'Cases after arrival whose plan or follow-up visit is overdue, most overdue first' })
  @ApiViewResponse(OverdueView, { isArray: true })
  async overdueFollowUps(
    @Query() query: ViewQuery,
    @CurrentScope() scope: CaseScope,
  ): Promise<OverdueView[] | StreamableFile> {
    const found = await this.views.overdueFollowUps(scope, filterOf(query), new Date());
    const rows = found.map((r) => ({ ...r, dueAt: r.dueAt.toISOString() }));
    return viewAnswer(query.format, 'overdue-follow-ups', rows, () => [
      { name: 'overdue-follow-ups', columns: COLUMNS.overdue, rows },
    ]);
  }

  @Get('placements-by-type')
  @RequirePermission('views.read')
  @ApiOperation({
    summary: 'Links to opportunities by opportunity type: placed, declined and still open',
    description:
      'Counts links (a person linked to two jobs counts twice) by the status of their last step; open means proposed, ' +
      'referred or interview. Every type is listed, with zeros when it has no links. Links to withdrawn opportunities ' +
      'still count. Scope and filters apply to the linked case.',
  })
  @ApiViewResponse(PlacementsByTypeView, { isArray: true })
  async placementsByType(
    @Query() query: ViewQuery,
    @CurrentScope() scope: CaseScope,
  ): Promise<PlacementsByTypeView[] | StreamableFile> {
    const rows = await this.views.placementsByType(scope, filterOf(query));
    return viewAnswer(query.format, 'placements-by-type', rows, () => [
      { name: 'placements-by-type', columns: COLUMNS.placements, rows },
    ]);
  }

  @Get('sustainability-scores')
  @RequirePermission('views.read')
  @ApiOperation({
    summary: 'The sustainability score distribution by country of return or by assistance type',
    description:
      'Each case counts by its latest survey only (highest visit number). by=country groups by the country of return. ' +
      "by=assistance groups by each assistance type (economic, social, psychosocial) present in the case's " +
      'reintegration plan: a case whose plan has economic and social components counts in both groups, so group ' +
      'counts can add up to more than the cases surveyed. Cases without a plan, or whose plan was rejected, are left ' +
      'out of by=assistance. Quartiles are interpolated (percentile_cont). Scores are rounded to 3 decimals.',
  })
  @ApiViewResponse(SustainabilityGroupView, { isArray: true })
  async sustainabilityScores(
    @Query() query: SustainabilityQuery,
    @CurrentScope() scope: CaseScope,
  ): Promise<SustainabilityGroupView[] | StreamableFile> {
    const found = await this.views.sustainabilityScores(scope, filterOf(query), query.by);
    const rows = found.map((r) => ({
      group: r.group,
      surveys: r.surveys,
      compositeMean: round3(r.compositeMean),
      compositeP25: round3(r.compositeP25),
      compositeMedian: round3(r.compositeMedian),
      compositeP75: round3(r.compositeP75),
      economicMean: round3(r.economicMean),
      socialMean: round3(r.socialMean),
      psychosocialMean: round3(r.psychosocialMean),
    }));
    return viewAnswer(query.format, `sustainability-scores-by-${query.by}`, rows, () => [
      { name: `sustainability-by-${query.by}`, columns: COLUMNS.sustainability, rows },
    ]);
  }

  @Get('score-change')
  @RequirePermission('views.read')
  @ApiOperation({
    summary: 'The change in composite score between the first and the latest follow-up survey, per case and overall',
    description:
      'For every case in scope with at least two surveys: the first and latest visit (lowest and highest visit number), ' +
      'their composite scores and the change (latest − first), most worsened first, at most 500 rows; and a summary ' +
      'over all those cases. A change under 0.0005 either way (0.000 once rounded) counts as unchanged. Computed in ' +
      'full precision, rounded to 3 decimals for display.',
  })
  @ApiViewResponse(ScoreChangeView, {
    description: 'The file holds the rows of `cases`; a workbook has `summary` in a second sheet.',
  })
  async scoreChange(
    @Query() query: ViewQuery,
    @CurrentScope() scope: CaseScope,
  ): Promise<ScoreChangeView | StreamableFile> {
    const { summary, cases } = await this.views.scoreChange(scope, filterOf(query));
    const view: ScoreChangeView = {
      summary: { ...summary, meanChange: summary.meanChange === null ? null : round3(summary.meanChange) },
      cases: cases.map((c) => ({
        ...c,
        firstComposite: round3(c.firstComposite),
        latestComposite: round3(c.latestComposite),
        change: round3(c.change),
      })),
    };
    return viewAnswer(query.format, 'score-change', view, () => [
      { name: 'cases', columns: COLUMNS.scoreChangeCases, rows: view.cases },
      { name: 'summary', columns: COLUMNS.scoreChangeSummary, rows: [view.summary] },
    ]);
  }
}
