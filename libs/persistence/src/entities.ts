import { AuditEntryEntity } from './access/audit-entry.entity';
import { OfficeEntity } from './access/office.entity';
import { PartnerOrganisationEntity } from './access/partner-organisation.entity';
import { RefreshTokenEntity } from './access/refresh-token.entity';
import { UserAccountEntity } from './access/user-account.entity';
import { CasePersonEntity } from './cases/case-person.entity';
import { PersonDocumentEntity } from './cases/person-document.entity';
import { ReturnCaseEntity } from './cases/return-case.entity';
import { IscoGroupEntity } from './isco/isco-group.entity';
import { OccupationTitleEntity } from './isco/occupation-title.entity';
import { OccupationWordEntity } from './isco/occupation-word.entity';
import { LedgerLineEntity } from './ledger/ledger-line.entity';
import { LedgerPostingEntity } from './ledger/ledger-posting.entity';
import { CaseTimelineEventEntity } from './timeline/case-timeline-event.entity';
import { ReintegrationOpportunityEntity } from './reintegration/reintegration-opportunity.entity';
import { SkillsProfileEntity } from './reintegration/skills-profile.entity';
import { FollowUpSurveyEntity } from './reintegration/follow-up-survey.entity';
import { OpportunityLinkEntity } from './reintegration/opportunity-link.entity';
import { DeclaredAssetEntity } from './assets/declared-asset.entity';
import { AssetTransferEntity } from './assets/asset-transfer.entity';
import { GrantPaymentEntity, GrantTrancheEntity, ReintegrationGrantEntity } from './grants/grant.entities';

export const ENTITIES = [
  OfficeEntity,
  PartnerOrganisationEntity,
  UserAccountEntity,
  RefreshTokenEntity,
  AuditEntryEntity,
  ReturnCaseEntity,
  CasePersonEntity,
  PersonDocumentEntity,
  CaseTimelineEventEntity,
  IscoGroupEntity,
  OccupationTitleEntity,
  OccupationWordEntity,
  LedgerPostingEntity,
  LedgerLineEntity,
  ReintegrationOpportunityEntity,
  SkillsProfileEntity,
  FollowUpSurveyEntity,
  OpportunityLinkEntity,
  DeclaredAssetEntity,
  AssetTransferEntity,
  ReintegrationGrantEntity,
  GrantTrancheEntity,
  GrantPaymentEntity,
];
