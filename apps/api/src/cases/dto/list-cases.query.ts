import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO31661Alpha2, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { CASE_STAGES, CaseStage, VULNERABILITIES, Vulnerability } from '@avrr/domain';
import { ToUpperCase, Trim } from '../../common/validators';
import { PageQuery } from '../../common/page.query';

export class ListCasesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CASE_STAGES })
  @IsOptional()
  @IsIn(CASE_STAGES)
  stage?: CaseStage;

  @ApiPropertyOptional({ example: 'SN', description: 'ISO 3166-1 alpha-2.' })
  @IsOptional()
  @ToUpperCase()
  @IsISO31661Alpha2({ message: 'must be an ISO 3166-1 alpha-2 country code' })
  countryOfReturn?: string;

  @ApiPropertyOptional({ example: 'PARIS' })
  @IsOptional()
  @ToUpperCase()
  @Matches(/^[A-Z0-9][A-Z0-9_-]{1,63}$/, { message: 'must be an office code' })
  hostOffice?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Cases assigned to this partner organisation (a partner sees only their own anyway).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  partnerOrganisationId?: string;

  @ApiPropertyOptional({ enum: VULNERABILITIES, description: 'Cases where anyone in the household has this flag.' })
  @IsOptional()
  @IsIn(VULNERABILITIES)
  vulnerability?: Vulnerability;

  @ApiPropertyOptional({ description: 'Part of the reference or of any name in the household.', minLength: 2 })
  @IsOptional()
  @IsString()
  @Trim()
  @MinLength(2)
  @MaxLength(100)
  q?: string;
}
