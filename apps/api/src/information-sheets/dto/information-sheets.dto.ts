import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO31661Alpha2, IsISO6391, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { INFORMATION_TOPICS, type InformationTopic } from '@avrr/domain';
import { ToLowerCase, ToUpperCase, Trim } from '../../common/validators';

export class InformationSheetsQuery {
  @ApiPropertyOptional({ example: 'SN', description: 'Sheets for this country of return (ISO 3166-1 alpha-2).' })
  @IsOptional()
  @ToUpperCase()
  @IsISO31661Alpha2({ message: 'must be an ISO 3166-1 alpha-2 country code' })
  country?: string;

  @ApiPropertyOptional({ example: 'fr', description: 'Sheets in this language (ISO 639-1).' })
  @IsOptional()
  @ToLowerCase()
  @IsISO6391({ message: 'must be an ISO 639-1 language code' })
  language?: string;
}

export class PublishSheetVersionDto {
  @ApiProperty({ maxLength: 200, example: 'Arriving in Dakar: who meets you' })
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @ApiProperty({
    maxLength: 20000,
    description: 'The text given to the returnee, in Markdown.',
    example: '## At the airport\n\nA member of the partner organisation meets you at arrivals.',
  })
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(20000)
  body: string;
}

export class CreateInformationSheetDto extends PublishSheetVersionDto {
  @ApiProperty({ example: 'SN', description: 'The country of return (ISO 3166-1 alpha-2).' })
  @ToUpperCase()
  @IsISO31661Alpha2({ message: 'must be an ISO 3166-1 alpha-2 country code' })
  countryOfReturn: string;

  @ApiProperty({ enum: INFORMATION_TOPICS })
  @IsIn(INFORMATION_TOPICS)
  topic: InformationTopic;

  @ApiProperty({ example: 'fr', description: 'The language the sheet is written in (ISO 639-1).' })
  @ToLowerCase()
  @IsISO6391({ message: 'must be an ISO 639-1 language code' })
  language: string;
}

/** What names a sheet: one per country of return, topic and language. */
class SheetKeyView {
  @ApiProperty({ example: 'SN' })
  countryOfReturn: string;

  @ApiProperty({ enum: INFORMATION_TOPICS })
  topic: InformationTopic;

  @ApiProperty({ example: 'fr' })
  language: string;
}

export class InformationSheetView extends SheetKeyView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'The newest version: the one to give now.' })
  latestVersion: number;

  @ApiProperty({ description: "The newest version's title." })
  title: string;

  @ApiProperty({ format: 'date-time' })
  publishedAt: string;

  @ApiProperty({ description: 'Who published the newest version.' })
  publishedBy: string;
}

export class InformationSheetVersionView extends SheetKeyView {
  @ApiProperty({ format: 'uuid' })
  sheetId: string;

  @ApiProperty({ example: 2 })
  version: number;

  @ApiProperty()
  title: string;

  @ApiProperty({ description: 'Markdown.' })
  body: string;

  @ApiProperty({ format: 'date-time' })
  publishedAt: string;

  @ApiProperty()
  publishedBy: string;
}

export class InformationSheetDetailView extends InformationSheetView {
  @ApiProperty({
    type: [InformationSheetVersionView],
    description: 'Every version, newest first; none is ever removed.',
  })
  versions: InformationSheetVersionView[];
}
