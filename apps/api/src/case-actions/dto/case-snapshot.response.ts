import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_STAGES, CaseStage } from '@avrr/domain';
import { CaseReasonView } from '../../cases/dto/case.response';

export class CaseSnapshotView {
  @ApiProperty({ enum: CASE_STAGES })
  stage: CaseStage;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: "What the case waits for now, in words fit for the reader's role.",
  })
  waitingFor: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: CaseReasonView,
    description: 'The same as a code with parameters, for translation.',
  })
  waitingReason?: CaseReasonView | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'date-time',
    description: 'By when, if there is a deadline.',
  })
  dueAt: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Everything the workflow holds about the case: consents, documents, gates, booking, plan, follow-ups.',
  })
  state: Record<string, unknown>;
}
