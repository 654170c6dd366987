import {
  convertMinor,
  CURRENCY_EXPONENTS,
  divideRoundingHalfAway,
  formatMajor,
  formatMinor,
  isCurrencyCode,
  isStorableMinor,
  MAX_MINOR,
  minorUnitExponent,
  MIN_MINOR,
  parseMajor,
  parseMinor,
  parseRate,
  sameRate,
} from './money';

describe('currencies', () => {
  it.each([
    ['EUR', 2],
    ['USD', 2],
    ['XOF', 0],
    ['XAF', 0],
    ['GNF', 0],
    ['NGN', 2],
    ['MAD', 2],
    ['TND', 3],
    ['IQD', 3],
  ] as const)('knows %s has %i decimal places', (code, exponent) => {
    expect(minorUnitExponent(code)).toBe(exponent);
  });

  it('accepts only the ISO codes of the programme, in capitals', () => {
    expect(isCurrencyCode('EUR')).toBe(true);
    expect(isCurrencyCode('eur')).toBe(false);
    expect(isCurrencyCode('XXX')).toBe(false);
    expect(isCurrencyCode('toString')).toBe(false);
    expect(isCurrencyCode(undefined)).toBe(false);
  });

  it('lists only three-capital-letter codes with an exponent of 0, 2 or 3', () => {
    for (const [code, exponent] of Object.entries(CURRENCY_EXPONENTS)) {
      expect(code).toMatch(/^[A-Z]{3}$/);
      expect([0, 2, 3]).toContain(exponent);
    }
  });
});

describe('amounts at the edges', () => {
  it('keeps the PostgreSQL BIGINT range, refusing numbers', () => {
    expect(isStorableMinor(MAX_MINOR)).toBe(true);
    expect(isStorableMinor(MIN_MINOR)).toBe(true);
    expect(isStorableMinor(MAX_MINOR + 1n)).toBe(false);
    expect(isStorableMinor(MIN_MINOR - 1n)).toBe(false);
    expect(isStorableMinor(12)).toBe(false);
    expect(MAX_MINOR.toString()).toBe('9223372036854775807');
  });

  it('reads and writes integer strings, beyond the 2^53 of a JSON number', () => {
    expect(parseMinor('-12345')).toBe(-12345n);
    expect(parseMinor('9007199254740993')).toBe(9007199254740993n);
    expect(formatMinor(9007199254740993n)).toBe('9007199254740993');
    for (const bad of ['1.5', '1e3', '', ' 1', '+1', '01', '-0x10']) {
      expect(() => parseMinor(bad)).toThrow(RangeError);
    }
  });

  it.each([
    [12345n, 'EUR', '123.45'],
    [5n, 'EUR', '0.05'],
    [-5n, 'EUR', '-0.05'],
    [0n, 'EUR', '0.00'],
    [65596n, 'XOF', '65596'],
    [1234n, 'TND', '1.234'],
    [-1000n, 'GNF', '-1000'],
  ] as const)('writes %p %s as %s', (amount, currency, text) => {
    expect(formatMajor(amount, currency)).toBe(text);
  });

  it.each([
    ['123.45', 'EUR', 12345n],
    ['0.5', 'EUR', 50n],
    ['-0.05', 'EUR', -5n],
    ['10', 'XOF', 10n],
    ['1.2', 'TND', 1200n],
    ['1500000.00', 'NGN', 150000000n],
  ] as const)('reads %s %s as %p', (text, currency, amount) => {
    expect(parseMajor(text, currency)).toBe(amount);
  });

  it('refuses to round a declared amount: more decimals than the currency has is an error', () => {
    expect(() => parseMajor('10.5', 'XOF')).toThrow(/0 decimal places/);
    expect(() => parseMajor('1.005', 'EUR')).toThrow(/2 decimal places/);
    for (const bad of ['1e3', '', '1,50', '.5', 'NaN']) expect(() => parseMajor(bad, 'EUR')).toThrow(RangeError);
  });
});

describe('rates', () => {
  it('reads a positive decimal into an exact rational', () => {
    expect(parseRate('655.957')).toEqual({ numerator: 655957n, denominator: 1000n });
    expect(parseRate('0.0015')).toEqual({ numerator: 15n, denominator: 10000n });
    expect(parseRate('2')).toEqual({ numerator: 2n, denominator: 1n });
  });

  it.each(['0', '0.000', '-1.5', '6.55957e2', '', '1/3', ' 1.5', 'NaN', 'Infinity', '1.'])('refuses %p', (text) => {
    expect(parseRate(text)).toBeNull();
  });

  it('compares quotes as numbers', () => {
    expect(sameRate('1.5', '1.50')).toBe(true);
    expect(sameRate('655.957', '655.9570')).toBe(true);
    expect(sameRate('1.5', '1.51')).toBe(false);
    expect(sameRate('1.5', 'x')).toBe(false);
  });
});

describe('divideRoundingHalfAway', () => {
  it.each([
    [7n, 2n, 4n],
    [-7n, 2n, -4n],
    [5n, 3n, 2n],
    [4n, 3n, 1n],
    [-4n, 3n, -1n],
    [-5n, 3n, -2n],
    [6n, 3n, 2n],
    [0n, 9n, 0n],
  ])('%p / %p = %p', (n, d, q) => {
    expect(divideRoundingHalfAway(n, d)).toBe(q);
  });
});

describe('convertMinor', () => {
  it.each([
    // 100.00 EUR × 655.957 = 65595.7 XOF
    [10000n, 'EUR', 'XOF', '655.957', 65596n],
    // 100.50 EUR × 655.957 = 65923.67850 XOF
    [10050n, 'EUR', 'XOF', '655.957', 65924n],
    // 123.45 EUR × 9876.5 = 1219253.925 GNF
    [12345n, 'EUR', 'GNF', '9876.5', 1219254n],
    // 65596 XOF × 0.001524 = 99.968304 EUR = 9996.8304 cents
    [65596n, 'XOF', 'EUR', '0.001524', 9997n],
    // 1 500 000.00 NGN × 0.00065 = 975.00 USD
    [150000000n, 'NGN', 'USD', '0.00065', 97500n],
    // 1000.00 MAD × 0.0921 = 92.10 EUR
    [100000n, 'MAD', 'EUR', '0.0921', 9210n],
    // 1.000 TND × 0.3 = 0.30 EUR
    [1000n, 'TND', 'EUR', '0.3', 30n],
  ] as const)('%p %s to %s at %s is %p', (amount, from, to, rate, expected) => {
    expect(convertMinor(amount, from, to, rate)).toBe(expected);
  });

  it('rounds halves away from zero, once', () => {
    // 0.01 EUR × 50 = 0.5 XOF
    expect(convertMinor(1n, 'EUR', 'XOF', '50')).toBe(1n);
    expect(convertMinor(-1n, 'EUR', 'XOF', '50')).toBe(-1n);
    // 0.01 EUR × 49.99 = 0.4999 XOF
    expect(convertMinor(1n, 'EUR', 'XOF', '49.99')).toBe(0n);
  });

  it('stays exact far beyond 2^53', () => {
    // 92 233 720 368 547 758.07 EUR × 1 = the same number of cents in USD
    expect(convertMinor(MAX_MINOR, 'EUR', 'USD', '1')).toBe(MAX_MINOR);
    expect(convertMinor(9007199254740993n, 'XOF', 'GNF', '1')).toBe(9007199254740993n);
  });

  it('refuses a rate that is not a positive decimal string', () => {
    expect(() => convertMinor(100n, 'EUR', 'XOF', '6.55957e2')).toThrow(RangeError);
  });
});
