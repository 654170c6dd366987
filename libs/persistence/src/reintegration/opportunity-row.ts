import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { plainToInstance, Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsISO6391,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  ValidateIf,
  ValidationError,
  ValidationOptions,
  validateSync,
} from 'class-validator';
import { isCalendarDate, type FieldViolation, type OpportunityType } from '@avrr/domain';
import { OPPORTUNITY_TYPES } from './reintegration-opportunity.entity';

/**
 * The fields of one opportunity, with the rules both edges apply: the API (POST and PATCH /opportunities) and the
 * bulk import (one row of a CSV or JSON feed). Whether the ISCO code exists and whether the country is within the
 * caller's scope need the database; `OpportunityRepository` and the callers check those after these rules.
 */
export const PARTNER_CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{1,63}$/;
export const ISCO_GROUP_CODE_PATTERN = /^[0-9]{1,4}$/;

const upper = () => Transform(({ value }) => mapStrings(value, (s) => s.trim().toUpperCase()));
const lower = () => Transform(({ value }) => mapStrings(value, (s) => s.trim().toLowerCase()));
const trim = () => Transform(({ value }) => mapStrings(value, (s) => s.trim()));

function mapStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? f(v) : v));
  return value;
}

/** A real date written YYYY-MM-DD (2026-02-30 is refused). */
function IsCalendarDay(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDay',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must be a real date in the form YYYY-MM-DD', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value) },
    });
}

/** `expiresOn` on or after `startsOn` when both are given. */
function NotBeforeStart(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'notBeforeStart',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must not be before startsOn', ...options },
      validator: {
        validate: (value: unknown, args) => {
          const startsOn = (args?.object as { startsOn?: unknown }).startsOn;
          return typeof value !== 'string' || typeof startsOn !== 'string' || value >= startsOn;
        },
      },
    });
}

export class OpportunityFields {
  @ApiProperty({
    example: 'CSN-2026-0042',
    maxLength: 200,
    description: "The partner's own id for it, as in their feed.",
  })
  @IsString()
  @trim()
  @IsNotEmpty()
  @MaxLength(200)
  externalReference: string;

  @ApiProperty({ example: 'Assistant motor mechanic', maxLength: 300 })
  @IsString()
  @trim()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @ApiProperty({
    example: '7231',
    description: 'ISCO-08 group code, normally a 4-digit unit group; must exist in the ISCO-08 reference data.',
  })
  @IsString()
  @trim()
  @Matches(ISCO_GROUP_CODE_PATTERN, { message: 'must be an ISCO-08 group code of 1 to 4 digits' })
  iscoCode: string;

  @ApiPropertyOptional({ example: ['engine repair', 'diagnostics'], description: 'Free skill tags; none by default.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @trim()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  // Every rule runs, whatever the others found: an element that is not a string is IsString's to name, not a crash here.
  @ArrayUnique((s: unknown) => (typeof s === 'string' ? s.toLowerCase() : s), { message: 'must not repeat a skill' })
  requiredSkills?: string[];

  @ApiProperty({ example: 2, minimum: 0, maximum: 8, description: 'Minimum ISCED 2011 level, 0 (none) to 8.' })
  @IsInt()
  @Min(0)
  @Max(8)
  minIscedLevel: number;

  @ApiPropertyOptional({ example: ['fr', 'wo'], description: 'Required languages, ISO 639-1; none by default.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @lower()
  @IsISO6391({ each: true, message: 'each must be an ISO 639-1 language code' })
  @ArrayUnique()
  languages?: string[];

  @ApiProperty({ example: 'SN', description: 'Country of return, ISO 3166-1 alpha-2.' })
  @IsString()
  @upper()
  @IsISO31661Alpha2({ message: 'must be an ISO 3166-1 alpha-2 country code' })
  country: string;

  @ApiProperty({ example: 'Dakar', maxLength: 120 })
  @IsString()
  @trim()
  @IsNotEmpty()
  @MaxLength(120)
  region: string;

  @ApiProperty({ enum: OPPORTUNITY_TYPES })
  @IsIn(OPPORTUNITY_TYPES)
  type: OpportunityType;

  @ApiProperty({ example: 3, minimum: 0, description: 'Free places; 0 keeps it listed but out of matching.' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  placesAvailable: number;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    example: '2026-09-01',
    nullable: true,
    description: 'First day, YYYY-MM-DD; absent or null when it runs continuously.',
  })
  @ValidateIf((_o, v) => v !== undefined && v !== null)
  @IsCalendarDay()
  startsOn?: string | null;

  @ApiProperty({
    format: 'date',
    example: '2026-12-31',
    description: 'Last day it takes people, YYYY-MM-DD (open through that day, UTC).',
  })
  @IsCalendarDay()
  @NotBeforeStart()
  expiresOn: string;
}

/** class-validator's errors as flat `{ field, reason }` entries (the fields here are not nested). */
export function opportunityViolations(errors: ValidationError[], parent = ''): FieldViolation[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({
      field,
      reason: reason.startsWith(`${error.property} `) ? reason.slice(error.property.length + 1) : reason,
    }));
    return [...own, ...opportunityViolations(error.children ?? [], field)];
  });
}

/**
 * One row of a feed checked with the API's rules: the fields as transformed (trimmed, cased) and every broken rule,
 * unknown fields included. The fields are only safe to use when `violations` is empty.
 */
export function validateOpportunityRow(plain: Record<string, unknown>): {
  fields: OpportunityFields;
  violations: FieldViolation[];
} {
  const fields = plainToInstance(OpportunityFields, plain);
  const errors = validateSync(fields, { whitelist: true, forbidNonWhitelisted: true });
  return { fields, violations: opportunityViolations(errors) };
}
