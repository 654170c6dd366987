import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import type { MatchReason } from '@avrr/domain';

export class DuplicateDecisionDto {
  @ApiProperty({ format: 'uuid', description: 'The person of this case.' })
  @IsUUID()
  personId: string;

  @ApiProperty({
    format: 'uuid',
    description: 'The person of the other case, as the possible-duplicates list gave it.',
  })
  @IsUUID()
  otherPersonId: string;

  @ApiProperty({
    enum: ['confirmed', 'dismissed'],
    description: 'Confirmed links the two cases; dismissed stops showing the match.',
  })
  @IsIn(['confirmed', 'dismissed'])
  decision: 'confirmed' | 'dismissed';
}

export class DuplicateOtherPersonView {
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty() reference: string;
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty() givenNames: string;
  @ApiProperty() familyName: string;
  @ApiProperty({ format: 'date' }) dateOfBirth: string;
  @ApiProperty() nationality: string;
}

export class PossibleDuplicateView {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty({ type: () => DuplicateOtherPersonView }) other: DuplicateOtherPersonView;
  @ApiProperty({ description: '0..1' }) score: number;
  @ApiProperty({ type: [String] }) reasons: MatchReason[];
  @ApiProperty({ enum: ['open', 'confirmed', 'dismissed'] }) decision: 'open' | 'confirmed' | 'dismissed';
}

/** A match in a case the caller may not see: only that it exists, and the office to ask. */
export class ElsewhereMatchView {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty({ description: 'The office holding the other case.' }) askOffice: string;
}

export class LinkedCaseView {
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty({ format: 'uuid' }) otherPersonId: string;
}

export class PossibleDuplicatesView {
  @ApiProperty({ type: [PossibleDuplicateView] }) matches: PossibleDuplicateView[];
  @ApiProperty({ type: [ElsewhereMatchView] }) elsewhere: ElsewhereMatchView[];
  @ApiProperty({ type: [LinkedCaseView], description: 'Cases linked by a confirmed match.' })
  linkedCases: LinkedCaseView[];
}

export class DuplicateDecisionView {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty({ format: 'uuid' }) otherCaseId: string;
  @ApiProperty({ format: 'uuid' }) otherPersonId: string;
  @ApiProperty({ enum: ['confirmed', 'dismissed'] }) decision: 'confirmed' | 'dismissed';
  @ApiProperty() score: number;
  @ApiProperty() decidedAt: string;
}
