import { Inject, Injectable, Logger } from '@nestjs/common';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { AppConfig } from '@avrr/config';
import {
  AuditTrailRepository,
  CaseRetentionRepository,
  DOCUMENT_STORE,
  type DocumentStore,
  RetentionCursor,
} from '@avrr/persistence';
import { ENDED_WORKFLOW_STATUSES } from '@avrr/temporal';

/** Cases read per page; the sweep goes on page after page until none is due. */
export const RETENTION_BATCH = 100;

export interface RetentionSweepProgress {
  /** Cases due when the sweep started. */
  due: number;
  /** Cases looked at so far. */
  processed: number;
  anonymised: number;
  /** Left for a later sweep: the case's workflow still runs (it may be reopened). */
  workflowRunning: number;
  /** No longer due when its turn came (reopened, or done by a concurrent sweep). */
  notDue: number;
  failed: number;
  /** processed / due, 0 to 100. */
  percent: number;
}

export type RetentionSweepResult = Omit<RetentionSweepProgress, 'percent'> & { closedBefore: string };

/**
 * Anonymises closed cases past the retention period (`RETENTION_AFTER_CLOSURE` after closure), one transaction per
 * case, and only those whose workflow no longer runs: a closed case's workflow waits `CLOSED_CASE_REOPEN_WINDOW` for
 * a reopening, and a reopened case must never carry anonymised data back into it. Such a case is skipped and picked
 * up by a later sweep once its workflow has ended.
 */
/** Who the trail names for what the retention sweep does: the service itself, not a person. */
const RETENTION_ACTOR = 'service:retention';

@Injectable()
export class CaseRetentionService {
  private readonly logger = new Logger(CaseRetentionService.name);

  constructor(
    private readonly retention: CaseRetentionRepository,
    private readonly temporal: Client,
    private readonly config: AppConfig,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    private readonly trail: AuditTrailRepository,
  ) {}

  async sweep(
    now: Date = new Date(),
    report?: (progress: RetentionSweepProgress) => Promise<void>,
  ): Promise<RetentionSweepResult> {
    const closedBefore = new Date(now.getTime() - this.config.retention.afterClosureMs);
    const counts = {
      due: await this.retention.countDue(closedBefore),
      processed: 0,
      anonymised: 0,
      workflowRunning: 0,
      notDue: 0,
      failed: 0,
    };
    const progress = (): RetentionSweepProgress => ({
      ...counts,
      percent: counts.due === 0 ? 100 : Math.min(100, Math.round((counts.processed / counts.due) * 100)),
    });
    await report?.(progress());

    let after: RetentionCursor | undefined;
    try {
      for (;;) {
        const page = await this.retention.findDue(closedBefore, RETENTION_BATCH, after);
        if (page.length === 0) break;
        for (const due of page) {
          // A Temporal error ends the sweep (every other check would fail the same way); what is done stays done.
          if (await this.workflowMayRun(due.workflowId)) {
            counts.workflowRunning += 1;
          } else {
            try {
              // The service's own write, audited as the service, in the anonymisation's transaction.
              const done = await this.retention.anonymise(due.id, closedBefore, (em, result) =>
                this.trail.appendIn(em, {
                  actorId: RETENTION_ACTOR,
                  actorRole: 'system',
                  action: 'retention.anonymise',
                  outcome: 'ok',
                  caseId: due.id,
                  changes: [{ path: 'anonymised', after: result }],
                }),
              );
              if (done) counts.anonymised += 1;
              else counts.notDue += 1;
              // The rows went with the transaction; bytes held outside PostgreSQL (an S3 store) go now. Should this
              // fail, the case stays anonymised and the log names the files left in the bucket.
              if (done?.fileIds.length) {
                await this.documents
                  .remove(done.fileIds)
                  .catch((error) =>
                    this.logger.error(
                      `case ${due.reference}: files ${done.fileIds.join(', ')} not removed from the store: ${String(error)}`,
                    ),
                  );
              }
            } catch (error) {
              // Rolled back: the case keeps its data and stays due; the next sweep tries it again.
              counts.failed += 1;
              this.logger.error(`case ${due.reference}: anonymisation failed, rolled back: ${String(error)}`);
            }
          }
          counts.processed += 1;
        }
        const last = page[page.length - 1];
        after = { closedAt: last.closedAt, id: last.id };
        await report?.(progress());
      }
    } finally {
      this.logger.log(
        `retention sweep (closed before ${closedBefore.toISOString()}): ${counts.anonymised} case(s) anonymised, ` +
          `${counts.workflowRunning} skipped (workflow still running), ${counts.notDue} no longer due, ` +
          `${counts.failed} failed, ${counts.processed} of ${counts.due} due looked at`,
      );
    }
    return { ...counts, closedBefore: closedBefore.toISOString() };
  }

  /** True while the case's workflow runs (or its state is unknown); false once it has ended or is gone from Temporal. */
  private async workflowMayRun(workflowId: string): Promise<boolean> {
    try {
      const description = await this.temporal.workflow.getHandle(workflowId).describe();
      return !ENDED_WORKFLOW_STATUSES.has(description.status.name);
    } catch (error) {
      // Never started, or its history deleted after the namespace's retention: nothing can reopen it.
      if (error instanceof WorkflowNotFoundError) return false;
      throw error;
    }
  }
}
