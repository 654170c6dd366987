import { Injectable } from '@nestjs/common';
import {
  caseScopeFor,
  DomainError,
  DUPLICATE_THRESHOLD,
  type PersonIdentity,
  type Principal,
  scoreDuplicate,
} from '@avrr/domain';
import { DuplicateCandidateRepository, type DuplicateDecisionRow, type PersonRecord } from '@avrr/persistence';
import { AuditService } from '../audit/audit.service';
import { CaseQueryService } from '../cases/case-query.service';
import {
  DuplicateDecisionDto,
  DuplicateDecisionView,
  type ElsewhereMatchView,
  type PossibleDuplicateView,
  PossibleDuplicatesView,
} from './dto/duplicates.dto';

/**
 * Possible earlier cases of the same people (issue 16, "Duplicate persons"). Matches in the caller's scope are shown
 * in full; a match in a case they may not see says only that it exists and which office holds it.
 */
@Injectable()
export class DuplicatesService {
  constructor(
    private readonly cases: CaseQueryService,
    private readonly candidates: DuplicateCandidateRepository,
    private readonly audit: AuditService,
  ) {}

  async possibleDuplicates(caseId: string, principal: Principal): Promise<PossibleDuplicatesView> {
    const scope = caseScopeFor(principal);
    const entity = await this.cases.load(caseId, scope);
    const decisions = await this.candidates.decisionsFor(caseId);
    const matches: PossibleDuplicateView[] = [];
    const elsewhere = new Map<string, ElsewhereMatchView>();
    for (const person of entity.people) {
      for (const { candidate, score, reasons } of await this.scored(caseId, person, principal)) {
        if (!candidate.inScope) {
          elsewhere.set(`${person.id}|${candidate.hostOffice}`, {
            personId: person.id,
            askOffice: candidate.hostOffice,
          });
          continue;
        }
        matches.push({
          personId: person.id,
          other: {
            caseId: candidate.caseId,
            reference: candidate.reference,
            personId: candidate.personId,
            givenNames: candidate.givenNames,
            familyName: candidate.familyName,
            dateOfBirth: candidate.dateOfBirth,
            nationality: candidate.nationality,
          },
          score,
          reasons,
          decision: decisionOf(decisions, person.id, candidate.personId)?.decision ?? 'open',
        });
      }
    }
    const linkedCases = decisions
      .filter((d) => d.decision === 'confirmed')
      .map((d) =>
        d.caseId === caseId
          ? { caseId: d.otherCaseId, personId: d.personId, otherPersonId: d.otherPersonId }
          : { caseId: d.caseId, personId: d.otherPersonId, otherPersonId: d.personId },
      );
    return { matches: matches.sort((a, b) => b.score - a.score), elsewhere: [...elsewhere.values()], linkedCases };
  }

  /** Only a match the check itself found, in the caller's scope, can be decided: no linking of arbitrary people. */
  async decide(caseId: string, dto: DuplicateDecisionDto, principal: Principal): Promise<DuplicateDecisionView> {
    const entity = await this.cases.loadOpen(caseId, caseScopeFor(principal));
    const person = entity.people.find((p) => p.id === dto.personId);
    if (!person) throw new DomainError('person_not_found', `No person ${dto.personId} in this case.`);
    const match = (await this.scored(caseId, person, principal)).find(
      (m) => m.candidate.personId === dto.otherPersonId && m.candidate.inScope,
    );
    if (!match)
      throw new DomainError(
        'duplicate_match_not_found',
        'That person is not among the possible duplicates you can see for this person.',
      );
    const before =
      decisionOf(await this.candidates.decisionsFor(caseId), person.id, dto.otherPersonId)?.decision ?? 'open';
    const saved = await this.candidates.decide(
      {
        caseId,
        personId: person.id,
        otherCaseId: match.candidate.caseId,
        otherPersonId: match.candidate.personId,
        decision: dto.decision,
        score: match.score,
        decidedBy: principal.userId,
      },
      // The entry, with what was stored, in the decision's own transaction.
      (em, stored) =>
        this.audit.recordIn(em, {
          changes: [
            {
              path: 'duplicate',
              before: { decision: before },
              after: {
                decision: dto.decision,
                personId: person.id,
                otherCaseId: stored.otherCaseId,
                otherPersonId: stored.otherPersonId,
                score: stored.score,
              },
            },
          ],
        }),
    );
    return {
      personId: saved.personId,
      otherCaseId: saved.otherCaseId,
      otherPersonId: saved.otherPersonId,
      decision: saved.decision,
      score: saved.score,
      decidedAt: new Date(saved.decidedAt).toISOString(),
    };
  }

  private async scored(caseId: string, person: PersonRecord, principal: Principal) {
    const identity = identityOf(person);
    const candidates = await this.candidates.candidatesFor(caseId, identity, caseScopeFor(principal));
    return candidates
      .map((candidate) => ({ candidate, ...scoreDuplicate(identity, candidate) }))
      .filter((m) => m.score >= DUPLICATE_THRESHOLD);
  }
}

function identityOf(p: PersonRecord): PersonIdentity {
  return {
    givenNames: p.givenNames,
    familyName: p.familyName,
    dateOfBirth: p.dateOfBirth,
    nationality: p.nationality,
    documentNumbers: (p.documents ?? []).map((d) => d.number).filter((n): n is string => !!n),
  };
}

function decisionOf(decisions: DuplicateDecisionRow[], a: string, b: string): DuplicateDecisionRow | undefined {
  return decisions.find(
    (d) => (d.personId === a && d.otherPersonId === b) || (d.personId === b && d.otherPersonId === a),
  );
}
