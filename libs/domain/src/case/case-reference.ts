/** Readable case references: RC-<year>-<six-digit sequence>, e.g. RC-2026-000123. */
export function formatCaseReference(year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new RangeError(`bad reference year ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`bad reference sequence ${sequence}`);
  // Past 999999 the number simply grows wider; references stay unique because the sequence is.
  return `RC-${year}-${String(sequence).padStart(6, '0')}`;
}

export const CASE_REFERENCE_PATTERN = /^RC-\d{4}-\d{6,}$/;
