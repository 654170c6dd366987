import { Module } from '@nestjs/common';
import { PersistenceModule } from '@avrr/persistence';
import { CaseQueryService } from '../cases/case-query.service';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';

@Module({
  imports: [PersistenceModule],
  controllers: [DocumentsController],
  providers: [DocumentsService, CaseQueryService],
})
export class DocumentsModule {}
