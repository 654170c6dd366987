/** Who travels. Every person carries their own vulnerabilities and documents. */
export const VULNERABILITIES = [
  'unaccompanied_child',
  'separated_child',
  'victim_of_trafficking',
  'medical_needs',
  'elderly',
  'disability',
  'pregnancy',
  'single_parent',
  'large_family',
  'asylum_claim_pending',
  'fear_of_return',
] as const;
export type Vulnerability = (typeof VULNERABILITIES)[number];

/** Flags whose details only those who need them may see (trafficking, health, asylum, protection). */
export const SENSITIVE_VULNERABILITIES: readonly Vulnerability[] = [
  'victim_of_trafficking',
  'medical_needs',
  'asylum_claim_pending',
  'fear_of_return',
];

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];

export const RELATIONSHIPS = [
  'spouse',
  'partner',
  'child',
  'parent',
  'sibling',
  'grandparent',
  'grandchild',
  'other_relative',
  'other',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const DOCUMENT_TYPES = [
  'passport',
  'national_id',
  'birth_certificate',
  'residence_permit',
  'emergency_travel_document',
  'laissez_passer',
  'other',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** Documents that let a person cross a border on their own. */
export const TRAVEL_DOCUMENT_TYPES: readonly DocumentType[] = [
  'passport',
  'emergency_travel_document',
  'laissez_passer',
];

export interface HeldDocument {
  type: DocumentType;
  number?: string;
  issuingCountry: string;
  /** ISO date, YYYY-MM-DD. */
  expiresOn?: string;
}

export interface Contact {
  phone?: string;
  email?: string;
  address?: string;
}

export interface PersonDetails {
  givenNames: string;
  familyName: string;
  /** ISO date, YYYY-MM-DD. */
  dateOfBirth: string;
  sex: Sex;
  /** ISO 3166-1 alpha-2. */
  nationality: string;
  /** ISO 639-1 codes, the first one preferred. */
  languages: string[];
  vulnerabilities: Vulnerability[];
  documents: HeldDocument[];
  contact?: Contact;
}

export interface HouseholdMember extends PersonDetails {
  relationship: Relationship;
}

export const ADULT_AGE = 18;

/** Age in whole years on `on` (both ISO dates); birthdays on 29 February fall on 1 March in other years. */
export function ageOn(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}
