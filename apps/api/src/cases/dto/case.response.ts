import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CASE_OUTCOMES,
  CASE_REASON_CODES,
  CASE_STAGES,
  CaseOutcome,
  CaseReasonCode,
  CaseStage,
  VULNERABILITIES,
  Vulnerability,
} from '@avrr/domain';
import { ContactDto, HeldDocumentDto, PersonDto } from './create-case.dto';

export class PersonView extends PersonDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiPropertyOptional({ description: 'Relationship to the principal; absent for the principal.' })
  relationship?: string;

  // required: the request's optional flag would otherwise carry over to the answer, which always has these.
  @ApiProperty({ type: [HeldDocumentDto], required: true })
  declare documents: HeldDocumentDto[];

  @ApiProperty({ enum: VULNERABILITIES, isArray: true, required: true })
  declare vulnerabilities: Vulnerability[];

  @ApiPropertyOptional({ type: ContactDto })
  declare contact?: ContactDto;
}

export class WorkflowView {
  @ApiProperty({ example: 'return-case-0b6f…', description: 'Temporal workflow id, derived from the case id.' })
  id: string;

  @ApiProperty({ description: 'False only while a start interrupted by a failure waits for the reconciler.' })
  started: boolean;

  @ApiProperty({
    enum: ['running', 'starting'],
    description:
      "'starting' while Temporal has not yet confirmed the start (for example it did not answer in time): the case is saved and the reconciler starts its workflow.",
  })
  status: 'running' | 'starting';
}

export class CaseSummaryView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'RC-2026-000123' })
  reference: string;

  @ApiProperty({ enum: CASE_STAGES })
  stage: CaseStage;

  @ApiPropertyOptional({ enum: CASE_OUTCOMES, nullable: true })
  outcome: CaseOutcome | null;

  @ApiProperty({ example: 'PARIS' })
  hostOffice: string;

  @ApiProperty({ example: 'SN' })
  countryOfReturn: string;

  @ApiProperty({ example: 'Dakar' })
  regionOfReturn: string;

  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The partner organisation receiving the household; null when no organisation covers the country.',
  })
  partnerOrganisationId: string | null;

  @ApiProperty({ example: 'Amina Diallo', description: "The principal applicant's name." })
  principalName: string;

  @ApiProperty({ description: 'Number of people travelling, principal included.' })
  householdSize: number;

  @ApiProperty({ enum: VULNERABILITIES, isArray: true, description: 'Flags held by anyone in the household.' })
  vulnerabilities: Vulnerability[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'date-time',
    description: 'When the case entered its current stage.',
  })
  stageEnteredAt: string | null;

  @ApiPropertyOptional({
    description:
      'Non-refoulement: no consent and no travel while true. Only for the roles that may see protection details (counsellor, supervisor).',
  })
  onProtectionHold?: boolean;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: "What the case waits for next, in words fit for the reader's role.",
  })
  waitingFor: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: () => CaseReasonView,
    description: 'The same as a code with parameters, for translation.',
  })
  waitingReason?: CaseReasonView | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time', description: 'When that is due.' })
  dueAt: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

/** A reason as a code with parameters (`libs/domain/src/case/case-reasons.ts`). */
export class CaseReasonView {
  @ApiProperty({ enum: CASE_REASON_CODES })
  code: CaseReasonCode;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { personId: '…', person: 'Amina Diallo' },
  })
  params: Record<string, string>;
}

export class CounsellorView {
  @ApiProperty()
  name: string;

  @ApiProperty()
  email: string;
}

export class PartnerOrganisationRefView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'West Africa Reintegration Network' })
  name: string;
}

export class CaseView extends CaseSummaryView {
  @ApiProperty({ type: CounsellorView })
  counsellor: CounsellorView;

  @ApiProperty({ type: PartnerOrganisationRefView, nullable: true })
  partnerOrganisation: PartnerOrganisationRefView | null;

  @ApiProperty({ type: PersonView })
  principal: PersonView;

  @ApiProperty({ type: [PersonView], description: 'Household members other than the principal.' })
  household: PersonView[];

  @ApiProperty({ type: WorkflowView })
  workflow: WorkflowView;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description:
      'When its personal data was anonymised (retention, or erasure on request); null while it holds them. An ' +
      'anonymised case takes no further change.',
  })
  anonymisedAt: string | null;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description:
      "The workflow's record of the case (consents, documents, gates, booking, plan, follow-ups), as last projected.",
  })
  progress: Record<string, unknown> | null;
}

export class CaseListView {
  @ApiProperty({ type: [CaseSummaryView] })
  items: CaseSummaryView[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` to get the next page; null on the last page.',
  })
  nextCursor: string | null;
}
