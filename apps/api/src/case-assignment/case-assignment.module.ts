import { Module } from '@nestjs/common';
import { QueueModule } from '@avrr/messaging';
import { PersistenceModule } from '@avrr/persistence';
import { CaseQueryService } from '../cases/case-query.service';
import { CaseAssignmentController } from './case-assignment.controller';
import { CaseAssignmentService } from './case-assignment.service';

@Module({
  imports: [PersistenceModule, QueueModule],
  controllers: [CaseAssignmentController],
  providers: [CaseAssignmentService, CaseQueryService],
})
export class CaseAssignmentModule {}
