import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@avrr/config';
import { dataSourceOptions } from './data-source-options';
import { CaseRepository } from './cases/case.repository';
import { TimelineRepository } from './timeline/timeline.repository';
import { LedgerRepository } from './ledger/ledger.repository';
import { IscoGroupRepository } from './isco/isco-group.repository';
import { OccupationSearchRepository } from './isco/occupation-search.repository';
import { OpportunityRepository } from './reintegration/opportunity.repository';
import { SkillsProfileRepository } from './reintegration/skills-profile.repository';
import { FollowUpSurveyRepository } from './reintegration/follow-up-survey.repository';
import { OpportunityLinkRepository } from './reintegration/opportunity-link.repository';
import { AccountsRepository } from './access/accounts.repository';
import { AuditTrailRepository } from './access/audit-trail.repository';
import { AssetTransferRepository } from './assets/asset-transfer.repository';
import { FinanceWorkRepository } from './assets/finance-work.repository';
import { GrantRepository } from './grants/grant.repository';
import { ReconciliationRepository } from './reconciliation/reconciliation.repository';
import { CaseRetentionRepository } from './cases/case-retention.repository';
import { CaseMetricsRepository } from './cases/case-metrics.repository';
import { WorkQueueRepository } from './cases/work-queue.repository';
import { ServiceProviderRepository } from './providers/service-provider.repository';
import { CaseDocumentRepository, chooseDocumentStore, DOCUMENT_STORE, PostgresDocumentStore } from './documents';
import { DuplicateCandidateRepository } from './duplicates/duplicate-candidate.repository';
import { NotificationInboxRepository } from './notifications/notification-inbox.repository';
import { InformationSheetRepository } from './information/information-sheet.repository';

const REPOSITORIES = [
  CaseRepository,
  TimelineRepository,
  LedgerRepository,
  OccupationSearchRepository,
  IscoGroupRepository,
  SkillsProfileRepository,
  FollowUpSurveyRepository,
  OpportunityRepository,
  OpportunityLinkRepository,
  AssetTransferRepository,
  FinanceWorkRepository,
  GrantRepository,
  ReconciliationRepository,
  AccountsRepository,
  AuditTrailRepository,
  CaseRetentionRepository,
  CaseMetricsRepository,
  WorkQueueRepository,
  CaseDocumentRepository,
  DuplicateCandidateRepository,
  NotificationInboxRepository,
  InformationSheetRepository,
  ServiceProviderRepository,
];

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => dataSourceOptions(config),
    }),
  ],
  // Files' bytes: PostgreSQL by default, or an S3-compatible bucket (DOCUMENT_STORE=s3).
  providers: [
    ...REPOSITORIES,
    PostgresDocumentStore,
    {
      provide: DOCUMENT_STORE,
      inject: [AppConfig, PostgresDocumentStore],
      useFactory: (config: AppConfig, postgres: PostgresDocumentStore) =>
        chooseDocumentStore(config.documents, postgres),
    },
  ],
  exports: [...REPOSITORIES, DOCUMENT_STORE],
})
export class PersistenceModule {}
