import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConflictResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '@avrr/domain';
import { CurrentActor } from '../common/actor.decorator';
import { ReconciliationExportView, StartReconciliationExportDto } from './dto/reconciliation.dto';
import { ReconciliationExportsService } from './reconciliation-exports.service';

@ApiTags('reconciliation: exports of transfers and grant tranches tied to the ledger')
@Controller('reconciliation-exports')
export class ReconciliationExportsController {
  constructor(private readonly service: ReconciliationExportsService) {}

  @Post()
  @HttpCode(202)
  @ApiHeader({ name: 'X-Actor-Role', required: true, description: 'finance_officer or supervisor' })
  @ApiOperation({
    summary: 'Start a reconciliation export for a programme and period (a BullMQ job)',
    description:
      'Every transfer instruction and grant tranche of the host office’s cases created in the period, with status, amount and what the ledger ' +
      'holds for it; then totals by item, status and currency beside the ledger’s sums, each marked as tying or not. Poll the status, then download.',
  })
  @ApiAcceptedResponse({ type: ReconciliationExportView })
  @ApiConflictResponse({ description: 'The role may not export.' })
  start(@Body() dto: StartReconciliationExportDto, @CurrentActor() actor: Actor): Promise<ReconciliationExportView> {
    return this.service.start(dto, actor);
  }

  @Get(':exportId')
  @ApiOperation({ summary: 'The export’s state and progress (percent of cases read); totals and the download link once completed' })
  @ApiOkResponse({ type: ReconciliationExportView })
  @ApiNotFoundResponse({ description: 'No such export (or it has expired).' })
  status(@Param('exportId', ParseUUIDPipe) id: string): Promise<ReconciliationExportView> {
    return this.service.status(id);
  }

  @Get(':exportId/csv')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Download the CSV (RFC 4180, UTF-8): item lines, then total lines; amounts in minor and major units' })
  @ApiOkResponse({ description: 'The CSV.' })
  @ApiNotFoundResponse({ description: 'No such export.' })
  @ApiConflictResponse({ description: 'export_not_ready: still waiting or running, or failed.' })
  async csv(@Param('exportId', ParseUUIDPipe) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const { csv, filename } = await this.service.csv(id);
    void reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${filename}"`);
    return csv;
  }
}
