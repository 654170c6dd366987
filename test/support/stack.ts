import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, loadAppConfig } from '@avrr/config';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { DataSource } from 'typeorm';
import { seedTestAccess } from './access';
import { signInTestUsers } from './case-driver';
import { checkAnswersFrom } from './openapi-contract';

/**
 * The API listening on a free port and the worker, in this process, on the services scripts/test.sh started, with
 * the test users in place and signed in (ACTORS).
 */
export interface TestStack {
  api: NestFastifyApplication;
  worker: INestApplicationContext;
  baseUrl: string;
  config: AppConfig;
  close(): Promise<void>;
}

export async function startStack(options: { worker?: boolean } = {}): Promise<TestStack> {
  const config = loadAppConfig();
  const api = await createApiApp();
  await api.listen(0, '127.0.0.1');
  const address = api.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  checkAnswersFrom(`http://127.0.0.1:${port}`);
  await seedTestAccess(api.get(DataSource));
  await signInTestUsers(`http://127.0.0.1:${port}`);
  const worker =
    options.worker === false ? undefined : await NestFactory.createApplicationContext(WorkerModule, { logger: false });
  return {
    api,
    worker: worker as INestApplicationContext,
    baseUrl: `http://127.0.0.1:${port}`,
    config,
    async close() {
      await worker?.close();
      await api.close();
    },
  };
}
