import { Module } from '@nestjs/common';
import { PersistenceModule } from '@avrr/persistence';
import { TemporalClientModule } from '@avrr/temporal';
import { CaseQueryService } from '../cases/case-query.service';
import { EvidenceGate } from '../documents/evidence-gate';
import { AirportDirectory } from './airport-directory';
import { CaseActionsController } from './case-actions.controller';
import { CaseActionsService } from './case-actions.service';
import { ProtectionController } from './protection.controller';
import { FinalReportController } from './final-report.controller';
import { FinalReportService } from './final-report.service';
import { PreDepartureInformationController } from './pre-departure-information.controller';
import { GivenSheets } from './given-sheets';

@Module({
  imports: [PersistenceModule, TemporalClientModule],
  controllers: [CaseActionsController, ProtectionController, FinalReportController, PreDepartureInformationController],
  providers: [CaseActionsService, CaseQueryService, AirportDirectory, EvidenceGate, FinalReportService, GivenSheets],
  exports: [CaseActionsService, CaseQueryService],
})
export class CaseActionsModule {}
