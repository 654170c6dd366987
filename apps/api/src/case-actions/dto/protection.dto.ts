import { Injectable, type PipeTransform } from '@nestjs/common';
import { ApiParam, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsTimeZone, IsUUID, MaxLength } from 'class-validator';
import { PROTECTION_SERVICES, type ProtectionService } from '@avrr/domain';
import { RequestValidationError } from '../../common/request-validation.error';
import { IsCalendarDate, Trim } from '../../common/validators';

export class ReviewProtectionHoldDto {
  @ApiProperty({
    maxLength: 2000,
    example: 'Asylum claim lodged on 2 March; waiting for the first interview.',
    description: 'What the review found. Only the host office (counsellors, supervisors) reads it.',
  })
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(2000)
  note: string;

  @ApiProperty({
    example: '2026-04-15',
    description:
      'The day of the next review, in `timeZone`: after today there, within 180 days. The review falls due when the ' +
      'day begins there; its reminder and escalation follow it.',
  })
  @IsCalendarDate()
  nextReviewOn: string;

  @ApiPropertyOptional({
    example: 'America/Bogota',
    default: 'UTC',
    description:
      "The reviewer's IANA time zone, which says when `nextReviewOn` begins (the web app sends the device's).",
  })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;
}

export class ReferToProtectionServiceDto {
  @ApiProperty({ format: 'uuid', description: 'The person referred: a member of the household.' })
  @IsUUID()
  personId: string;

  @ApiProperty({ enum: PROTECTION_SERVICES, description: 'What the person is referred to.' })
  @IsIn(PROTECTION_SERVICES)
  service: ProtectionService;

  @ApiProperty({ maxLength: 200, example: 'Forum Réfugiés, Lyon', description: 'The named service.' })
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(200)
  provider: string;

  @ApiProperty({
    example: '2026-03-03',
    description: 'The day the person consented to the referral and to their data going to the service.',
  })
  @IsCalendarDate()
  consentGivenOn: string;
}

/** The referral named in the path: `referral-1`, `referral-2`… */
export const REFERRAL_ID = /^referral-[1-9][0-9]{0,3}$/;

export class RecordReferralResponseDto {
  @ApiProperty({ enum: ['accepted', 'declined'] })
  @IsIn(['accepted', 'declined'])
  response: 'accepted' | 'declined';

  @ApiProperty({
    example: '2026-03-05',
    description:
      "The day the service answered, in the partner's time zone: not after the latest day anywhere (date_in_future), nor before the referral's day furthest west (response_before_referral).",
  })
  @IsCalendarDate()
  respondedOn: string;

  @ApiPropertyOptional({ maxLength: 2000, nullable: true, type: String })
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(2000)
  note?: string | null;
}

export class RecordReferralFollowUpDto {
  @ApiProperty({ example: '2026-03-20' })
  @IsCalendarDate()
  heldOn: string;

  @ApiProperty({ maxLength: 2000, example: 'Housed at the shelter; legal aid appointment on 25 March.' })
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(2000)
  note: string;
}

/** The referral named in a path, checked like a body field: 400 naming `referralId` for anything else. */
@Injectable()
export class ParseReferralIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!REFERRAL_ID.test(value))
      throw new RequestValidationError([{ field: 'referralId', reason: 'must be a referral id such as referral-1' }]);
    return value;
  }
}

/** The path parameter's description in the API document. */
export const ReferralIdApiParam = () =>
  ApiParam({ name: 'referralId', schema: { type: 'string', pattern: REFERRAL_ID.source, example: 'referral-1' } });
