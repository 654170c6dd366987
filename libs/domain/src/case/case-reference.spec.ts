import { CASE_REFERENCE_PATTERN, formatCaseReference } from './case-reference';

describe('formatCaseReference', () => {
  it('pads the sequence to six digits after the year', () => {
    expect(formatCaseReference(2026, 1)).toBe('RC-2026-000001');
    expect(formatCaseReference(2026, 123)).toBe('RC-2026-000123');
    expect(formatCaseReference(2026, 999999)).toBe('RC-2026-999999');
  });

  it('lets the number grow wider past 999999 rather than wrap or truncate', () => {
    expect(formatCaseReference(2026, 1000000)).toBe('RC-2026-1000000');
    expect(formatCaseReference(2026, 1000000)).toMatch(CASE_REFERENCE_PATTERN);
  });

  it('formats references that CASE_REFERENCE_PATTERN recognises', () => {
    expect(formatCaseReference(2000, 42)).toMatch(CASE_REFERENCE_PATTERN);
    expect(formatCaseReference(9999, 42)).toMatch(CASE_REFERENCE_PATTERN);
    expect('RC-2026-12345').not.toMatch(CASE_REFERENCE_PATTERN);
  });

  it.each([1999, 10000, 2026.5, Number.NaN])('refuses the year %p', (year) => {
    expect(() => formatCaseReference(year, 1)).toThrow(RangeError);
    expect(() => formatCaseReference(year, 1)).toThrow(/bad reference year/);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses the sequence %p', (sequence) => {
    expect(() => formatCaseReference(2026, sequence)).toThrow(RangeError);
    expect(() => formatCaseReference(2026, sequence)).toThrow(/bad reference sequence/);
  });
});
