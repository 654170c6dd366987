import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, AppConfigModule, loggerParams } from '@avrr/config';
import { ManualTransferProvider } from '@avrr/domain';
import { QueueModule, RedisHealthIndicator } from '@avrr/messaging';
import { PersistenceModule } from '@avrr/persistence';
import { TemporalClientModule } from '@avrr/temporal';
import { CaseActivitiesService } from './activities/case-activities.service';
import { GrantActivitiesService } from './activities/grant-activities.service';
import { TRANSFER_PROVIDER, TransferActivitiesService } from './activities/transfer-activities.service';
import { WorkerHealthController } from './health/worker-health.controller';
import { MailTransport } from './notifications/mail-transport';
import { NotificationProcessor } from './notifications/notification.processor';
import { NotificationDelivery } from './notifications/notification-delivery.service';
import { NotificationRecipients } from './notifications/notification-recipients';
import { NotificationDigest } from './notifications/notification-digest.service';
import { NOTIFICATION_DIGEST_QUEUE, NotificationDigestProcessor } from './notifications/notification-digest.processor';
import { OpportunityImportProcessor } from './opportunities/opportunity-import.processor';
import { CaseReconcilerProcessor, MAINTENANCE_QUEUE } from './reconciler/case-reconciler.processor';
import { RetentionModule } from './retention/retention.module';
import { TemporalWorkerService } from './temporal/temporal-worker.service';
import { ReconciliationExportProcessor } from './reconciliation/reconciliation-export.processor';

@Module({
  imports: [
    AppConfigModule,
    LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: (c: AppConfig) => loggerParams(c, 'worker') }),
    PersistenceModule,
    QueueModule,
    BullModule.registerQueue({ name: MAINTENANCE_QUEUE }, { name: NOTIFICATION_DIGEST_QUEUE }),
    TemporalClientModule,
    TerminusModule,
    RetentionModule,
  ],
  controllers: [WorkerHealthController],
  providers: [
    CaseActivitiesService,
    GrantActivitiesService,
    TransferActivitiesService,
    // No bank API yet: the manual provider stands in, and a real one replaces it here.
    { provide: TRANSFER_PROVIDER, useClass: ManualTransferProvider },
    TemporalWorkerService,
    MailTransport,
    NotificationProcessor,
    NotificationDelivery,
    NotificationRecipients,
    NotificationDigest,
    NotificationDigestProcessor,
    CaseReconcilerProcessor,
    OpportunityImportProcessor,
    ReconciliationExportProcessor,
    RedisHealthIndicator,
  ],
})
export class WorkerModule {}
