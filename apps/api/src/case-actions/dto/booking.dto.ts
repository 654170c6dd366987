import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Omittable, ToUpperCase, Trim } from '../../common/validators';

export class SegmentDto {
  @ApiProperty({ example: 'CDG', description: 'Departure airport, IATA code.' })
  @ToUpperCase()
  @Matches(/^[A-Z]{3}$/, { message: 'must be a three-letter IATA airport code' })
  from: string;

  @ApiProperty({ example: 'DSS', description: 'Arrival airport, IATA code.' })
  @ToUpperCase()
  @Matches(/^[A-Z]{3}$/, { message: 'must be a three-letter IATA airport code' })
  to: string;

  @ApiProperty({ example: 'AF', description: 'Carrier code.' })
  @ToUpperCase()
  @Matches(/^[A-Z0-9]{2,3}$/, { message: 'must be a carrier code' })
  carrier: string;

  @ApiProperty({ example: '718' })
  @Matches(/^[0-9]{1,4}[A-Z]?$/, { message: 'must be a flight number' })
  flightNumber: string;

  @ApiProperty({ example: '2026-12-15T10:30:00Z', description: 'Departure time, ISO 8601 with offset.' })
  @IsISO8601({ strict: true })
  @Matches(/(Z|[+-]\d{2}:\d{2})$/, { message: 'must include a time zone (Z or ±hh:mm)' })
  departsAt: string;

  @ApiProperty({ example: '2026-12-15T16:05:00Z' })
  @IsISO8601({ strict: true })
  @Matches(/(Z|[+-]\d{2}:\d{2})$/, { message: 'must include a time zone (Z or ±hh:mm)' })
  arrivesAt: string;
}

export class ExclusionDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  personId: string;

  @ApiProperty({ description: 'Why this household member does not travel on this itinerary.' })
  @IsString()
  @Trim()
  @MinLength(3)
  @MaxLength(500)
  reason: string;
}

export class EscortDto {
  @ApiProperty({ enum: ['medical', 'child', 'security', 'general'] })
  @IsIn(['medical', 'child', 'security', 'general'])
  kind: 'medical' | 'child' | 'security' | 'general';

  @ApiProperty({ example: 'Dr Marie Faye' })
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ type: [String], description: 'Household members this escort accompanies.' })
  @IsArray()
  @ArrayMinSize(1)
  @IsUUID('4', { each: true })
  forPersonIds: string[];
}

export class BookTravelDto {
  @ApiProperty({ example: 'XK7P2Q', description: 'Booking reference (PNR).' })
  @ToUpperCase()
  @Matches(/^[A-Z0-9]{5,8}$/, { message: 'must be a booking reference of 5 to 8 letters or digits' })
  reference: string;

  @ApiProperty({ type: [SegmentDto], description: 'Flights in order; the last one lands in the country of return.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  @ValidateNested({ each: true })
  @Type(() => SegmentDto)
  segments: SegmentDto[];

  @ApiProperty({ type: [String], description: 'Household members on the itinerary.' })
  @IsArray()
  @ArrayUnique()
  @IsUUID('4', { each: true })
  passengerIds: string[];

  @ApiPropertyOptional({ type: [ExclusionDto], description: 'Members not travelling, each with a reason.' })
  @Omittable()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ExclusionDto)
  excluded: ExclusionDto[] = [];

  @ApiPropertyOptional({ type: [EscortDto] })
  @Omittable()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => EscortDto)
  escorts: EscortDto[] = [];

  @ApiPropertyOptional({ type: Boolean, default: false, description: 'Transit assistance is arranged.' })
  @Omittable()
  @IsBoolean()
  transitAssistance: boolean = false;
}
