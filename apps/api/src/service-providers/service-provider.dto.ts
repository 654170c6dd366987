import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { SERVICE_PROVIDER_KINDS, type ServiceProviderKind } from '@avrr/domain';
import { ToUpperCase, Trim } from '../common/validators';

const COUNTRY = /^[A-Z]{2}$/;

export class ServiceProvidersQuery {
  @ApiPropertyOptional({ example: 'SN', description: 'One country of return (ISO 3166-1 alpha-2).' })
  @IsOptional()
  @ToUpperCase()
  @Matches(COUNTRY, { message: 'must be an ISO 3166-1 alpha-2 country code' })
  country?: string;
}

export class CreateServiceProviderDto {
  @ApiProperty({ example: 'SN', description: 'The country of return it supplies in (ISO 3166-1 alpha-2).' })
  @ToUpperCase()
  @Matches(COUNTRY, { message: 'must be an ISO 3166-1 alpha-2 country code' })
  country: string;

  @ApiProperty({ example: 'Quincaillerie Diop, Thiès', maxLength: 200 })
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: SERVICE_PROVIDER_KINDS, description: 'The kind of in-kind assistance it supplies.' })
  @IsIn(SERVICE_PROVIDER_KINDS)
  kind: ServiceProviderKind;

  @ApiProperty({ example: '+221 33 951 00 00, diop@example.sn', maxLength: 500 })
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(500)
  contact: string;
}

export class UpdateServiceProviderDto extends PartialType(CreateServiceProviderDto) {
  @ApiPropertyOptional({ description: 'False: no longer offered for new invoices; old invoices keep naming it.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class ServiceProviderView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'SN' })
  country: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: SERVICE_PROVIDER_KINDS })
  kind: ServiceProviderKind;

  @ApiProperty()
  contact: string;

  @ApiProperty()
  active: boolean;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}
