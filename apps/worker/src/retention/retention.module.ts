import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { PersistenceModule } from '@avrr/persistence';
import { TemporalClientModule } from '@avrr/temporal';
import { CaseRetentionProcessor, RETENTION_QUEUE } from './case-retention.processor';
import { CaseRetentionService } from './case-retention.service';

/** Anonymisation of closed cases past the retention period (BullMQ's root connection comes from QueueModule). */
@Module({
  imports: [PersistenceModule, TemporalClientModule, BullModule.registerQueue({ name: RETENTION_QUEUE })],
  providers: [CaseRetentionService, CaseRetentionProcessor],
  exports: [CaseRetentionService],
})
export class RetentionModule {}
