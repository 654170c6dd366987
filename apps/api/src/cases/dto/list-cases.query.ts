import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO31661Alpha2, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CASE_STAGES, CaseStage, VULNERABILITIES, Vulnerability } from '@avrr/domain';
import { ToUpperCase, Trim } from '../../common/validators';

export class ListCasesQuery {
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

  @ApiPropertyOptional({ type: Number, default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 20;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}
