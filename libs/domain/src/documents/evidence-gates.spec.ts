import { reasonFor, reasonText } from '../case/case-reasons';
import { type EvidenceRequirements, missingEvidence, type PaperOnFile } from './evidence-gates';

const ALL: EvidenceRequirements = { signedDeclaration: true, medicalCertificate: true, proofOfPayment: true };
const NONE: EvidenceRequirements = { signedDeclaration: false, medicalCertificate: false, proofOfPayment: false };
const awa = { id: 'p-awa', name: 'Awa Diop' };
const moussa = { id: 'p-moussa', name: 'Moussa Diop' };
const paper = (id: string, kind: PaperOnFile['kind'], personId: string | null): PaperOnFile => ({ id, kind, personId });

describe('the gates use the files', () => {
  it("a consent needs the person's own signed declaration on file", () => {
    const step = { type: 'sign_consent' as const, person: awa };
    const reason = missingEvidence(step, [paper('d1', 'signed_declaration', moussa.id)], ALL);
    expect(reason).toEqual({ code: 'declaration_on_file', params: { personId: awa.id, person: awa.name } });
    expect(reasonText(reason!)).toBe('Awa Diop: the signed declaration in the case file');
    expect(missingEvidence(step, [paper('d2', 'signed_declaration', awa.id)], ALL)).toBeNull();
  });

  it("a medical clearance needs the person's certificate, and the reason is medical", () => {
    const step = { type: 'record_medical_clearance' as const, person: awa };
    const reason = missingEvidence(step, [paper('d1', 'signed_declaration', awa.id)], ALL)!;
    expect(reason).toMatchObject({ code: 'medical_certificate_on_file', category: 'medical' });
    // A finance officer does not see medical facts: the reason reads as a protection requirement naming no one.
    expect(reasonFor(reason, 'finance_officer').code).toBe('protection_requirement');
    expect(missingEvidence(step, [paper('m1', 'medical_certificate', awa.id)], ALL)).toBeNull();
  });

  it('a tranche payment needs the proof of payment it names, on this case', () => {
    const papers = [paper('pp1', 'proof_of_payment', null), paper('inv1', 'invoice', null)];
    expect(missingEvidence({ type: 'pay_tranche', proofDocumentId: null }, papers, ALL)?.code).toBe(
      'proof_of_payment_on_file',
    );
    expect(missingEvidence({ type: 'pay_tranche', proofDocumentId: 'inv1' }, papers, ALL)?.code).toBe(
      'proof_of_payment_on_file',
    );
    expect(missingEvidence({ type: 'pay_tranche', proofDocumentId: 'pp1' }, papers, ALL)).toBeNull();
  });

  it('asks for nothing a programme turned off, but still checks a paper that is named', () => {
    expect(missingEvidence({ type: 'sign_consent', person: awa }, [], NONE)).toBeNull();
    expect(missingEvidence({ type: 'record_medical_clearance', person: awa }, [], NONE)).toBeNull();
    expect(missingEvidence({ type: 'pay_tranche', proofDocumentId: null }, [], NONE)).toBeNull();
    expect(missingEvidence({ type: 'pay_tranche', proofDocumentId: 'elsewhere' }, [], NONE)?.code).toBe(
      'proof_of_payment_on_file',
    );
  });
});
