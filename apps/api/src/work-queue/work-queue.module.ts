import { Module } from '@nestjs/common';
import { PersistenceModule } from '@avrr/persistence';
import { WorkQueueController } from './work-queue.controller';
import { WorkQueueService } from './work-queue.service';

@Module({
  imports: [PersistenceModule],
  controllers: [WorkQueueController],
  providers: [WorkQueueService],
})
export class WorkQueueModule {}
