import { Module } from '@nestjs/common';
import { PersistenceModule } from '@avrr/persistence';
import { CaseQueryService } from '../cases/case-query.service';
import { DocumentsService } from '../documents/documents.service';
import { SubjectAccessController } from './subject-access.controller';
import { SubjectAccessService } from './subject-access.service';

@Module({
  imports: [PersistenceModule],
  controllers: [SubjectAccessController],
  providers: [SubjectAccessService, CaseQueryService, DocumentsService],
})
export class SubjectAccessModule {}
