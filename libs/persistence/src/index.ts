export * from './entities';
export * from './data-source-options';
export * from './alongside';
export * from './persistence.module';
export * from './cases/case-scope';
export * from './cases/return-case.entity';
export * from './cases/case-person.entity';
export * from './cases/person-document.entity';
export * from './cases/case.repository';
export * from './cases/case-read';
export type { CaseSummaryPage, CaseSummaryRecord } from './cases/case-summary-read';
export * from './timeline/case-timeline-event.entity';
export * from './timeline/timeline.repository';
export * from './ledger/ledger-posting.entity';
export * from './ledger/ledger-line.entity';
export * from './ledger/ledger.repository';
export * from './isco';
export * from './reintegration/profiles-and-surveys';
export * from './reintegration/reintegration-opportunity.entity';
export * from './reintegration/opportunity-row';
export * from './reintegration/opportunity.repository';
export * from './reintegration/opportunity-link.entity';
export * from './reintegration/opportunity-link.repository';
export * from './assets/declared-asset.entity';
export * from './assets/asset-transfer.entity';
export * from './assets/asset-transfer.repository';
export * from './assets/finance-work.repository';
export * from './grants/grant.entities';
export * from './grants/grant.repository';
export * from './reconciliation/reconciliation.repository';
export * from './access';
export * from './cases/case-anonymisation';
export * from './cases/case-retention.repository';
export * from './cases/case-metrics.repository';
export * from './cases/work-queue.repository';
export * from './documents';
export * from './duplicates/duplicate-candidate.repository';
export * from './information/information-sheet.repository';
export * from './providers/service-provider.repository';
export * from './crypto/envelope';
export * from './crypto/data-key-rotation';
export {
  installDataKeys,
  encryptField,
  decryptField,
  fieldIndex,
  openSections,
  ENCRYPTED_JSON,
} from './crypto/field-encryption';
export * from './notifications/notification-inbox.repository';
