import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { Transform } from 'class-transformer';
import type { OpportunityType } from '@avrr/domain';
import { OPPORTUNITY_TYPES, OpportunityFields, PARTNER_CODE_PATTERN } from '@avrr/persistence';
import { ToUpperCase, Trim } from '../../common/validators';
import { PageQuery } from '../../common/page.query';

export class CreateOpportunityDto extends OpportunityFields {
  @ApiProperty({
    example: 'CARITAS-SN',
    description: 'The partner organisation that keeps the opportunity (2 to 64 of A-Z, 0-9, _ and -).',
  })
  @IsString()
  @ToUpperCase()
  @Trim()
  @Matches(PARTNER_CODE_PATTERN, { message: 'must be a partner code of 2 to 64 letters, digits, _ or -' })
  partnerCode: string;
}

/**
 * A partial change. The partner's key (partnerCode, externalReference) cannot change. Send the version you read, in
 * `If-Match` or as `version`: a change to a row changed since answers 409.
 */
export class UpdateOpportunityDto extends PartialType(OmitType(OpportunityFields, ['externalReference'] as const)) {
  @ApiPropertyOptional({ example: 3, description: 'The version you read; instead of the If-Match header.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class ListOpportunitiesQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'SN', description: 'ISO 3166-1 alpha-2.' })
  @IsOptional()
  @ToUpperCase()
  @IsISO31661Alpha2({ message: 'must be an ISO 3166-1 alpha-2 country code' })
  country?: string;

  @ApiPropertyOptional({ example: 'Dakar', description: 'Exact region, case-insensitive.' })
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(120)
  region?: string;

  @ApiPropertyOptional({ enum: OPPORTUNITY_TYPES })
  @IsOptional()
  @IsIn(OPPORTUNITY_TYPES)
  type?: OpportunityType;

  @ApiPropertyOptional({
    example: '72',
    description: 'ISCO-08 code prefix: 72 lists sub-major group 72 and every group in it.',
  })
  @IsOptional()
  @Matches(/^[0-9]{1,4}$/, { message: 'must be 1 to 4 digits of an ISCO-08 code' })
  iscoCode?: string;

  @ApiPropertyOptional({ example: 'CARITAS-SN' })
  @IsOptional()
  @ToUpperCase()
  @Matches(PARTNER_CODE_PATTERN, { message: 'must be a partner code' })
  partnerCode?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'true: only those with free places that have not expired.' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'must be true or false' })
  open?: boolean;
}
