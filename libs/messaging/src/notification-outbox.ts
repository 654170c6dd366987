import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { AppConfig } from '@avrr/config';
import { NOTIFICATION_QUEUE, NotificationJob } from './notification-job';

/** Where workflows' activities drop emails to send. Each key is sent at most once. */
@Injectable()
export class NotificationOutbox {
  constructor(
    @InjectQueue(NOTIFICATION_QUEUE) private readonly queue: Queue<NotificationJob>,
    private readonly config: AppConfig,
  ) {}

  async enqueue(job: NotificationJob): Promise<void> {
    await this.queue.add(job.template, job, {
      // BullMQ ignores a job whose id it already holds, which makes activity retries harmless.
      jobId: toJobId(job.key),
      attempts: this.config.notifications.maxAttempts,
      backoff: { type: 'exponential', delay: this.config.notifications.backoffMs },
      removeOnComplete: { age: 7 * 24 * 3600 },
      removeOnFail: { age: 30 * 24 * 3600 },
    });
  }
}

// BullMQ reserves ':' in custom job ids.
export function toJobId(key: string): string {
  return key.replace(/:/g, '|');
}
