import { Injectable } from '@nestjs/common';
import {
  type CaseAction,
  type CaseReason,
  DomainError,
  type EvidencedStep,
  missingEvidence,
  evidenceMessage,
  reasonFor,
  type Role,
} from '@avrr/domain';
import { AppConfig } from '@avrr/config';
import { type CaseRecord, CaseDocumentRepository } from '@avrr/persistence';

/**
 * The programme's evidence rules (`missingEvidence` in the domain) over the case file's records. Workflow code cannot
 * read the file, so the API looks: for a case action it sends what is missing with the update, and the workflow
 * refuses it after the case's own rules (a case on hold says so first); a tranche payment is refused here.
 */
@Injectable()
export class EvidenceGate {
  constructor(
    private readonly documents: CaseDocumentRepository,
    private readonly config: AppConfig,
  ) {}

  /** What a consent or a medical clearance lacks, worded for the actor's role; null when nothing is. */
  async missingFor(entity: CaseRecord, action: CaseAction, role: Role): Promise<CaseReason | null> {
    if (action.type !== 'sign_consent' && action.type !== 'record_medical_clearance') return null;
    const person = entity.people.find((p) => p.id === action.personId);
    // An unknown person is the workflow's refusal to give.
    if (!person) return null;
    const name = `${person.givenNames} ${person.familyName}`;
    return this.missing(entity.id, { type: action.type, person: { id: person.id, name } }, role);
  }

  /** Refuses (409 evidence_missing) a step whose paper is not on file. */
  async check(caseId: string, step: EvidencedStep, role: Role): Promise<void> {
    const reason = await this.missing(caseId, step, role);
    if (reason) throw new DomainError('evidence_missing', evidenceMessage(reason), { reasons: [reason] });
  }

  private async missing(caseId: string, step: EvidencedStep, role: Role): Promise<CaseReason | null> {
    const kind =
      step.type === 'sign_consent'
        ? 'signed_declaration'
        : step.type === 'record_medical_clearance'
          ? 'medical_certificate'
          : 'proof_of_payment';
    const missing = missingEvidence(step, await this.documents.papersOnFile(caseId, [kind]), this.config.evidence);
    if (!missing) return null;
    // A medical paper reads as a protection requirement to a role that may not see medical facts.
    const { category: _category, ...reason } = reasonFor(missing, role);
    return reason;
  }
}
