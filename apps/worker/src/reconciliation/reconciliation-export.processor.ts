import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import {
  csvItemLine,
  csvLine,
  csvTotalLine,
  RECONCILIATION_CSV_HEADER,
  type ReconciliationRow,
  reconciliationTotals,
} from '@avrr/domain';
import {
  RECONCILIATION_EXPORT_QUEUE,
  type ReconciliationExportJob,
  ReconciliationExportJobPayload,
  type ReconciliationExportResult,
} from '@avrr/messaging/reconciliation-export-job';
import { ReconciliationRepository } from '@avrr/persistence';

/** Cases read per page; progress is reported after each page. */
export const RECONCILIATION_CASES_PER_PAGE = 50;

/**
 * Builds the CSV of a programme's transfers and tranches for a period, page of cases by page, reporting progress,
 * then the totals by item, status and currency beside the ledger's sums. Read-only: a retried job builds it again.
 */
@Processor(RECONCILIATION_EXPORT_QUEUE)
export class ReconciliationExportProcessor extends WorkerHost {
  private readonly logger = new Logger(ReconciliationExportProcessor.name);

  constructor(private readonly reconciliation: ReconciliationRepository) {
    super();
  }

  async process(job: Job<ReconciliationExportJob>): Promise<ReconciliationExportResult> {
    const payload = plainToInstance(ReconciliationExportJobPayload, job.data);
    const errors = validateSync(payload, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0)
      throw new UnrecoverableError(`invalid reconciliation export job: ${errors.map((e) => e.property).join(', ')}`);
    const from = new Date(`${payload.from}T00:00:00.000Z`);
    const until = new Date(Date.parse(`${payload.to}T00:00:00.000Z`) + 86_400_000);
    const filter = { hostOffice: payload.hostOffice, countryOfReturn: payload.countryOfReturn ?? null, from, until };

    const caseIds = await this.reconciliation.caseIds(filter);
    const all: ReconciliationRow[] = [];
    let csv = csvLine([...RECONCILIATION_CSV_HEADER]);
    for (let i = 0; i < caseIds.length; i += RECONCILIATION_CASES_PER_PAGE) {
      const rows = await this.reconciliation.rows(caseIds.slice(i, i + RECONCILIATION_CASES_PER_PAGE), filter);
      for (const row of rows) csv += csvItemLine(row);
      all.push(...rows);
      await job.updateProgress(
        Math.floor((Math.min(i + RECONCILIATION_CASES_PER_PAGE, caseIds.length) * 100) / caseIds.length),
      );
    }
    const totals = reconciliationTotals(all);
    for (const total of totals) csv += csvTotalLine(total);
    await job.updateProgress(100);
    this.logger.log(
      `reconciliation export ${job.id} for ${payload.hostOffice}: ${caseIds.length} cases, ${all.length} rows`,
    );
    return {
      csv,
      rows: all.length,
      cases: caseIds.length,
      totals: totals.map((t) => ({
        ...t,
        amountMinor: t.amountMinor.toString(),
        ledgerAmountMinor: t.ledgerAmountMinor.toString(),
      })),
      ties: totals.every((t) => t.ties),
      finishedAt: new Date().toISOString(),
    };
  }
}
