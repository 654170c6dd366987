import { Module } from '@nestjs/common';
import { PersistenceModule } from '@avrr/persistence';
import { CaseActionsModule } from '../case-actions/case-actions.module';
import { ReintegrationLinksController } from './reintegration-links.controller';
import { ReintegrationLinksService } from './reintegration-links.service';

@Module({
  imports: [PersistenceModule, CaseActionsModule],
  controllers: [ReintegrationLinksController],
  providers: [ReintegrationLinksService],
})
export class ReintegrationLinksModule {}
