import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { AppConfig } from '@avrr/config';
import { NotificationDigest } from './notification-digest.service';

/** A queue of its own: the notifications processor would otherwise take the digest's jobs for notifications. */
export const NOTIFICATION_DIGEST_QUEUE = 'notification-digest';
export const NOTIFICATION_DIGEST_JOB = 'daily-digest';

/** The daily digest on a BullMQ job scheduler (NOTIFICATION_DIGEST_CRON, UTC): one run a day however many workers. */
@Processor(NOTIFICATION_DIGEST_QUEUE)
export class NotificationDigestProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(NOTIFICATION_DIGEST_QUEUE) private readonly queue: Queue,
    private readonly digest: NotificationDigest,
    private readonly config: AppConfig,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      NOTIFICATION_DIGEST_JOB,
      { pattern: this.config.notifications.digestCron, tz: 'UTC' },
      { name: NOTIFICATION_DIGEST_JOB, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
  }

  process(): Promise<{ sent: number }> {
    return this.digest.sendAll(new Date());
  }
}
