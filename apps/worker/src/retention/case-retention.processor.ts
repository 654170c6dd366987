import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { AppConfig } from '@avrr/config';
import { CaseRetentionService, RetentionSweepResult } from './case-retention.service';

/** A queue of its own: a second processor on `maintenance` would take the reconciler's jobs. */
export const RETENTION_QUEUE = 'retention';
export const RETENTION_SWEEP_JOB = 'anonymise-closed-cases';

/**
 * The retention sweep on a BullMQ job scheduler, every `RETENTION_SWEEP_EVERY_SECONDS`: one job per period however
 * many workers run. Progress is reported on the job after every page of cases.
 */
@Processor(RETENTION_QUEUE)
export class CaseRetentionProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(RETENTION_QUEUE) private readonly queue: Queue,
    private readonly retention: CaseRetentionService,
    private readonly config: AppConfig,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    // One run at a time across every worker: a run longer than the period, or a second worker upserting the schedule
    // while the first run is active, would otherwise start a run beside it.
    await this.queue.setGlobalConcurrency(1);
    await this.queue.upsertJobScheduler(
      RETENTION_SWEEP_JOB,
      { every: this.config.retention.sweepEverySeconds * 1000 },
      { name: RETENTION_SWEEP_JOB, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
  }

  async process(job: Job): Promise<RetentionSweepResult> {
    return this.retention.sweep(new Date(), (progress) => job.updateProgress({ ...progress }));
  }
}
