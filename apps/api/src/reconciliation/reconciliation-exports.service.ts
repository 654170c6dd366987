import { randomUUID } from 'node:crypto';
import { InjectQueue } from '@nestjs/bullmq';
import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { AppConfig } from '@avrr/config';
import { caseScopeFor, DomainError, type Principal } from '@avrr/domain';
import { withinRedisDeadline } from '@avrr/messaging';
import {
  RECONCILIATION_EXPORT_JOB,
  RECONCILIATION_EXPORT_QUEUE,
  type ReconciliationExportJob,
  type ReconciliationExportResult,
} from '@avrr/messaging/reconciliation-export-job';
import { RequestValidationError } from '../common/request-validation.error';
import { ReconciliationExportView, StartReconciliationExportDto } from './dto/reconciliation.dto';

const MAX_PERIOD_DAYS = 366;

/** Starts reconciliation exports on BullMQ and reads their state, progress and CSV back from the job. */
@Injectable()
export class ReconciliationExportsService {
  constructor(
    @InjectQueue(RECONCILIATION_EXPORT_QUEUE)
    private readonly exports: Queue<ReconciliationExportJob, ReconciliationExportResult>,
    private readonly config: AppConfig,
  ) {}

  async start(dto: StartReconciliationExportDto, principal: Principal): Promise<ReconciliationExportView> {
    this.checkOffice(dto.hostOffice, principal);
    const days = (Date.parse(dto.to) - Date.parse(dto.from)) / 86_400_000;
    if (days < 0) throw new RequestValidationError([{ field: 'to', reason: 'must be on or after from' }]);
    if (days >= MAX_PERIOD_DAYS)
      throw new RequestValidationError([{ field: 'to', reason: `the period is at most ${MAX_PERIOD_DAYS} days` }]);
    const id = randomUUID();
    const queued = this.exports.add(
      RECONCILIATION_EXPORT_JOB,
      {
        hostOffice: dto.hostOffice,
        countryOfReturn: dto.countryOfReturn ?? null,
        from: dto.from,
        to: dto.to,
        requestedBy: principal.name,
        requestedAt: new Date().toISOString(),
      },
      // Read-only, so a retry after a crash simply builds it again.
      {
        jobId: id,
        attempts: 3,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: { age: 7 * 24 * 3600 },
        removeOnFail: { age: 30 * 24 * 3600 },
      },
    );
    await withinRedisDeadline('the export request', this.config.deadlines.redisMs, queued);
    return this.status(id, principal);
  }

  async status(id: string, principal: Principal): Promise<ReconciliationExportView> {
    const job = await this.job(id, principal);
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
      ...(result
        ? {
            rows: result.rows,
            cases: result.cases,
            totals: result.totals,
            ties: result.ties,
            downloadUrl: `/reconciliation-exports/${id}/csv`,
          }
        : {}),
      ...(state === 'failed' ? { error: job.failedReason } : {}),
    };
  }

  async csv(id: string, principal: Principal): Promise<{ csv: string; filename: string }> {
    const job = await this.job(id, principal);
    const state = await job.getState();
    if (state !== 'completed' || !job.returnvalue) {
      throw new DomainError('export_not_ready', `The export is ${state}; download it once it is completed.`);
    }
    const { hostOffice, countryOfReturn, from, to } = job.data;
    return {
      csv: job.returnvalue.csv,
      filename: `reconciliation-${hostOffice}${countryOfReturn ? `-${countryOfReturn}` : ''}-${from}-${to}.csv`,
    };
  }

  /** An export of an office the caller does not cover reads as absent, like a case out of scope. */
  private async job(
    id: string,
    principal: Principal,
  ): Promise<Job<ReconciliationExportJob, ReconciliationExportResult>> {
    const job = await Job.fromId<ReconciliationExportJob, ReconciliationExportResult>(this.exports, id);
    const offices = caseScopeFor(principal).offices;
    if (!job || (offices && !offices.includes(job.data.hostOffice))) {
      throw new NotFoundException({ code: 'export_not_found', message: `No reconciliation export ${id}.` });
    }
    return job;
  }

  /** Supervisors export their own offices; finance officers work programme-wide. */
  private checkOffice(hostOffice: string, principal: Principal): void {
    const offices = caseScopeFor(principal).offices;
    if (offices && !offices.includes(hostOffice)) {
      throw new ForbiddenException({
        code: 'office_out_of_scope',
        message: `You may export your own offices only (${offices.join(', ') || 'none'}).`,
      });
    }
  }
}
