import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, ArrayUnique, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Vulnerability, VULNERABILITIES } from '@avrr/domain';
import { Trim } from '../../common/validators';
import { CaseSnapshotView } from '../../case-actions/dto/case-snapshot.response';
import { PossibleDuplicatesView } from '../../duplicates/dto/duplicates.dto';
import { ContactDto, HouseholdMemberDto } from '../../cases/dto/create-case.dto';

export class NotTravellingDto {
  @ApiProperty({
    maxLength: 1000,
    example: 'stays in France to finish his work contract',
    description: 'Why this member does not travel; kept on the case and used as their exclusion from the booking.',
  })
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

export class VulnerabilitiesDto {
  @ApiProperty({
    enum: VULNERABILITIES,
    isArray: true,
    description: "The person's flags as they now stand (replaces the earlier list; may be empty to correct a mistake).",
  })
  @IsArray()
  @ArrayMaxSize(VULNERABILITIES.length)
  @ArrayUnique()
  @IsIn(VULNERABILITIES, { each: true })
  vulnerabilities: Vulnerability[];

  @ApiProperty({
    maxLength: 1000,
    example: 'disclosed at the screening interview',
    description: 'How the change was found.',
  })
  @IsString()
  @Trim()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

export class AddedMemberView {
  @ApiProperty({ format: 'uuid', description: 'The new member’s id.' })
  personId: string;

  @ApiProperty({ type: CaseSnapshotView, description: 'The case as it stands after the amendment.' })
  case: CaseSnapshotView;

  @ApiProperty({
    type: PossibleDuplicatesView,
    description: 'Possible earlier cases of the new member, checked as at intake.',
  })
  possibleDuplicates: PossibleDuplicatesView;
}

/** A member added after intake: the same fields as at intake. */
export class AddMemberDto extends HouseholdMemberDto {}

/** A corrected contact: the same fields as at intake; at least one is given. */
export class ContactAmendmentDto extends ContactDto {}

/** The case as it stands after an amendment. */
export class AmendedCaseView extends CaseSnapshotView {}
