import { Module } from '@nestjs/common';
import { PersistenceModule } from '@avrr/persistence';
import { ProgrammeViewsRepository } from '@avrr/persistence/views/programme-views.repository';
import { OutcomeReportRepository } from '@avrr/persistence/views/outcome-report.repository';
import { OutcomeReportController } from './outcome-report.controller';
import { ProgrammeViewsController } from './programme-views.controller';

@Module({
  imports: [PersistenceModule],
  controllers: [ProgrammeViewsController, OutcomeReportController],
  providers: [ProgrammeViewsRepository, OutcomeReportRepository],
})
export class ProgrammeViewsModule {}
