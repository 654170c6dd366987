import { type CaseReason, caseReason, personReason, reasonText } from '../case/case-reasons';
import type { DocumentKind } from './document-kinds';

/** The programme's evidence rules, each on by default (REQUIRE_SIGNED_DECLARATION and its siblings). */
export interface EvidenceRequirements {
  signedDeclaration: boolean;
  medicalCertificate: boolean;
  proofOfPayment: boolean;
}

/** A paper in the case file as the gates see it: stored, and not withdrawn. */
export interface PaperOnFile {
  id: string;
  kind: DocumentKind;
  personId: string | null;
}

/**
 * A step that needs its paper. A consent and a medical clearance are about one person, so that person's paper is
 * found in the file; a case pays several tranches, each against its own proof, so a payment names its paper.
 */
export type EvidencedStep =
  | { type: 'sign_consent'; person: { id: string; name: string } }
  | { type: 'record_medical_clearance'; person: { id: string; name: string } }
  | { type: 'pay_tranche'; proofDocumentId: string | null };

/** What the step lacks, as a case reason; null when the file holds the paper or the programme does not ask for it. */
export function missingEvidence(
  step: EvidencedStep,
  papers: readonly PaperOnFile[],
  required: EvidenceRequirements,
): CaseReason | null {
  const hasPaperOf = (kind: DocumentKind, personId: string) =>
    papers.some((p) => p.kind === kind && p.personId === personId);
  switch (step.type) {
    case 'sign_consent':
      return required.signedDeclaration && !hasPaperOf('signed_declaration', step.person.id)
        ? personReason('declaration_on_file', step.person)
        : null;
    case 'record_medical_clearance':
      return required.medicalCertificate && !hasPaperOf('medical_certificate', step.person.id)
        ? personReason('medical_certificate_on_file', step.person)
        : null;
    case 'pay_tranche':
      // A paper named is checked even when the programme asks for none: it must be a proof on this case.
      return (required.proofOfPayment || step.proofDocumentId !== null) &&
        !papers.some((p) => p.kind === 'proof_of_payment' && p.id === step.proofDocumentId)
        ? caseReason('proof_of_payment_on_file')
        : null;
  }
}

/** The refusal's sentence, the same from the API and from the workflow. */
export function evidenceMessage(reason: CaseReason): string {
  return `Missing ${reasonText(reason)}: file it first (POST /cases/:id/documents).`;
}
