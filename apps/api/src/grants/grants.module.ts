import { Module } from '@nestjs/common';
import { PersistenceModule } from '@avrr/persistence';
import { TemporalClientModule } from '@avrr/temporal';
import { CaseQueryService } from '../cases/case-query.service';
import { GrantsController } from './grants.controller';
import { GrantsService } from './grants.service';

@Module({
  imports: [PersistenceModule, TemporalClientModule],
  controllers: [GrantsController],
  providers: [GrantsService, CaseQueryService],
})
export class GrantsModule {}
