import { nameSimilarity, nameTokens, trigramSimilarity } from './name-similarity';

/** What the duplicate check compares of a person: nothing else of the case is needed. */
export interface PersonIdentity {
  givenNames: string;
  familyName: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  /** ISO 3166-1 alpha-2 */
  nationality: string;
  documentNumbers: readonly string[];
}

export type MatchReason =
  | 'same_document_number'
  | 'similar_name'
  | 'same_birth_date'
  | 'birth_day_month_swapped'
  | 'same_birth_year'
  | 'same_nationality';

export interface DuplicateScore {
  /** 0..1 */
  score: number;
  reasons: MatchReason[];
}

/** At or above this, two people are shown to the counsellor as a possible match (chosen with bench/duplicates.bench.ts). */
export const DUPLICATE_THRESHOLD = 0.82;

/** The pg_trgm `%` threshold the repository's name block uses. */
export const NAME_BLOCK_TRIGRAM = 0.3;

const WEIGHTS = { name: 0.6, birth: 0.3, nationality: 0.1 };

export function normaliseDocumentNumber(n: string): string {
  return n.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** The birth date with day and month swapped, when that is a real date different from the given one. */
export function swappedBirthDate(date: string): string | null {
  const [y, m, d] = date.split('-');
  if (m === d || Number(d) > 12) return null;
  return `${y}-${d}-${m}`;
}

function birthDateMatch(a: string, b: string): { score: number; reason?: MatchReason } {
  if (a === b) return { score: 1, reason: 'same_birth_date' };
  if (swappedBirthDate(a) === b) return { score: 0.9, reason: 'birth_day_month_swapped' };
  if (a.slice(0, 4) === b.slice(0, 4)) return { score: 0.35, reason: 'same_birth_year' };
  return { score: 0 };
}

/**
 * How likely two registrations are the same person. A shared identity document number settles it; otherwise the
 * name (across scripts and spellings), the birth date (allowing day and month swapped) and the nationality weigh in.
 * A different nationality counts against, but does not exclude: people change or misstate it.
 */
export function scoreDuplicate(a: PersonIdentity, b: PersonIdentity): DuplicateScore {
  const reasons: MatchReason[] = [];
  const docsA = new Set(a.documentNumbers.map(normaliseDocumentNumber).filter((n) => n.length >= 5));
  const sharedDocument = b.documentNumbers.some((n) => docsA.has(normaliseDocumentNumber(n)));
  if (sharedDocument) reasons.push('same_document_number');
  const name = nameSimilarity(nameTokens(a.givenNames, a.familyName), nameTokens(b.givenNames, b.familyName));
  if (name >= 0.85) reasons.push('similar_name');
  const birth = birthDateMatch(a.dateOfBirth, b.dateOfBirth);
  if (birth.reason) reasons.push(birth.reason);
  const sameNationality = a.nationality.toUpperCase() === b.nationality.toUpperCase();
  if (sameNationality) reasons.push('same_nationality');
  let score = WEIGHTS.name * name + WEIGHTS.birth * birth.score + WEIGHTS.nationality * (sameNationality ? 1 : 0);
  if (sharedDocument) score = Math.max(score, 0.97);
  return { score: Math.round(score * 10_000) / 10_000, reasons };
}

/**
 * The cheap pre-selection the repository runs in SQL (indexed): same birth date either way round, a shared
 * document number, or the same birth year with names sharing trigrams. Only pairs inside a block are scored.
 */
export function sharesBlock(a: PersonIdentity, b: PersonIdentity): boolean {
  if (a.dateOfBirth === b.dateOfBirth || swappedBirthDate(a.dateOfBirth) === b.dateOfBirth) return true;
  const docsA = new Set(a.documentNumbers.map(normaliseDocumentNumber));
  if (b.documentNumbers.some((n) => docsA.has(normaliseDocumentNumber(n)))) return true;
  return (
    a.dateOfBirth.slice(0, 4) === b.dateOfBirth.slice(0, 4) &&
    trigramSimilarity(`${a.givenNames} ${a.familyName}`, `${b.givenNames} ${b.familyName}`) >= NAME_BLOCK_TRIGRAM
  );
}
