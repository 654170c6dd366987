import { Module } from '@nestjs/common';
import { PersistenceModule } from '@avrr/persistence';
import { CaseQueryService } from '../cases/case-query.service';
import { DuplicatesController } from './duplicates.controller';
import { DuplicatesService } from './duplicates.service';

@Module({
  imports: [PersistenceModule],
  controllers: [DuplicatesController],
  providers: [DuplicatesService, CaseQueryService],
  exports: [DuplicatesService],
})
export class DuplicatesModule {}
