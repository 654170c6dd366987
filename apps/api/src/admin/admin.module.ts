import { Module } from '@nestjs/common';
import { PersistenceModule } from '@avrr/persistence';
import { AdminController } from './admin.controller';
import { AdminService } from './admin.service';

@Module({
  imports: [PersistenceModule],
  controllers: [AdminController],
  providers: [AdminService],
})
export class AdminModule {}
