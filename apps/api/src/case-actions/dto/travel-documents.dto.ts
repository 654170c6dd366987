import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsCalendarDate, Trim } from '../../common/validators';

export class RequestTravelDocumentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  personId: string;

  @ApiProperty({ example: 'Consulate General of Senegal, Paris', description: 'Where the request went.' })
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(200)
  consulate: string;
}

export class IssueTravelDocumentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  personId: string;

  @ApiProperty({ enum: ['passport', 'emergency_travel_document', 'laissez_passer'] })
  @IsIn(['passport', 'emergency_travel_document', 'laissez_passer'])
  documentType: 'passport' | 'emergency_travel_document' | 'laissez_passer';

  @ApiProperty({ example: 'ETD-2026-4411' })
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(64)
  number: string;

  @ApiProperty({ example: '2027-02-28', description: 'Expiry date, YYYY-MM-DD; must be in the future.' })
  @IsCalendarDate()
  expiresOn: string;
}

export class RefuseTravelDocumentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  personId: string;

  @ApiProperty({ example: 'Nationality could not be confirmed' })
  @IsString()
  @Trim()
  @MinLength(3)
  @MaxLength(1000)
  reason: string;
}

export class DecideStrandedDto {
  @ApiProperty({
    enum: ['retry', 'another_route', 'close'],
    description: 'Retry the consulate, try another route, or close the case as not departed.',
  })
  @IsIn(['retry', 'another_route', 'close'])
  decision: 'retry' | 'another_route' | 'close';

  @ApiProperty({ description: 'What was decided and why.' })
  @IsString()
  @Trim()
  @MinLength(3)
  @MaxLength(2000)
  note: string;
}
