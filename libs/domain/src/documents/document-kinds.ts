import type { Role } from '../case/roles';
import { SENSITIVE_CATEGORY_ROLES, type SensitiveCategory } from '../access/sensitive-data';

/** The papers a case file holds (issue 16, "Documents and evidence"). */
export const DOCUMENT_KINDS = [
  'signed_declaration',
  'travel_document',
  'medical_certificate',
  'best_interests_determination',
  'proof_of_payment',
  'invoice',
  'asset_photo',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * Only these, sniffed from the content: documents and photos, nothing a browser or office suite would run. A phone's
 * HEIC photo whose container names the generic brand (mif1) is sniffed as image/heif: the same format.
 */
export const ALLOWED_DOCUMENT_MEDIA_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'image/heif',
] as const;
export type DocumentMediaType = (typeof ALLOWED_DOCUMENT_MEDIA_TYPES)[number];

interface KindRule {
  /** The sensitive category whose readers alone may see the file; null when the kind carries none. */
  category: SensitiveCategory | null;
  readers: readonly Role[];
  uploaders: readonly Role[];
}

const C: Role = 'counsellor';
const L: Role = 'logistics_officer';
const P: Role = 'partner_focal_point';
const S: Role = 'supervisor';
const F: Role = 'finance_officer';

/**
 * Who needs which paper. Identity papers stay with the host office (a partner sees identities only under the data
 * sharing consent, which the case view handles); money papers are what finance works from; a medical certificate is
 * medical, read by exactly those who see the medical category. A best-interests determination is a child's
 * protection file: it takes the protection category's readers (counsellor, supervisor).
 */
export const DOCUMENT_KIND_RULES: Readonly<Record<DocumentKind, KindRule>> = {
  signed_declaration: { category: null, readers: [C, L, S], uploaders: [C, S] },
  travel_document: { category: null, readers: [C, L, S], uploaders: [C, L] },
  medical_certificate: { category: 'medical', readers: SENSITIVE_CATEGORY_ROLES.medical, uploaders: [C, L] },
  best_interests_determination: {
    category: 'protection',
    readers: SENSITIVE_CATEGORY_ROLES.protection,
    uploaders: [C, S],
  },
  proof_of_payment: { category: null, readers: [C, P, S, F], uploaders: [P, F] },
  invoice: { category: null, readers: [C, P, S, F], uploaders: [P, F] },
  asset_photo: { category: null, readers: [C, P, S, F], uploaders: [C, P] },
};

export function mayReadDocument(role: Role, kind: DocumentKind): boolean {
  return DOCUMENT_KIND_RULES[kind].readers.includes(role);
}

export function mayUploadDocument(role: Role, kind: DocumentKind): boolean {
  return DOCUMENT_KIND_RULES[kind].uploaders.includes(role);
}

/** The uploader's roles may take a paper back, and a supervisor any paper they can read. */
export function mayWithdrawDocument(role: Role, kind: DocumentKind): boolean {
  return mayUploadDocument(role, kind) || (role === S && mayReadDocument(role, kind));
}

/** A sensitive file is stored with the sensitive flag (the seam for encryption at rest). */
export function isSensitiveDocument(kind: DocumentKind): boolean {
  return DOCUMENT_KIND_RULES[kind].category !== null;
}

export function readableDocumentKinds(role: Role): DocumentKind[] {
  return DOCUMENT_KINDS.filter((k) => mayReadDocument(role, k));
}

export function isAllowedMediaType(mediaType: string | undefined): mediaType is DocumentMediaType {
  return (ALLOWED_DOCUMENT_MEDIA_TYPES as readonly string[]).includes(mediaType ?? '');
}
