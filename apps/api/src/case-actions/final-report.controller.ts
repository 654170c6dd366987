import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { Principal } from '@avrr/domain';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { IdempotencyKey } from '../common/idempotency-key.decorator';
import { AnswersSnapshot, CaseActionsApi } from './case-action.decorators';
import { CaseActionsService } from './case-actions.service';
import { ReasonDto } from './dto/counselling.dto';
import { SubmitFinalReportDto, ValidateFinalReportDto } from './dto/final-report.dto';
import { FinalReportService } from './final-report.service';

/** The final report of reintegration (issue 16, part 5): filed by the partner, decided by the supervisor. */
@CaseActionsApi()
@Controller('cases/:id/final-report')
export class FinalReportController {
  constructor(
    private readonly actions: CaseActionsService,
    private readonly reports: FinalReportService,
  ) {}

  @Post()
  @AnswersSnapshot()
  @RequirePermission('case.submit_final_report')
  @ApiOperation({
    summary: 'File the final report of reintegration (partner)',
    description:
      'What was delivered against each budget line of the approved plan (exact minor units, the line currency), ' +
      'with the proofs of payment and invoices already in the case file, and a narrative. The last sustainability ' +
      'scores are copied from the latest survey recorded on the case. Filed again after a return.',
  })
  submit(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SubmitFinalReportDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.reports.submit(id, dto, actor, key);
  }

  @Post('validation')
  @AnswersSnapshot()
  @RequirePermission('case.validate_final_report')
  @ApiOperation({
    summary: 'Validate the final report (supervisor)',
    description: 'A case closes as `completed` once its final report is validated.',
  })
  validate(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ValidateFinalReportDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.actions.execute(id, { type: 'validate_final_report', note: dto.note ?? null }, actor, key);
  }

  @Post('return')
  @AnswersSnapshot()
  @RequirePermission('case.return_final_report')
  @ApiOperation({ summary: 'Send the final report back to the partner with a reason (supervisor)' })
  returnReport(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReasonDto,
    @CurrentPrincipal() actor: Principal,
    @IdempotencyKey() key?: string,
  ) {
    return this.actions.execute(id, { type: 'return_final_report', reason: dto.reason }, actor, key);
  }
}
