import { Module } from '@nestjs/common';
import { PersistenceModule } from '@avrr/persistence';
import { TemporalClientModule } from '@avrr/temporal';
import { CaseQueryService } from '../cases/case-query.service';
import { EvidenceGate } from '../documents/evidence-gate';
import { GrantsController } from './grants.controller';
import { GrantsService } from './grants.service';

@Module({
  imports: [PersistenceModule, TemporalClientModule],
  controllers: [GrantsController],
  providers: [GrantsService, CaseQueryService, EvidenceGate],
})
export class GrantsModule {}
