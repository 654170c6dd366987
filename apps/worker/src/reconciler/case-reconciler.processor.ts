import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { AppConfig } from '@avrr/config';
import { CaseRepository } from '@avrr/persistence';
import { CaseWorkflowStarter } from '@avrr/temporal';

export const MAINTENANCE_QUEUE = 'maintenance';
const RECONCILE_JOB = 'reconcile-case-workflows';
const BATCH = 100;

/**
 * Finishes intakes that a crash cut in half: a case row saved but its workflow start never confirmed.
 * Runs on a BullMQ schedule, so one run happens at a time however many workers there are.
 */
@Processor(MAINTENANCE_QUEUE)
export class CaseReconcilerProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(CaseReconcilerProcessor.name);

  constructor(
    @InjectQueue(MAINTENANCE_QUEUE) private readonly queue: Queue,
    private readonly cases: CaseRepository,
    private readonly starter: CaseWorkflowStarter,
    private readonly config: AppConfig,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    // One run at a time across every worker: a run longer than the period, or a second worker upserting the schedule
    // while the first run is active, would otherwise start a run beside it.
    await this.queue.setGlobalConcurrency(1);
    await this.queue.upsertJobScheduler(
      RECONCILE_JOB,
      { every: this.config.reconciler.everySeconds * 1000 },
      { name: RECONCILE_JOB, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
  }

  async process(): Promise<{ started: number; failed: number }> {
    const before = new Date(Date.now() - this.config.reconciler.afterSeconds * 1000);
    let started = 0;
    let failed = 0;
    // One batch a run: a case that keeps failing stays in the next run's batch without blocking this one.
    for (const entity of await this.cases.findUnstarted(before, BATCH)) {
      try {
        await this.starter.ensureStarted(entity);
        started += 1;
      } catch (error) {
        failed += 1;
        this.logger.error(`case ${entity.reference}: workflow start failed again: ${String(error)}`);
      }
    }
    if (started > 0) this.logger.warn(`started ${started} case workflow(s) left behind by an interrupted intake`);
    return { started, failed };
  }
}
