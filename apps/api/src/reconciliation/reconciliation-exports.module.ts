import { Module } from '@nestjs/common';
import { QueueModule } from '@avrr/messaging';
import { ReconciliationExportsController } from './reconciliation-exports.controller';
import { ReconciliationExportsService } from './reconciliation-exports.service';

@Module({
  imports: [QueueModule],
  controllers: [ReconciliationExportsController],
  providers: [ReconciliationExportsService],
})
export class ReconciliationExportsModule {}
