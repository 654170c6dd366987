import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsEmail,
  IsIn,
  IsISO31661Alpha2,
  IsISO6391,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  DOCUMENT_TYPES,
  DocumentType,
  RELATIONSHIPS,
  Relationship,
  Sex,
  SEXES,
  Vulnerability,
  VULNERABILITIES,
} from '@avrr/domain';
import { IsCalendarDate, Omittable, ToLowerCase, ToUpperCase, Trim } from '../../common/validators';

export class ContactDto {
  @ApiPropertyOptional({ example: '+33 6 12 34 56 78', description: 'Phone number, international format preferred.' })
  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9 ().-]{5,40}$/, { message: 'must be a phone number of digits, spaces, ( ) . - and an optional +' })
  phone?: string;

  @ApiPropertyOptional({ example: 'amina@example.org' })
  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  email?: string;

  @ApiPropertyOptional({ description: 'Postal address or where the person can be found.', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  address?: string;
}

export class HeldDocumentDto {
  @ApiProperty({ enum: DOCUMENT_TYPES, description: 'Kind of document the person holds.' })
  @IsIn(DOCUMENT_TYPES)
  type: DocumentType;

  @ApiPropertyOptional({ maxLength: 64, description: 'Document number as printed.' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  @Trim()
  number?: string;

  @ApiProperty({ example: 'SN', description: 'Issuing country, ISO 3166-1 alpha-2.' })
  @ToUpperCase()
  @IsISO31661Alpha2({ message: 'must be an ISO 3166-1 alpha-2 country code' })
  issuingCountry: string;

  @ApiPropertyOptional({ example: '2029-05-31', description: 'Expiry date, YYYY-MM-DD.' })
  @IsOptional()
  @IsCalendarDate()
  expiresOn?: string;
}

export class PersonDto {
  @ApiProperty({ example: 'Amina', maxLength: 200 })
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(200)
  givenNames: string;

  @ApiProperty({ example: 'Diallo', maxLength: 200 })
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(200)
  familyName: string;

  @ApiProperty({
    example: '1988-04-12',
    description:
      "Date of birth, YYYY-MM-DD, a day of the family's time zone: not after the latest day anywhere (UTC+14).",
  })
  @IsCalendarDate()
  dateOfBirth: string;

  @ApiProperty({ enum: SEXES })
  @IsIn(SEXES)
  sex: Sex;

  @ApiProperty({ example: 'SN', description: 'Nationality, ISO 3166-1 alpha-2.' })
  @ToUpperCase()
  @IsISO31661Alpha2({ message: 'must be an ISO 3166-1 alpha-2 country code' })
  nationality: string;

  @ApiProperty({ example: ['fr', 'wo'], description: 'Languages the person understands, ISO 639-1, preferred first.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @ToLowerCase()
  @IsISO6391({ each: true, message: 'each must be an ISO 639-1 language code' })
  languages: string[];

  @ApiPropertyOptional({ enum: VULNERABILITIES, isArray: true, description: "This person's vulnerability flags." })
  @Omittable()
  @IsArray()
  @ArrayUnique()
  @IsIn(VULNERABILITIES, { each: true })
  vulnerabilities: Vulnerability[] = [];

  @ApiPropertyOptional({ type: [HeldDocumentDto], description: 'Identity and travel documents held.' })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => HeldDocumentDto)
  documents: HeldDocumentDto[] = [];

  @ApiPropertyOptional({ type: ContactDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactDto)
  contact?: ContactDto;
}

export class HouseholdMemberDto extends PersonDto {
  @ApiProperty({ enum: RELATIONSHIPS, description: 'Relationship to the principal applicant.' })
  @IsIn(RELATIONSHIPS)
  relationship: Relationship;
}

export class CounsellorDto {
  @ApiProperty({ example: 'Claire Martin', maxLength: 200 })
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'claire.martin@avrr.example', description: 'Where case notifications are sent.' })
  @IsEmail({}, { message: 'must be an email address' })
  email: string;
}

export class CreateCaseDto {
  @ApiProperty({ type: PersonDto, description: 'The principal applicant; required.' })
  @IsDefined({ message: 'a household needs its principal applicant' })
  @IsObject()
  @ValidateNested()
  @Type(() => PersonDto)
  principal: PersonDto;

  @ApiPropertyOptional({ type: [HouseholdMemberDto], description: 'Family members returning with the principal.' })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => HouseholdMemberDto)
  household: HouseholdMemberDto[] = [];

  @ApiProperty({ example: 'PARIS', description: 'Code of the host-country office that opens the case.' })
  @ToUpperCase()
  @Matches(/^[A-Z0-9][A-Z0-9_-]{1,63}$/, { message: 'must be an office code: 2 to 64 letters, digits, _ or -' })
  hostOffice: string;

  @ApiProperty({ example: 'SN', description: 'Country of return, ISO 3166-1 alpha-2.' })
  @ToUpperCase()
  @IsISO31661Alpha2({ message: 'must be an ISO 3166-1 alpha-2 country code' })
  countryOfReturn: string;

  @ApiProperty({ example: 'Dakar', description: 'Region or city of return.', maxLength: 120 })
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(120)
  regionOfReturn: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The partner organisation that will receive the household: one of those covering the country of return ' +
      '(GET /partner-organisations?country=…). May be left out when only one covers it (that one is assigned) or none ' +
      'does (the case has no partner until a supervisor assigns one).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  partnerOrganisationId?: string;

  @ApiProperty({ type: CounsellorDto, description: 'The counsellor assigned to the case.' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => CounsellorDto)
  counsellor: CounsellorDto;
}
