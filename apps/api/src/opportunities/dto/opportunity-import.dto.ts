import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, Matches } from 'class-validator';
import { OPPORTUNITY_IMPORT_FORMATS, type OpportunityImportFormat } from '@avrr/messaging/opportunity-import-job';
import { PARTNER_CODE_PATTERN } from '@avrr/persistence';
import { ToUpperCase, Trim } from '../../common/validators';

export class StartOpportunityImportDto {
  @ApiProperty({
    example: 'CARITAS-SN',
    description: 'The partner whose feed this is; rows are keyed by it and their externalReference.',
  })
  @IsString()
  @ToUpperCase()
  @Trim()
  @Matches(PARTNER_CODE_PATTERN, { message: 'must be a partner code of 2 to 64 letters, digits, _ or -' })
  partnerCode: string;

  @ApiProperty({ enum: OPPORTUNITY_IMPORT_FORMATS })
  @IsIn(OPPORTUNITY_IMPORT_FORMATS)
  format: OpportunityImportFormat;

  @ApiProperty({
    description:
      'The feed, up to the body limit. CSV: a header row naming the columns (externalReference, title, iscoCode, ' +
      'requiredSkills, minIscedLevel, languages, country, region, type, placesAvailable, startsOn, expiresOn; the ' +
      'optional requiredSkills, languages and startsOn may be left out), list cells separated by ";", empty cells ' +
      'absent. JSON: an array of objects with the fields of POST /opportunities except partnerCode.',
  })
  @IsString()
  @IsNotEmpty()
  content: string;
}

export class OpportunityImportAccepted {
  @ApiProperty({ format: 'uuid', description: 'The import id.' })
  id: string;

  @ApiProperty({ example: '/opportunities/imports/0b6f…' })
  statusUrl: string;
}

class ImportViolation {
  @ApiProperty({ example: 'iscoCode' })
  field: string;

  @ApiProperty({ example: '9999 is not an ISCO-08 group' })
  reason: string;
}

class ImportRejection {
  @ApiProperty({ description: 'The data row, from 1 (a CSV header is not counted; the first JSON element is row 1).' })
  row: number;

  @ApiPropertyOptional()
  externalReference?: string;

  @ApiProperty({ type: [ImportViolation] })
  violations: ImportViolation[];
}

class ImportAccepted {
  @ApiProperty()
  total: number;

  @ApiProperty({ description: 'New opportunities.' })
  created: number;

  @ApiProperty({ description: 'Existing ones (same partner and externalReference) with a field changed.' })
  updated: number;

  @ApiProperty({ description: 'Existing ones sent again exactly as they are: left alone.' })
  unchanged: number;
}

export class OpportunityImportReportView {
  @ApiProperty()
  partnerCode: string;

  @ApiProperty({ enum: OPPORTUNITY_IMPORT_FORMATS })
  format: OpportunityImportFormat;

  @ApiProperty({ description: 'Data rows read.' })
  rows: number;

  @ApiProperty({ type: ImportAccepted })
  accepted: ImportAccepted;

  @ApiProperty({ type: [ImportRejection] })
  rejected: ImportRejection[];

  @ApiProperty({ format: 'date-time' })
  finishedAt: string;
}

export class OpportunityImportView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  partnerCode: string;

  @ApiProperty({ enum: OPPORTUNITY_IMPORT_FORMATS })
  format: OpportunityImportFormat;

  @ApiProperty({
    enum: ['waiting', 'active', 'completed', 'failed', 'delayed', 'prioritized', 'waiting-children', 'unknown'],
    description: 'completed: the report is there; failed: the feed could not be read, see `error`.',
  })
  state: string;

  @ApiProperty({ minimum: 0, maximum: 100, description: 'Share of the rows processed, in percent.' })
  progress: number;

  @ApiProperty({ format: 'date-time' })
  requestedAt: string;

  @ApiPropertyOptional({ type: OpportunityImportReportView, description: 'When completed.' })
  report?: OpportunityImportReportView;

  @ApiPropertyOptional({ description: 'When failed: why the feed could not be imported at all.' })
  error?: string;
}
