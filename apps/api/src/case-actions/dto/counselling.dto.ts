import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO6391,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import { COUNSELLING_OPTIONS } from '@avrr/domain';
import { IsCalendarDate, ToLowerCase, Trim } from '../../common/validators';

export class RecordCounsellingDto {
  @ApiProperty({
    example: '2026-11-20',
    description:
      "When the session was held, YYYY-MM-DD, a day of the caller's time zone: not after the latest day anywhere (UTC+14).",
  })
  @IsCalendarDate()
  heldOn: string;

  @ApiProperty({ example: 'fr', description: 'Language of the session, ISO 639-1.' })
  @ToLowerCase()
  @IsISO6391({ message: 'must be an ISO 639-1 language code' })
  language: string;

  @ApiPropertyOptional({ example: 'Ousmane Sy', description: 'Interpreter, if one was used.' })
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(200)
  interpreter?: string;

  @ApiProperty({
    enum: COUNSELLING_OPTIONS,
    isArray: true,
    description:
      'Options explained: counselling is complete once legal stay, onward migration and return were all covered.',
  })
  @IsArray()
  @ArrayUnique()
  @IsIn(COUNSELLING_OPTIONS, { each: true })
  optionsDiscussed: string[];

  @ApiProperty({ description: 'The situation in the country of return was explained.' })
  @IsBoolean()
  countryInformationProvided: boolean;

  @ApiProperty({ description: 'The person confirmed they understood and chose freely.' })
  @IsBoolean()
  informedChoiceConfirmed: boolean;
}

export class RecordScreeningDto {
  @ApiProperty({ description: 'Meets the programme criteria (and the destination is not suspended).' })
  @IsBoolean()
  eligible: boolean;

  @ApiPropertyOptional({ description: 'Why not, when not eligible.' })
  @IsOptional()
  @IsString()
  @Trim()
  @MinLength(3)
  @MaxLength(1000)
  ineligibilityReason?: string;

  @ApiProperty({ description: 'An asylum claim is pending: the case goes on protection hold.' })
  @IsBoolean()
  asylumClaimPending: boolean;

  @ApiProperty({ description: 'The person fears persecution or serious harm on return: protection hold.' })
  @IsBoolean()
  fearOfReturn: boolean;

  @ApiPropertyOptional({ description: 'Any other protection concern, in words: protection hold.' })
  @IsOptional()
  @IsString()
  @Trim()
  @MinLength(3)
  @MaxLength(1000)
  protectionConcern?: string;
}

export class ReasonDto {
  @ApiProperty({ description: 'Why, in a sentence that will stay on the case timeline.', minLength: 3 })
  @IsString()
  @Trim()
  @MinLength(3)
  @MaxLength(2000)
  reason: string;
}
