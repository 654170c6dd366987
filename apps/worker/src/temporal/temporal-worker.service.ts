import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { NativeConnection, Worker, WorkerOptions } from '@temporalio/worker';
import { AppConfig } from '@avrr/config';
import { workerWorkflowSourceOptions } from '@avrr/workflows/workflow-bundle';
import { CaseActivitiesService } from '../activities/case-activities.service';

/** Runs the Temporal worker inside the Nest app; on shutdown it drains before connections close. */
@Injectable()
export class TemporalWorkerService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(TemporalWorkerService.name);
  private connection?: NativeConnection;
  private worker?: Worker;
  private running?: Promise<void>;

  constructor(
    private readonly config: AppConfig,
    private readonly activities: CaseActivitiesService,
  ) {}

  get state(): string {
    return this.worker?.getState() ?? 'NOT_STARTED';
  }

  async onApplicationBootstrap(): Promise<void> {
    const { address, namespace, taskQueue, workflowBundlePath } = this.config.temporal;
    this.connection = await NativeConnection.connect({ address });
    const workflows: Partial<WorkerOptions> = workflowBundlePath
      ? { workflowBundle: { codePath: workflowBundlePath } }
      : workerWorkflowSourceOptions();
    this.worker = await Worker.create({
      connection: this.connection,
      namespace,
      taskQueue,
      activities: this.activities.toActivities(),
      ...workflows,
      // Bounded by configuration (README: sizing the worker), so memory does not grow with the cases touched.
      maxCachedWorkflows: this.config.worker.maxCachedWorkflows,
      maxConcurrentActivityTaskExecutions: this.config.worker.maxConcurrentActivities,
      maxConcurrentWorkflowTaskExecutions: this.config.worker.maxConcurrentWorkflowTasks,
      shutdownGraceTime: '20 seconds',
    });
    this.running = this.worker.run().catch((error: unknown) => {
      this.logger.error(`Temporal worker stopped: ${String(error)}`);
      // A worker that died cannot do its job: let the supervisor restart the process.
      process.exitCode = 1;
      process.kill(process.pid, 'SIGTERM');
    });
    this.logger.log(`Temporal worker polling ${taskQueue} on ${address}`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running;
    await this.connection?.close();
    this.logger.log('Temporal worker drained');
  }
}
