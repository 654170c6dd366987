import { Module } from '@nestjs/common';
import { PersistenceModule } from '@avrr/persistence';
import { TemporalClientModule } from '@avrr/temporal';
import { CaseQueryService } from '../cases/case-query.service';
import { ErasureController } from './erasure.controller';
import { ErasureService } from './erasure.service';

@Module({
  imports: [PersistenceModule, TemporalClientModule],
  controllers: [ErasureController],
  providers: [ErasureService, CaseQueryService],
})
export class ErasureModule {}
