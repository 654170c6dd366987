import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO6391,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { ReturneeWants } from '@avrr/domain';
import { RETURNEE_WANTS } from '@avrr/persistence';
import { ToLowerCase, Trim } from '../../common/validators';

const TrimEach = () =>
  Transform(({ value }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value));

export class HeldOccupationDto {
  @ApiProperty({
    example: '7231',
    description: 'ISCO-08 unit group (4 digits; keep a leading zero). Find it with GET /occupations/search.',
  })
  @IsString()
  @Matches(/^[0-9]{4}$/, { message: 'must be a 4-digit ISCO-08 unit group code, such as 7231' })
  iscoCode: string;

  @ApiProperty({
    example: 6,
    description: 'Years of experience in it, 0 to 60, at most one decimal (0.5 for six months).',
  })
  @IsNumber(
    { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 1 },
    { message: 'must be a number of years with at most one decimal' },
  )
  @Min(0)
  @Max(60)
  years: number;
}

/**
 * The whole profile: a PUT replaces it. What is not known yet may be left out (or null): the counsellor starts the
 * profile before departure, the partner completes it from arrival on.
 */
export class PutSkillsProfileDto {
  @ApiPropertyOptional({
    type: [HeldOccupationDto],
    description: 'Occupations held, each ISCO-08 unit group once. Default: none.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique((o: HeldOccupationDto) => o?.iscoCode, { message: 'must not list the same ISCO-08 code twice' })
  @ValidateNested({ each: true })
  @Type(() => HeldOccupationDto)
  occupations?: HeldOccupationDto[];

  @ApiPropertyOptional({
    type: [String],
    example: ['welding', 'car electrics'],
    description: 'Free tags. Default: none.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @TrimEach()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  @ArrayUnique({ message: 'must not repeat a skill' })
  skills?: string[];

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 8,
    nullable: true,
    type: Number,
    description: 'ISCED 2011 level, 0 (early childhood) to 8 (doctoral).',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(8)
  iscedLevel?: number | null;

  @ApiPropertyOptional({ type: [String], example: ['fr', 'wo'], description: 'ISO 639-1 codes. Default: none.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ToLowerCase()
  @IsISO6391({ each: true, message: 'must hold ISO 639-1 language codes, such as fr or wo' })
  @ArrayUnique({ message: 'must not repeat a language' })
  languages?: string[];

  @ApiPropertyOptional({ nullable: true, type: Boolean })
  @IsOptional()
  @IsBoolean()
  drivingLicence?: boolean | null;

  @ApiPropertyOptional({
    example: 30,
    nullable: true,
    type: Number,
    description: 'Time spent abroad, in whole months.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1200)
  monthsAbroad?: number | null;

  @ApiPropertyOptional({
    example: 'Thiès',
    nullable: true,
    type: String,
    description: 'Where the person wants to settle and work.',
  })
  @IsOptional()
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(120)
  preferredRegion?: string | null;

  @ApiPropertyOptional({
    enum: RETURNEE_WANTS,
    nullable: true,
    description: 'What the person wants: a job, training or their own business.',
  })
  @IsOptional()
  @IsIn(RETURNEE_WANTS)
  wants?: ReturneeWants | null;
}

export class SkillsProfileView {
  @ApiProperty({ format: 'uuid' })
  caseId: string;

  @ApiProperty({ format: 'uuid' })
  personId: string;

  @ApiProperty({ type: [HeldOccupationDto] })
  occupations: Array<{ iscoCode: string; years: number }>;

  @ApiProperty({ type: [String] })
  skills: string[];

  @ApiProperty({ nullable: true, type: Number })
  iscedLevel: number | null;

  @ApiProperty({ type: [String] })
  languages: string[];

  @ApiProperty({ nullable: true, type: Boolean })
  drivingLicence: boolean | null;

  @ApiProperty({ nullable: true, type: Number })
  monthsAbroad: number | null;

  @ApiProperty({ nullable: true, type: String })
  preferredRegion: string | null;

  @ApiProperty({ enum: RETURNEE_WANTS, nullable: true })
  wants: ReturneeWants | null;

  @ApiProperty({
    description: 'True once matching has what it needs (education, driving licence, what the person wants).',
  })
  complete: boolean;

  @ApiProperty({ type: [String], example: ['wants'], description: 'The fields still needed for matching.' })
  missing: string[];

  @ApiProperty({ example: 'u-partner', description: 'Who wrote this version (user id).' })
  updatedBy: string;

  @ApiProperty({ example: 'partner_focal_point' })
  updatedByRole: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  @ApiProperty({ example: 2, description: '1 when first recorded, plus one per change.' })
  version: number;
}
