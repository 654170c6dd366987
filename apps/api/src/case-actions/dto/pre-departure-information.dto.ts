import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsISO6391,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { INFORMATION_TOPICS } from '@avrr/domain';
import { IsCalendarDate, ToLowerCase } from '../../common/validators';

export class GivenSheetDto {
  @ApiProperty({ format: 'uuid', description: 'The sheet (GET /information-sheets?country=…&language=…).' })
  @IsUUID('all', { message: 'must be a UUID' })
  sheetId: string;

  @ApiProperty({ example: 2, description: 'The version given: it must exist.' })
  @IsInt()
  @Min(1)
  @Max(100000)
  version: number;
}

export class RecordPreDepartureInformationDto {
  @ApiProperty({ format: 'uuid', description: 'The household member who acknowledged the sheets.' })
  @IsUUID('all', { message: 'must be a UUID' })
  personId: string;

  @ApiProperty({
    example: 'fr',
    description: 'The language the sheets were given in (ISO 639-1); every sheet is in it.',
  })
  @ToLowerCase()
  @IsISO6391({ message: 'must be an ISO 639-1 language code' })
  language: string;

  @ApiProperty({
    type: [GivenSheetDto],
    description: `The sheets given, each at most once, all for the case's country of return (topics: ${INFORMATION_TOPICS.join(', ')}).`,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => GivenSheetDto)
  sheets: GivenSheetDto[];

  @ApiProperty({
    example: '2026-03-02',
    description:
      "The day the returnee acknowledged them, in the caller's time zone: not after the latest day anywhere (UTC+14).",
  })
  @IsCalendarDate()
  acknowledgedOn: string;
}
