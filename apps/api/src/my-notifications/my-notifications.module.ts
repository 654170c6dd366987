import { Module } from '@nestjs/common';
import { PersistenceModule } from '@avrr/persistence';
import { MyNotificationsController } from './my-notifications.controller';
import { MyNotificationsService } from './my-notifications.service';

@Module({
  imports: [PersistenceModule],
  controllers: [MyNotificationsController],
  providers: [MyNotificationsService],
})
export class MyNotificationsModule {}
