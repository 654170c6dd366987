import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { OpportunityType } from '@avrr/domain';
import { OPPORTUNITY_TYPES } from '@avrr/persistence';

export class OpportunityView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'CARITAS-SN' })
  partnerCode: string;

  @ApiProperty({ example: 'CSN-2026-0042' })
  externalReference: string;

  @ApiProperty({ example: 'Assistant motor mechanic' })
  title: string;

  @ApiProperty({ example: '7231' })
  iscoCode: string;

  @ApiProperty({ type: [String] })
  requiredSkills: string[];

  @ApiProperty({ minimum: 0, maximum: 8 })
  minIscedLevel: number;

  @ApiProperty({ type: [String], example: ['fr'] })
  languages: string[];

  @ApiProperty({ example: 'SN' })
  country: string;

  @ApiProperty({ example: 'Dakar' })
  region: string;

  @ApiProperty({ enum: OPPORTUNITY_TYPES })
  type: OpportunityType;

  @ApiProperty()
  placesAvailable: number;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date' })
  startsOn: string | null;

  @ApiProperty({ format: 'date' })
  expiresOn: string;

  @ApiProperty({ description: 'Free places and not expired today (UTC): what matching proposes.' })
  open: boolean;

  @ApiProperty({ description: 'Send it back in If-Match (or as `version`) to change or withdraw it.' })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class OpportunityListView {
  @ApiProperty({ type: [OpportunityView] })
  items: OpportunityView[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` to get the next page; null on the last page.',
  })
  nextCursor: string | null;
}
