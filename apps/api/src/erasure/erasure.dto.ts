import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { Trim } from '../common/validators';

export class CaseErasureDto {
  @ApiProperty({ format: 'uuid', description: 'The person of the case who asked for the erasure.' })
  @IsUUID('all', { message: 'must be a UUID' })
  requestedBy: string;

  @ApiProperty({
    minLength: 1,
    maxLength: 500,
    example: 'Written request received 2026-11-30, identity checked at the office.',
    description: 'The request and its basis, for the audit (where it is masked like every free text).',
  })
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

/** Rows changed by the anonymisation, per table. */
export class ErasedRowsView {
  @ApiProperty() people: number;
  @ApiProperty({ description: 'Identity documents whose number was removed.' }) documents: number;
  @ApiProperty() timelineEvents: number;
  @ApiProperty() skillsProfiles: number;
  @ApiProperty() opportunityLinks: number;
  @ApiProperty() declaredAssets: number;
  @ApiProperty() assetTransfers: number;
  @ApiProperty({ description: 'Uploaded files, removed with their content.' }) files: number;
}

export class CaseErasureView {
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ example: 'RC-2026-000123' }) reference: string;
  @ApiProperty({ format: 'uuid' }) requestedBy: string;
  @ApiProperty({ type: String, format: 'date-time' }) erasedAt: string;
  @ApiProperty({
    enum: ['ended_now', 'had_ended'],
    description:
      "`ended_now`: the case's workflow still waited for a reopening and was terminated; `had_ended`: it had ended.",
  })
  workflow: 'ended_now' | 'had_ended';
  @ApiProperty({ description: "The workflow's runs whose history was deleted from Temporal." })
  historiesDeleted: number;
  @ApiProperty({ type: ErasedRowsView }) anonymised: ErasedRowsView;
}
