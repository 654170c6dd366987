import './tracing';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@avrr/config';
import { WorkerModule } from './worker.module';
import { registerWorkerMetrics } from './metrics/worker-metrics';

/** The worker: Temporal activities and workflows, BullMQ processors, and an HTTP port for health only. */
async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(WorkerModule, new FastifyAdapter(), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  const config = app.get(AppConfig);
  registerWorkerMetrics(app.getHttpAdapter().getInstance(), config);
  await app.listen(config.worker.healthPort, config.api.host);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
