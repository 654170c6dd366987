import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { ROLES, type Role } from '@avrr/domain';
import { PageQuery } from '../common/page.query';
import { ToUpperCase } from '../common/validators';

const OFFICE_CODE = /^[A-Z0-9][A-Z0-9_-]{1,63}$/;

export class CreateOfficeDto {
  @ApiProperty({ example: 'PARIS', description: 'Upper-case letters, digits, _ and -.' })
  @Matches(OFFICE_CODE, { message: 'must be 2 to 64 upper-case letters, digits, _ or -' })
  code: string;

  @ApiProperty({ example: 'Paris host office' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ example: 'FR', description: 'ISO 3166-1 alpha-2 code of the host country.' })
  @ToUpperCase()
  @IsISO31661Alpha2()
  country: string;
}

export class CreatePartnerOrganisationDto {
  @ApiProperty({ example: 'Dakar Reintegration Network' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ example: ['SN'], description: 'Countries of return it receives returnees in.' })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(50)
  @ToUpperCase()
  @IsISO31661Alpha2({ each: true })
  countries: string[];

  @ApiPropertyOptional({
    format: 'email',
    description: "The team address for its case emails; without it they go to the organisation's focal points.",
  })
  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email?: string;
}

class UserFields {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ example: ['PARIS'], description: 'Offices of a counsellor, logistics officer or supervisor.' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(50)
  @Matches(OFFICE_CODE, { each: true, message: 'each office must be an office code' })
  offices?: string[];

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The organisation of a partner focal point.',
  })
  @IsOptional()
  @IsUUID('4')
  partnerOrganisationId?: string | null;
}

export class CreateUserDto extends UserFields {
  @ApiProperty({ example: 'claire.martin@avrr.example' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Claire Martin' })
  @IsString()
  @Length(1, 200)
  displayName: string;

  @ApiProperty({ description: '12 to 200 characters.' })
  @IsString()
  @Length(12, 200)
  password: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  declare role: Role;
}

export class UpdateUserDto extends UserFields {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  displayName?: string;

  @ApiPropertyOptional({
    description:
      'A new (temporary) password, 12 to 200 characters: unlocks the account and signs the user out everywhere.',
  })
  @IsOptional()
  @IsString()
  @Length(12, 200)
  password?: string;

  @ApiPropertyOptional({ description: 'false disables the account and signs it out everywhere.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class OfficeView {
  @ApiProperty({ example: 'PARIS' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'FR', description: 'ISO 3166-1 alpha-2.' }) country: string;
  @ApiProperty({ format: 'date-time' }) createdAt: Date;
}

export class PartnerOrganisationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: [String], description: 'The countries of return it covers (ISO 3166-1 alpha-2).' })
  countries: string[];
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'email',
    description: "The team address for its case emails; null when they go to the organisation's focal points.",
  })
  email: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: Date;
}

export class UserView {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ type: [String] }) offices: string[];
  @ApiProperty({ nullable: true, type: String }) partnerOrganisationId: string | null;
  @ApiProperty() active: boolean;
  @ApiProperty({ description: 'The password was set by an administrator and not yet replaced by the user.' })
  mustChangePassword: boolean;
  @ApiProperty({ nullable: true, type: String }) lockedUntil: string | null;
}

export const USER_STATES = ['active', 'locked', 'disabled'] as const;

export class UserListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the email or the name, any case.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({
    enum: USER_STATES,
    description: '`locked`: locked out by failed sign-ins now; `active`: neither locked nor disabled.',
  })
  @IsOptional()
  @IsIn(USER_STATES)
  state?: (typeof USER_STATES)[number];
}

export class UserPage {
  @ApiProperty({ type: [UserView], description: 'In email order.' }) items: UserView[];
  @ApiProperty({ description: 'Users matching the filters, on all pages.' }) total: number;
  @ApiProperty({ description: 'Of those, locked out now.' }) locked: number;
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next page; null on the last.' })
  nextCursor: string | null;
}
