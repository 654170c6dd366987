import { Module } from '@nestjs/common';
import { BullBoardModule } from '@bull-board/nestjs';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import { NOTIFICATION_DEAD_LETTER_QUEUE, NOTIFICATION_QUEUE, QueueModule } from '@avrr/messaging';
import { OPPORTUNITY_IMPORT_QUEUE } from '@avrr/messaging/opportunity-import-job';
import { DeadLettersController } from './dead-letters.controller';

export const QUEUE_DASHBOARD_ROUTE = '/queues';

@Module({
  imports: [
    QueueModule,
    BullBoardModule.forRoot({ route: QUEUE_DASHBOARD_ROUTE, adapter: BullBoardFastifyAdapter }),
    BullBoardModule.forFeature(
      { name: NOTIFICATION_QUEUE, adapter: BullMQAdapter },
      { name: NOTIFICATION_DEAD_LETTER_QUEUE, adapter: BullMQAdapter },
      { name: OPPORTUNITY_IMPORT_QUEUE, adapter: BullMQAdapter },
    ),
  ],
  controllers: [DeadLettersController],
})
export class NotificationsModule {}
