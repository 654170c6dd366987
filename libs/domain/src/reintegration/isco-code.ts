/** ISCO-08 codes nest by prefix: unit 7231 lies in minor 723, sub-major 72 and major 7. */
export const ISCO_CODE_PATTERN = /^[0-9]{1,4}$/;

export type IscoLevelName = 'major' | 'sub_major' | 'minor' | 'unit';

const LEVEL_BY_LENGTH: Record<number, IscoLevelName> = { 1: 'major', 2: 'sub_major', 3: 'minor', 4: 'unit' };

export function iscoLevelOf(code: string): IscoLevelName {
  if (!ISCO_CODE_PATTERN.test(code)) throw new RangeError(`bad ISCO-08 code "${code}"`);
  return LEVEL_BY_LENGTH[code.length];
}

/** The codes of the groups above `code`, from the major group down ("7231" -> ["7", "72", "723"]). */
export function iscoAncestorCodes(code: string): string[] {
  iscoLevelOf(code);
  return Array.from({ length: code.length - 1 }, (_, i) => code.slice(0, i + 1));
}
