import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue, UnrecoverableError } from 'bullmq';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { AppConfig } from '@avrr/config';
import {
  DeadLetterJob,
  NOTIFICATION_DEAD_LETTER_QUEUE,
  NOTIFICATION_QUEUE,
  NotificationJob,
  NotificationJobPayload,
} from '@avrr/messaging';
import { NotificationDelivery } from './notification-delivery.service';

/**
 * Turns queued notifications into inbox rows and emails for the people they concern; BullMQ retries with backoff, and
 * exhausted jobs go to the dead letters. Several jobs run at once (`NOTIFICATION_CONCURRENCY`): each is idempotent by
 * its key alone, so no two need to wait for each other.
 */
@Processor(NOTIFICATION_QUEUE)
export class NotificationProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(NotificationProcessor.name);

  constructor(
    private readonly delivery: NotificationDelivery,
    @InjectQueue(NOTIFICATION_DEAD_LETTER_QUEUE) private readonly deadLetters: Queue<DeadLetterJob>,
    private readonly config: AppConfig,
  ) {
    super();
  }

  /** The decorator's options are fixed at compile time; BullMQ takes the configured concurrency on a running worker. */
  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.notifications.concurrency;
  }

  async process(job: Job<NotificationJob>): Promise<object> {
    const payload = plainToInstance(NotificationJobPayload, job.data);
    const errors = validateSync(payload, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) {
      // Retrying a malformed job cannot help.
      throw new UnrecoverableError(`invalid notification job: ${errors.map((e) => e.property).join(', ')}`);
    }
    if (payload.audience) return this.delivery.fanOut(payload);
    if (!payload.userId && !payload.to)
      throw new UnrecoverableError('invalid notification job: no audience, userId or to');
    return this.delivery.deliver(payload);
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job<NotificationJob> | undefined, error: Error): Promise<void> {
    if (!job) return;
    const exhausted = job.attemptsMade >= (job.opts.attempts ?? 1) || error instanceof UnrecoverableError;
    this.logger.warn(`notification ${job.id} failed (attempt ${job.attemptsMade}): ${error.message}`);
    if (!exhausted) return;
    await this.deadLetters.add(
      job.name,
      { ...job.data, failedReason: error.message, attemptsMade: job.attemptsMade, failedAt: new Date().toISOString() },
      { jobId: job.id, removeOnComplete: true },
    );
  }
}
