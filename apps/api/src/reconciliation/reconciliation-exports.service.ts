import { randomUUID } from 'node:crypto';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, NotFoundException } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { type Actor, DomainError } from '@avrr/domain';
import {
  RECONCILIATION_EXPORT_JOB,
  RECONCILIATION_EXPORT_QUEUE,
  type ReconciliationExportJob,
  type ReconciliationExportResult,
} from '@avrr/messaging/reconciliation-export-job';
import { RequestValidationError } from '../common/request-validation.error';
import { ReconciliationExportView, StartReconciliationExportDto } from './dto/reconciliation.dto';

const ROLES = ['finance_officer', 'supervisor'];
const MAX_PERIOD_DAYS = 366;

/** Starts reconciliation exports on BullMQ and reads their state, progress and CSV back from the job. */
@Injectable()
export class ReconciliationExportsService {
  constructor(@InjectQueue(RECONCILIATION_EXPORT_QUEUE) private readonly exports: Queue<ReconciliationExportJob, ReconciliationExportResult>) {}

  async start(dto: StartReconciliationExportDto, actor: Actor): Promise<ReconciliationExportView> {
    if (!ROLES.includes(actor.role)) {
      throw new DomainError('role_not_allowed', `A ${actor.role.replace(/_/g, ' ')} cannot export the reconciliation; only a finance officer or supervisor can.`);
    }
    const days = (Date.parse(dto.to) - Date.parse(dto.from)) / 86_400_000;
    if (days < 0) throw new RequestValidationError([{ field: 'to', reason: 'must be on or after from' }]);
    if (days >= MAX_PERIOD_DAYS) throw new RequestValidationError([{ field: 'to', reason: `the period is at most ${MAX_PERIOD_DAYS} days` }]);
    const id = randomUUID();
    await this.exports.add(
      RECONCILIATION_EXPORT_JOB,
      {
        hostOffice: dto.hostOffice,
        countryOfReturn: dto.countryOfReturn ?? null,
        from: dto.from,
        to: dto.to,
        requestedBy: actor.name,
        requestedAt: new Date().toISOString(),
      },
      // Read-only, so a retry after a crash simply builds it again.
      { jobId: id, attempts: 3, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: { age: 7 * 24 * 3600 }, removeOnFail: { age: 30 * 24 * 3600 } },
    );
    return this.status(id);
  }

  async status(id: string): Promise<ReconciliationExportView> {
    const job = await this.job(id);
    const state = await job.getState();
    const result = state === 'completed' ? job.returnvalue : undefined;
    return {
      id,
      state,
      progress: typeof job.progress === 'number' ? job.progress : 0,
      hostOffice: job.data.hostOffice,
      countryOfReturn: job.data.countryOfReturn,
      from: job.data.from,
      to: job.data.to,
      requestedAt: job.data.requestedAt,
      ...(result ? { rows: result.rows, cases: result.cases, totals: result.totals, ties: result.ties, downloadUrl: `/reconciliation-exports/${id}/csv` } : {}),
      ...(state === 'failed' ? { error: job.failedReason } : {}),
    };
  }

  async csv(id: string): Promise<{ csv: string; filename: string }> {
    const job = await this.job(id);
    const state = await job.getState();
    if (state !== 'completed' || !job.returnvalue) {
      throw new DomainError('export_not_ready', `The export is ${state}; download it once it is completed.`);
    }
    const { hostOffice, countryOfReturn, from, to } = job.data;
    return { csv: job.returnvalue.csv, filename: `reconciliation-${hostOffice}${countryOfReturn ? `-${countryOfReturn}` : ''}-${from}-${to}.csv` };
  }

  private async job(id: string): Promise<Job<ReconciliationExportJob, ReconciliationExportResult>> {
    const job = await Job.fromId<ReconciliationExportJob, ReconciliationExportResult>(this.exports, id);
    if (!job) throw new NotFoundException({ code: 'export_not_found', message: `No reconciliation export ${id}.` });
    return job;
  }
}
