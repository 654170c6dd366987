import { Module } from '@nestjs/common';
import { PersistenceModule } from '@avrr/persistence';
import { TemporalClientModule } from '@avrr/temporal';
import { CaseQueryService } from '../cases/case-query.service';
import { EvidenceGate } from '../documents/evidence-gate';
import { AirportDirectory } from './airport-directory';
import { CaseActionsController } from './case-actions.controller';
import { CaseActionsService } from './case-actions.service';
import { ProtectionController } from './protection.controller';

@Module({
  imports: [PersistenceModule, TemporalClientModule],
  controllers: [CaseActionsController, ProtectionController],
  providers: [CaseActionsService, CaseQueryService, AirportDirectory, EvidenceGate],
  exports: [CaseActionsService, CaseQueryService],
})
export class CaseActionsModule {}
