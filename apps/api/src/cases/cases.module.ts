import { Module } from '@nestjs/common';
import { PersistenceModule } from '@avrr/persistence';
import { TemporalClientModule } from '@avrr/temporal';
import { CaseIntakeService } from './case-intake.service';
import { CaseQueryService } from './case-query.service';
import { CasesController } from './cases.controller';

@Module({
  imports: [PersistenceModule, TemporalClientModule],
  controllers: [CasesController],
  providers: [CaseIntakeService, CaseQueryService],
})
export class CasesModule {}
