import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsISO6391, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate, ToLowerCase, Trim } from '../../common/validators';

export class SignConsentDto {
  @ApiProperty({ format: 'uuid', description: 'The household member who consents (or for whom the guardian signs).' })
  @IsUUID()
  personId: string;

  @ApiProperty({ example: 'AVRR-DECL-2026-01', description: 'Version of the voluntary return declaration form.' })
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(60)
  formVersion: string;

  @ApiProperty({ example: 'fr', description: 'Language of the form, ISO 639-1.' })
  @ToLowerCase()
  @IsISO6391({ message: 'must be an ISO 639-1 language code' })
  language: string;

  @ApiPropertyOptional({ description: 'Interpreter present at signature.' })
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(200)
  interpreter?: string;

  @ApiProperty({ example: '2026-11-21', description: 'Date of signature, YYYY-MM-DD.' })
  @IsCalendarDate()
  signedOn: string;

  @ApiProperty({ example: 'Jeanne Roux', description: 'Witness to the signature.' })
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(200)
  witness: string;

  @ApiProperty({
    enum: ['self', 'guardian', 'child'],
    description:
      'Adults sign for themselves; for a child the guardian signs, and an unaccompanied child also consents.',
  })
  @IsIn(['self', 'guardian', 'child'])
  signedBy: 'self' | 'guardian' | 'child';

  @ApiPropertyOptional({ description: "The guardian's name, when the guardian signs." })
  @IsOptional()
  @IsString()
  @Trim()
  @MaxLength(200)
  guardianName?: string;

  @ApiProperty({ description: 'Separate consent to share personal data with the partner in the country of return.' })
  @IsBoolean()
  shareDataWithPartner: boolean;
}
