import { Module } from '@nestjs/common';
import { QueueModule } from '@avrr/messaging';
import { PersistenceModule } from '@avrr/persistence';
import { OpportunitiesController } from './opportunities.controller';
import { OpportunitiesService } from './opportunities.service';

@Module({
  imports: [PersistenceModule, QueueModule],
  controllers: [OpportunitiesController],
  providers: [OpportunitiesService],
})
export class OpportunitiesModule {}
