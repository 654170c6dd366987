import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO31661Alpha2, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { ToUpperCase, Trim } from '../../common/validators';

export class ReassignCaseDto {
  @ApiPropertyOptional({
    example: 'LYON',
    pattern: '^[A-Z0-9][A-Z0-9_-]{1,63}$',
    description: 'Transfer the case to this office. Its counsellor must work there (give `counsellorId` if not).',
  })
  @IsOptional()
  @ToUpperCase()
  @Matches(/^[A-Z0-9][A-Z0-9_-]{1,63}$/, { message: 'must be an office code: 2 to 64 letters, digits, _ or -' })
  hostOffice?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      "A counsellor's user id (an active counsellor account working at the case's office, after any transfer).",
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  counsellorId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'A partner organisation covering the country of return.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  partnerOrganisationId?: string;

  @ApiProperty({
    minLength: 1,
    maxLength: 500,
    example: 'The returnee moved to Lyon.',
    description:
      'Why, for the timeline and the audit. Host-office staff read it (partners see only that the case moved): write ' +
      'no protection detail here.',
  })
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class AssigneeView {
  @ApiProperty({ example: 'PARIS' })
  hostOffice: string;

  @ApiProperty({ example: 'Claire Martin' })
  counsellorName: string;

  @ApiProperty({ format: 'email' })
  counsellorEmail: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  partnerOrganisationId: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'West Africa Reintegration Network' })
  partnerOrganisationName: string | null;
}

export class CaseAssignmentView {
  @ApiProperty({ format: 'uuid' })
  caseId: string;

  @ApiProperty({ type: AssigneeView })
  before: AssigneeView;

  @ApiProperty({ type: AssigneeView })
  after: AssigneeView;

  @ApiProperty({ example: 'The returnee moved to Lyon.' })
  reason: string;

  @ApiProperty({
    description:
      'False when the emails to the new assignees could not be queued (Redis did not answer): the reassignment ' +
      'stands, tell them yourself.',
  })
  notified: boolean;
}

export class OfficeOptionView {
  @ApiProperty({ example: 'LYON' }) code: string;
  @ApiProperty({ example: 'Lyon' }) name: string;
}

export class CounsellorOptionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Claire Martin' }) name: string;
  @ApiProperty({ format: 'email' }) email: string;
  @ApiProperty({ type: [String], example: ['PARIS'] }) offices: string[];
}

export class PartnerOrganisationOptionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'West Africa Reintegration Network' }) name: string;
  @ApiProperty({ type: [String], example: ['SN', 'ML'], description: 'Countries of return it covers.' })
  countries: string[];
}

export class AssignmentOptionsView {
  @ApiProperty({ type: [OfficeOptionView], description: 'Every office of the programme.' })
  offices: OfficeOptionView[];

  @ApiProperty({ type: [CounsellorOptionView], description: 'Active counsellors, with the offices they work at.' })
  counsellors: CounsellorOptionView[];

  @ApiProperty({
    type: [PartnerOrganisationOptionView],
    description: "The organisations covering the case's country of return.",
  })
  partnerOrganisations: PartnerOrganisationOptionView[];
}

export class PartnerOrganisationsQuery {
  @ApiPropertyOptional({
    example: 'SN',
    description: 'Only those covering this country of return (ISO 3166-1 alpha-2).',
  })
  @IsOptional()
  @ToUpperCase()
  @IsISO31661Alpha2({ message: 'must be an ISO 3166-1 alpha-2 country code' })
  country?: string;
}
