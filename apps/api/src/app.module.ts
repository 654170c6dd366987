import { Module } from '@nestjs/common';
import { AppConfigModule } from '@avrr/config';
import { AdminModule } from './admin/admin.module';
import { AssetTransfersModule } from './asset-transfers/asset-transfers.module';
import { AuthModule } from './auth/auth.module';
import { CaseActionsModule } from './case-actions/case-actions.module';
import { CaseAssignmentModule } from './case-assignment/case-assignment.module';
import { ServiceProvidersModule } from './service-providers/service-providers.module';
import { CasesModule } from './cases/cases.module';
import { GrantsModule } from './grants/grants.module';
import { DocumentsModule } from './documents/documents.module';
import { DuplicatesModule } from './duplicates/duplicates.module';
import { HouseholdModule } from './household/household.module';
import { ReconciliationExportsModule } from './reconciliation/reconciliation-exports.module';
import { HealthModule } from './health/health.module';
import { NotificationsModule } from './notifications/notifications.module';
import { MyNotificationsModule } from './my-notifications/my-notifications.module';
import { OccupationsModule } from './occupations/occupations.module';
import { OpportunitiesModule } from './opportunities/opportunities.module';
import { ProgrammeViewsModule } from './programme-views/programme-views.module';
import { ReintegrationLinksModule } from './reintegration-links/reintegration-links.module';
import { ReintegrationProfilesModule } from './reintegration-profiles/reintegration-profiles.module';
import { SubjectAccessModule } from './subject-access/subject-access.module';
import { ErasureModule } from './erasure/erasure.module';
import { FinanceWorkModule } from './finance-work/finance-work.controller';
import { WorkQueueModule } from './work-queue/work-queue.module';
import { MetricsModule } from './metrics/metrics.module';
import { RequestContextModule } from './common/request-context';
import { InformationSheetsModule } from './information-sheets/information-sheets.module';

@Module({
  imports: [
    AppConfigModule,
    RequestContextModule.forRoot(),
    AuthModule,
    AdminModule,
    CasesModule,
    CaseActionsModule,
    HouseholdModule,
    HealthModule,
    NotificationsModule,
    MyNotificationsModule,
    OccupationsModule,
    OpportunitiesModule,
    ProgrammeViewsModule,
    ReintegrationLinksModule,
    ReintegrationProfilesModule,
    AssetTransfersModule,
    WorkQueueModule,
    GrantsModule,
    ReconciliationExportsModule,
    SubjectAccessModule,
    ErasureModule,
    FinanceWorkModule,
    MetricsModule,
    DocumentsModule,
    DuplicatesModule,
    CaseAssignmentModule,
    InformationSheetsModule,
    ServiceProvidersModule,
  ],
})
export class AppModule {}
