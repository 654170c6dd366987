import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AppConfig } from '@avrr/config';
import { NOTIFICATION_DEAD_LETTER_QUEUE, NOTIFICATION_QUEUE } from './notification-job';
import { NotificationOutbox } from './notification-outbox';
import { OPPORTUNITY_IMPORT_QUEUE } from './opportunity-import-job';
import { RECONCILIATION_EXPORT_QUEUE } from './reconciliation-export-job';
import { redisOptionsFromUrl } from './redis-connection';

/** BullMQ on the configured Redis, with the queues both apps use. */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: redisOptionsFromUrl(config.redis.url),
        prefix: config.redis.queuePrefix,
      }),
    }),
    BullModule.registerQueue({ name: NOTIFICATION_QUEUE }, { name: NOTIFICATION_DEAD_LETTER_QUEUE }),
    BullModule.registerQueue({ name: OPPORTUNITY_IMPORT_QUEUE }),
    BullModule.registerQueue({ name: RECONCILIATION_EXPORT_QUEUE }),
  ],
  providers: [NotificationOutbox],
  exports: [BullModule, NotificationOutbox],
})
export class QueueModule {}
