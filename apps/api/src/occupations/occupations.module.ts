import { Module } from '@nestjs/common';
import { PersistenceModule } from '@avrr/persistence';
import { OccupationsController } from './occupations.controller';

@Module({
  imports: [PersistenceModule],
  controllers: [OccupationsController],
})
export class OccupationsModule {}
