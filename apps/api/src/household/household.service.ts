import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { v4 as uuidv4 } from 'uuid';
import { checkPerson, type Contact, type HouseholdChange, latestDayAnywhere, type Principal } from '@avrr/domain';
import type { CaseSnapshot } from '@avrr/workflows';
import { CaseActionsService } from '../case-actions/case-actions.service';
import { RequestValidationError } from '../common/request-validation.error';
import { DuplicatesService } from '../duplicates/duplicates.service';
import type { HouseholdMemberDto } from '../cases/dto/create-case.dto';
import type { AddedMemberView, VulnerabilitiesDto } from './dto/household-amendment.dto';

/**
 * Household amendments after intake (issue 14, part 2). Each is one `amend_household` update: the workflow's
 * validator refuses what the rules forbid, and its projection writes the case file's rows with the timeline entry.
 */
@Injectable()
export class HouseholdService {
  constructor(
    private readonly actions: CaseActionsService,
    private readonly duplicates: DuplicatesService,
  ) {}

  async addMember(
    caseId: string,
    dto: HouseholdMemberDto,
    principal: Principal,
    key?: string,
  ): Promise<AddedMemberView> {
    const violations = checkPerson('member', dto, latestDayAnywhere(new Date().toISOString())).map((v) => ({
      ...v,
      field: v.field.replace(/^member\./, ''),
    }));
    if (violations.length > 0) throw new RequestValidationError(violations);
    // A retry with the same Idempotency-Key names the same person, so it joins the first attempt. A version 4 id like
    // every other person's (the booking accepts those), its bytes from the case and the key instead of at random.
    const personId = key
      ? uuidv4({ random: createHash('sha256').update(`${caseId}:add_member:${key}`).digest().subarray(0, 16) })
      : uuidv4();
    const member = {
      ...dto,
      id: personId,
      documents: dto.documents.map((d) => ({ ...d })),
      ...(dto.contact ? { contact: { ...dto.contact } } : {}),
    };
    const snapshot = await this.amend(caseId, { kind: 'add_member', member }, principal, key);
    // As at intake: the new member is checked against earlier cases at once.
    const found = await this.duplicates.possibleDuplicates(caseId, principal);
    return {
      personId,
      case: snapshot as never,
      possibleDuplicates: {
        matches: found.matches.filter((m) => m.personId === personId),
        elsewhere: found.elsewhere.filter((m) => m.personId === personId),
        linkedCases: found.linkedCases.filter((l) => l.personId === personId),
      },
    };
  }

  notTravelling(caseId: string, personId: string, reason: string, principal: Principal, key?: string) {
    return this.amend(caseId, { kind: 'remove_member', personId, reason }, principal, key);
  }

  setVulnerabilities(caseId: string, personId: string, dto: VulnerabilitiesDto, principal: Principal, key?: string) {
    return this.amend(
      caseId,
      { kind: 'set_vulnerabilities', personId, vulnerabilities: dto.vulnerabilities, reason: dto.reason },
      principal,
      key,
    );
  }

  setContact(caseId: string, personId: string, contact: Contact, principal: Principal, key?: string) {
    return this.amend(caseId, { kind: 'set_contact', personId, contact: { ...contact } }, principal, key);
  }

  private amend(caseId: string, change: HouseholdChange, principal: Principal, key?: string): Promise<CaseSnapshot> {
    return this.actions.execute(caseId, { type: 'amend_household', change }, principal, key);
  }
}
