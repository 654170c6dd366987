import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate, Trim } from '../../common/validators';

export class RecordMedicalClearanceDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  personId: string;

  @ApiProperty({ description: 'The doctor found the person fit to travel.' })
  @IsBoolean()
  fitToTravel: boolean;

  @ApiProperty({ example: '2026-12-31', description: 'The certificate must be valid on the travel date.' })
  @IsCalendarDate()
  certificateValidUntil: string;

  @ApiProperty({ description: 'The certificate requires a medical escort.' })
  @IsBoolean()
  escortRequired: boolean;
}

export class RecordBestInterestsDto {
  @ApiProperty({ format: 'uuid', description: 'The unaccompanied or separated child.' })
  @IsUUID()
  personId: string;

  @ApiProperty({ enum: ['approved', 'rejected'] })
  @IsIn(['approved', 'rejected'])
  decision: 'approved' | 'rejected';

  @ApiProperty({ example: '2026-11-25' })
  @IsCalendarDate()
  decidedOn: string;
}

export class RecordFamilyAssessmentDto {
  @ApiProperty({ format: 'uuid', description: 'The unaccompanied or separated child.' })
  @IsUUID()
  personId: string;

  @ApiProperty({ enum: ['positive', 'negative'], description: 'Whether the family can safely receive the child.' })
  @IsIn(['positive', 'negative'])
  outcome: 'positive' | 'negative';

  @ApiPropertyOptional({ description: 'Who will receive the child.' })
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(200)
  receivingGuardian?: string;

  @ApiProperty({ example: '2026-11-24' })
  @IsCalendarDate()
  assessedOn: string;
}

export class RecordTraffickingRiskDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  personId: string;

  @ApiProperty({ enum: ['host', 'return'], description: 'Which country the assessment covers.' })
  @IsIn(['host', 'return'])
  country: 'host' | 'return';

  @ApiProperty({ enum: ['acceptable', 'unacceptable'] })
  @IsIn(['acceptable', 'unacceptable'])
  outcome: 'acceptable' | 'unacceptable';
}

export class RecordProtectionReferralDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  personId: string;

  @ApiProperty({ example: 'Centre Ginddi, Dakar', description: 'The protection service in the country of return.' })
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(200)
  service: string;

  @ApiProperty({ example: '2026-11-26' })
  @IsCalendarDate()
  referredOn: string;
}
