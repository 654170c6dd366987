// The API's answers, as its OpenAPI document describes them: `api-schema.ts` is generated from it (npm run api:types).
import type { CaseStage } from '@avrr/domain/case/case-stage';
import type { components } from './api-schema';

export type { CaseStage };

type Schemas = components['schemas'];

export type PersonView = Schemas['PersonView'];
export type CaseSummary = Schemas['CaseSummaryView'];
export type CaseView = Schemas['CaseView'];
export type CaseList = Schemas['CaseListView'];
export type TimelineEvent = Schemas['TimelineEventView'];
export type WorkItem = Schemas['WorkItemView'];
export type WorkQueue = Schemas['WorkQueueView'];
export type Urgency = WorkItem['urgency'];
export type SurveyView = Schemas['SurveyView'];
export type PartnerOrganisation = Schemas['PartnerOrganisationOptionView'];
/** A paper in the case file (GET /cases/:id/documents). */
export type DocumentView = Schemas['DocumentView'];
export type ServiceProviderView = Schemas['ServiceProviderView'];
export type CaseReason = Schemas['CaseReasonView'];
export type FinanceWork = Schemas['FinanceWorkView'];
export type FinanceWorkItem = Schemas['FinanceWorkItemView'];
export type AssetView = Schemas['AssetView'];
export type TransferView = Schemas['TransferView'];
export type Statement = Schemas['StatementView'];
export type ReconciliationExport = Schemas['ReconciliationExportView'];
export type Grant = Schemas['GrantView'];
export type GrantTranche = Schemas['TrancheView'];
export type Inbox = Schemas['InboxView'];
export type InboxItem = Schemas['InboxItemView'];
export type NotificationPreferences = Schemas['NotificationPreferencesDto'];
/** Pre-departure information sheets (GET /information-sheets and below). */
export type InformationSheet = Schemas['InformationSheetView'];
export type InformationSheetDetail = Schemas['InformationSheetDetailView'];
export type InformationSheetVersion = Schemas['InformationSheetVersionView'];
