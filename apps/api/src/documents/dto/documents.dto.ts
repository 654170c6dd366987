import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ALLOWED_DOCUMENT_MEDIA_TYPES, DOCUMENT_KINDS, type DocumentKind } from '@avrr/domain';
import { Trim } from '../../common/validators';

/** The multipart form of an upload, for the OpenAPI document (the fields are read from the stream, in this order). */
export const UPLOAD_SCHEMA = {
  type: 'object',
  required: ['kind', 'file'],
  properties: {
    kind: { type: 'string', enum: [...DOCUMENT_KINDS], description: 'Must come before the file.' },
    personId: {
      type: 'string',
      format: 'uuid',
      description: 'The person of the case the paper is about; omit for the case as a whole.',
    },
    file: {
      type: 'string',
      format: 'binary',
      description: `One of ${ALLOWED_DOCUMENT_MEDIA_TYPES.join(', ')}, by content.`,
    },
  },
};

export class ListDocumentsQuery {
  @ApiPropertyOptional({ format: 'uuid', description: "Only this person's papers." })
  @IsOptional()
  @IsUUID()
  personId?: string;
}

export class WithdrawDocumentDto {
  @ApiProperty({ description: 'Why the paper no longer counts (replaced, wrong person, illegible…).' })
  @IsString()
  @Trim()
  @MinLength(1)
  @MaxLength(2000)
  reason: string;
}

export class DocumentUploaderView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() role: string;
}

export class DocumentWithdrawalView {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ description: 'Who withdrew it.' }) by: string;
}

export class DocumentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) personId: string | null;
  @ApiProperty({ enum: DOCUMENT_KINDS }) kind: DocumentKind;
  @ApiProperty() fileName: string;
  @ApiProperty({ description: 'Sniffed from the content, never taken from the client.' }) mediaType: string;
  @ApiProperty() sizeBytes: number;
  @ApiProperty({ description: 'SHA-256 of the content, hex.' }) sha256: string;
  @ApiProperty({ description: 'A medical certificate or a best-interests determination.' }) sensitive: boolean;
  @ApiProperty({ type: DocumentUploaderView }) uploadedBy: DocumentUploaderView;
  @ApiProperty({ format: 'date-time' }) uploadedAt: string;
  @ApiPropertyOptional({ type: DocumentWithdrawalView, nullable: true }) withdrawn: DocumentWithdrawalView | null;
}
