import { Module } from '@nestjs/common';
import { PersistenceModule } from '@avrr/persistence';
import { ProgrammeViewsRepository } from '@avrr/persistence/views/programme-views.repository';
import { ProgrammeViewsController } from './programme-views.controller';

@Module({
  imports: [PersistenceModule],
  controllers: [ProgrammeViewsController],
  providers: [ProgrammeViewsRepository],
})
export class ProgrammeViewsModule {}
