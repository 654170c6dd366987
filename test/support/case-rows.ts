import { formatCaseReference } from '@avrr/domain';
import { CaseRepository, ReturnCaseEntity, SYSTEM_SCOPE } from '@avrr/persistence';
import { buildCase } from '../../apps/api/src/cases/case-draft';
import { plainToInstance } from 'class-transformer';
import { CreateCaseDto } from '../../apps/api/src/cases/dto/create-case.dto';
import { householdRequest } from './fixtures';

/** Saves a case the way intake does, without starting its workflow, so a test can start it its own way. */
export async function saveCase(
  cases: CaseRepository,
  overrides: Record<string, unknown> = {},
): Promise<ReturnCaseEntity> {
  // Through the DTO, so defaults apply as they do for a request.
  const request = plainToInstance(CreateCaseDto, householdRequest(overrides));
  const draft = buildCase(request, formatCaseReference(2026, await cases.nextReferenceNumber()), undefined, null);
  await cases.insert(draft);
  return (await cases.findById(draft.id, SYSTEM_SCOPE))!;
}
