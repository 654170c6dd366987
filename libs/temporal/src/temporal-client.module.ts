import { Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry';
import { AppConfig } from '@avrr/config';
import { PersistenceModule } from '@avrr/persistence';
import { CaseWorkflowStarter } from './case-workflow-starter';
import { temporalConnectionOptions } from './temporal-connection-options';
import { TemporalDeadline } from './temporal-deadline';
import { caseDataConverter } from './payload-encryption';

export const TEMPORAL_CONNECTION = Symbol('TEMPORAL_CONNECTION');

@Injectable()
class TemporalConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(TEMPORAL_CONNECTION) private readonly connection: Connection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}

/** The Temporal client for starting, updating and querying workflows (not the worker). */
@Module({
  imports: [PersistenceModule],
  providers: [
    {
      provide: TEMPORAL_CONNECTION,
      inject: [AppConfig],
      // Lazy: the API boots while Temporal is still starting, and /health/ready says so meanwhile.
      useFactory: (config: AppConfig) => Connection.lazy(temporalConnectionOptions(config)),
    },
    {
      provide: Client,
      inject: [TEMPORAL_CONNECTION, AppConfig],
      useFactory: (connection: Connection, config: AppConfig) =>
        // Starts and updates carry the caller's trace context into the workflow (a no-op without tracing).
        new Client({
          connection,
          namespace: config.temporal.namespace,
          dataConverter: caseDataConverter(config),
          interceptors: { workflow: [new OpenTelemetryWorkflowClientInterceptor()] },
        }),
    },
    TemporalConnectionCloser,
    CaseWorkflowStarter,
    TemporalDeadline,
  ],
  exports: [Client, TEMPORAL_CONNECTION, CaseWorkflowStarter, TemporalDeadline],
})
export class TemporalClientModule {}
