import { Module } from '@nestjs/common';
import { ManualTransferProvider } from '@avrr/domain';
import { PersistenceModule } from '@avrr/persistence';
import { TemporalClientModule } from '@avrr/temporal';
import { CaseQueryService } from '../cases/case-query.service';
import { AssetTransfersController } from './asset-transfers.controller';
import { AssetTransfersService, TRANSFER_PROVIDER } from './asset-transfers.service';

/**
 * No bank API yet: the manual provider stands in, and a real one replaces it here (for the name recorded on each
 * instruction) and in apps/worker's WorkerModule (where the workflow's activities send instructions).
 */
@Module({
  imports: [PersistenceModule, TemporalClientModule],
  controllers: [AssetTransfersController],
  providers: [
    AssetTransfersService,
    CaseQueryService,
    { provide: TRANSFER_PROVIDER, useClass: ManualTransferProvider },
  ],
})
export class AssetTransfersModule {}
