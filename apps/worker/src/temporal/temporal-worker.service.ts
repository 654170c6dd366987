import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { NativeConnection, Runtime, Worker, WorkerOptions } from '@temporalio/worker';
import {
  makeWorkflowExporter,
  OpenTelemetryActivityInboundInterceptor,
  OpenTelemetryActivityOutboundInterceptor,
} from '@temporalio/interceptors-opentelemetry';
import { annotateSpan, workflowSpanProcessor } from '@avrr/telemetry';
import { AppConfig } from '@avrr/config';
import { caseDataConverter, temporalConnectionOptions } from '@avrr/temporal';
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
    installTemporalMetrics(this.config.telemetry.temporalMetricsAddress);
    this.connection = await NativeConnection.connect(temporalConnectionOptions(this.config));
    const workflows: Partial<WorkerOptions> = workflowBundlePath
      ? { workflowBundle: { codePath: workflowBundlePath } }
      : workerWorkflowSourceOptions();
    this.worker = await Worker.create({
      connection: this.connection,
      namespace,
      taskQueue,
      activities: this.activities.toActivities(),
      // Payloads sealed as the API seals them (libs/temporal payload-encryption.ts).
      dataConverter: caseDataConverter(this.config),
      ...workflows,
      ...tracingOptions(workflows.interceptors),
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

/**
 * The Temporal SDK serves its worker metrics (task slots, poll latencies, cache) in Prometheus format on this address;
 * the worker's /metrics folds them in. The runtime is process-wide and installed once, before the first connection.
 */
function installTemporalMetrics(bindAddress: string | undefined): void {
  if (!bindAddress || Runtime._instance) return;
  Runtime.install({ telemetryOptions: { metrics: { prometheus: { bindAddress } } } });
}

/**
 * Traces: each activity runs in a span joined to the workflow's, which joins the client's (the API request). Workflow
 * spans are made inside the sandbox and leave it through the `exporter` sink. Both are on whether or not an exporter
 * is configured, so the bundle and the sink always match; without one the spans go nowhere.
 */
function tracingOptions(
  workflowInterceptors: WorkerOptions['interceptors'],
): Pick<WorkerOptions, 'interceptors' | 'sinks'> {
  const { spanProcessor, resource } = workflowSpanProcessor();
  return {
    interceptors: {
      ...workflowInterceptors,
      activity: [
        (ctx) => ({
          inbound: new OpenTelemetryActivityInboundInterceptor(ctx),
          outbound: new OpenTelemetryActivityOutboundInterceptor(ctx),
        }),
        () => ({
          inbound: {
            execute: async (input, next) => {
              const first = input.args[0] as { caseId?: unknown } | undefined;
              if (typeof first?.caseId === 'string') annotateSpan({ caseId: first.caseId });
              return next(input);
            },
          },
        }),
      ],
    },
    sinks: { exporter: makeWorkflowExporter(spanProcessor, resource) },
  };
}
