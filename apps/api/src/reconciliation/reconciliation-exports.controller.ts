import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Principal } from '@avrr/domain';
import { CurrentPrincipal, RequirePermission } from '../auth/access.decorators';
import { ReconciliationExportView, StartReconciliationExportDto } from './dto/reconciliation.dto';
import { ReconciliationExportsService } from './reconciliation-exports.service';

@ApiTags('reconciliation: exports of transfers and grant tranches tied to the ledger')
@Controller('reconciliation-exports')
export class ReconciliationExportsController {
  constructor(private readonly service: ReconciliationExportsService) {}

  @Post()
  @RequirePermission('reconciliation.export')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Start a reconciliation export for a programme and period (a BullMQ job)',
    description:
      'Every transfer instruction and grant tranche of the host office’s cases created in the period, with status, amount and what the ledger ' +
      'holds for it; then totals by item, status and currency beside the ledger’s sums, each marked as tying or not. Poll the status, then download.',
  })
  @ApiAcceptedResponse({ type: ReconciliationExportView })
  @ApiConflictResponse({ description: 'The role may not export.' })
  start(
    @Body() dto: StartReconciliationExportDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReconciliationExportView> {
    return this.service.start(dto, principal);
  }

  @Get(':exportId')
  @RequirePermission('reconciliation.export')
  @ApiOperation({
    summary: 'The export’s state and progress (percent of cases read); totals and the download link once completed',
  })
  @ApiOkResponse({ type: ReconciliationExportView })
  @ApiNotFoundResponse({ description: 'No such export (or it has expired).' })
  status(
    @Param('exportId', ParseUUIDPipe) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReconciliationExportView> {
    return this.service.status(id, principal);
  }

  @Get(':exportId/csv')
  @RequirePermission('reconciliation.export')
  @ApiProduces('text/csv')
  @ApiOperation({
    summary: 'Download the CSV (RFC 4180, UTF-8): item lines, then total lines; amounts in minor and major units',
  })
  @ApiOkResponse({ description: 'The CSV.', content: { 'text/csv': { schema: { type: 'string' } } } })
  @ApiNotFoundResponse({ description: 'No such export.' })
  @ApiConflictResponse({ description: 'export_not_ready: still waiting or running, or failed.' })
  async csv(
    @Param('exportId', ParseUUIDPipe) id: string,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { csv, filename } = await this.service.csv(id, principal);
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${filename}"`);
    return csv;
  }
}
