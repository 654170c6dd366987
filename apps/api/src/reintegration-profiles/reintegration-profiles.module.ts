import { Module } from '@nestjs/common';
import { SustainabilityWeightsModule } from '@avrr/config';
import { PersistenceModule } from '@avrr/persistence';
import { ReintegrationProfilesController } from './reintegration-profiles.controller';
import { ReintegrationProfilesService } from './reintegration-profiles.service';

@Module({
  imports: [PersistenceModule, SustainabilityWeightsModule],
  controllers: [ReintegrationProfilesController],
  providers: [ReintegrationProfilesService],
})
export class ReintegrationProfilesModule {}
