import { Module } from '@nestjs/common';
import { PersistenceModule } from '@avrr/persistence';
import { InformationSheetsController } from './information-sheets.controller';
import { InformationSheetsService } from './information-sheets.service';

@Module({
  imports: [PersistenceModule],
  controllers: [InformationSheetsController],
  providers: [InformationSheetsService],
})
export class InformationSheetsModule {}
