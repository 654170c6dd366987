import { SENSITIVE_CATEGORY_ROLES } from '../access/sensitive-data';
import {
  DOCUMENT_KINDS,
  isAllowedMediaType,
  isSensitiveDocument,
  mayReadDocument,
  mayWithdrawDocument,
  readableDocumentKinds,
} from './document-kinds';

describe('document kinds', () => {
  it('a medical certificate is read by exactly the roles that see the medical category', () => {
    for (const role of [
      'counsellor',
      'logistics_officer',
      'partner_focal_point',
      'supervisor',
      'finance_officer',
      'administrator',
    ] as const) {
      expect(mayReadDocument(role, 'medical_certificate')).toBe(SENSITIVE_CATEGORY_ROLES.medical.includes(role));
    }
  });

  it('finance reads money papers only, the administrator none', () => {
    expect(readableDocumentKinds('finance_officer')).toEqual(['proof_of_payment', 'invoice', 'asset_photo']);
    expect(readableDocumentKinds('administrator')).toEqual([]);
  });

  it('medical certificates and best-interests determinations are sensitive, invoices are not', () => {
    expect(DOCUMENT_KINDS.filter(isSensitiveDocument)).toEqual(['medical_certificate', 'best_interests_determination']);
  });

  it('a supervisor may withdraw what they read; a partner only what partners upload', () => {
    expect(mayWithdrawDocument('supervisor', 'proof_of_payment')).toBe(true);
    expect(mayWithdrawDocument('partner_focal_point', 'invoice')).toBe(true);
    expect(mayWithdrawDocument('partner_focal_point', 'signed_declaration')).toBe(false);
  });

  it('allows PDF, JPEG, PNG, WebP and HEIC only', () => {
    expect(['application/pdf', 'image/heic', 'image/webp'].every(isAllowedMediaType)).toBe(true);
    expect(isAllowedMediaType('text/plain')).toBe(false);
    expect(isAllowedMediaType('image/svg+xml')).toBe(false);
    expect(isAllowedMediaType(undefined)).toBe(false);
  });
});
