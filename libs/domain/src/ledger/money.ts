/**
 * Money in the ledger: an integer count of a currency's minor unit (cents, kobo, santims; whole francs for XOF
 * and GNF) with its ISO 4217 code beside it. There is no floating point anywhere on this path.
 *
 * Why `bigint` and not a "safe integer" `number`:
 * - the compiler keeps floats out: `amount + 0.1` or `amount * 1.05` does not type-check when `amount` is a
 *   bigint, whereas a `number` amount silently becomes a fraction the first time someone multiplies it;
 * - sums and conversions stay exact at any size (a balance is a sum of many lines; a conversion multiplies by a
 *   rate's numerator before dividing), with no 2^53 cliff to guard at every step;
 * - it maps one to one onto PostgreSQL `BIGINT` (the `pg` driver hands BIGINT over as a string and
 *   `BigInt(string)` is lossless).
 * The cost is at the edges: JSON and Temporal payloads cannot carry a bigint, so they carry the amount as a
 * decimal integer string (`formatMinor` / `parseMinor`), never as a JSON number.
 */

/**
 * ISO 4217 minor-unit exponents of the currencies the programme works in (host countries and countries of
 * return). A code that is not here is refused: without its exponent no amount in it can be exact.
 */
export const CURRENCY_EXPONENTS = {
  // Host countries and donors.
  EUR: 2,
  USD: 2,
  GBP: 2,
  CHF: 2,
  // West and Central Africa: the CFA francs and the Guinean franc have no minor unit.
  XOF: 0,
  XAF: 0,
  GNF: 0,
  NGN: 2,
  GHS: 2,
  GMD: 2,
  SLE: 2,
  LRD: 2,
  MRU: 2,
  // North and East Africa, the Middle East and Asia.
  MAD: 2,
  DZD: 2,
  TND: 3,
  LYD: 3,
  EGP: 2,
  SDG: 2,
  ETB: 2,
  ERN: 2,
  IQD: 3,
  AFN: 2,
  PKR: 2,
  BDT: 2,
} as const;

export type CurrencyCode = keyof typeof CURRENCY_EXPONENTS;

export function isCurrencyCode(code: unknown): code is CurrencyCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(CURRENCY_EXPONENTS, code);
}

/** How many decimal places the currency's minor unit has (2 for EUR, 0 for XOF, 3 for TND). */
export function minorUnitExponent(currency: CurrencyCode): number {
  return CURRENCY_EXPONENTS[currency];
}

/** The range of PostgreSQL BIGINT, where every line amount is stored. */
export const MIN_MINOR = -(2n ** 63n);
export const MAX_MINOR = 2n ** 63n - 1n;

export function isStorableMinor(amount: unknown): amount is bigint {
  return typeof amount === 'bigint' && amount >= MIN_MINOR && amount <= MAX_MINOR;
}

const INTEGER = /^-?(0|[1-9]\d*)$/;

/** Reads an amount carried as a decimal integer string ("-12345") at a JSON, Temporal or SQL edge. */
export function parseMinor(text: string): bigint {
  if (!INTEGER.test(text)) throw new RangeError(`"${text}" is not an integer amount of minor units`);
  return BigInt(text);
}

/** The amount as a decimal integer string, for JSON and Temporal payloads. */
export function formatMinor(amount: bigint): string {
  return amount.toString();
}

/** "123.45" for 12345n EUR, "65596" for 65596n XOF, "-0.05" for -5n EUR: exact, for people and CSV. */
export function formatMajor(amount: bigint, currency: CurrencyCode): string {
  const exponent = minorUnitExponent(currency);
  const sign = amount < 0n ? '-' : '';
  const digits = (amount < 0n ? -amount : amount).toString();
  if (exponent === 0) return `${sign}${digits}`;
  const padded = digits.padStart(exponent + 1, '0');
  return `${sign}${padded.slice(0, -exponent)}.${padded.slice(-exponent)}`;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * "123.45" EUR to 12345n. Refuses more decimals than the currency has ("10.5" XOF, "1.005" EUR) rather than
 * rounding: a declared amount is taken as written or not at all.
 */
export function parseMajor(text: string, currency: CurrencyCode): bigint {
  const m = DECIMAL.exec(text);
  if (!m) throw new RangeError(`"${text}" is not a decimal amount`);
  const [, sign, whole, fraction = ''] = m;
  const exponent = minorUnitExponent(currency);
  if (fraction.length > exponent) {
    throw new RangeError(`"${text}" has more than ${exponent} decimal places, the most ${currency} has`);
  }
  const minor = BigInt(whole + fraction.padEnd(exponent, '0'));
  return sign === '-' ? -minor : minor;
}

/** A positive rational number, kept exact: numerator / denominator, both positive. */
export interface Rational {
  numerator: bigint;
  denominator: bigint;
}

const RATE = /^(\d+)(?:\.(\d+))?$/;
export const MAX_RATE_LENGTH = 40;

/**
 * An exchange rate as quoted: a positive decimal string ("655.957", "0.0015"), read into an exact rational.
 * Returns null for anything else (a float such as "6.55957e2", a sign, zero, an empty string).
 */
export function parseRate(text: string): Rational | null {
  if (typeof text !== 'string' || text.length > MAX_RATE_LENGTH) return null;
  const m = RATE.exec(text);
  if (!m) return null;
  const [, whole, fraction = ''] = m;
  const numerator = BigInt(whole + fraction);
  if (numerator === 0n) return null;
  return { numerator, denominator: 10n ** BigInt(fraction.length) };
}

/** Two quotes of the same rate ("1.5" and "1.50") are the same rate. */
export function sameRate(a: string, b: string): boolean {
  const x = parseRate(a);
  const y = parseRate(b);
  return x !== null && y !== null && x.numerator * y.denominator === y.numerator * x.denominator;
}

/** n / d rounded to the nearest integer, halves away from zero (d > 0). */
export function divideRoundingHalfAway(n: bigint, d: bigint): bigint {
  if (d <= 0n) throw new RangeError('the divisor must be positive');
  const quotient = n / d; // truncates toward zero
  const remainder = n % d; // has the sign of n
  const twice = (remainder < 0n ? -remainder : remainder) * 2n;
  if (twice >= d) return quotient + (n < 0n ? -1n : 1n);
  return quotient;
}

/**
 * Converts an amount of `from` minor units into `to` minor units at `rate` (units of `to` for one unit of
 * `from`, in major units, as quoted), exactly, rounding once at the end, halves away from zero.
 * 100.00 EUR at 655.957 XOF/EUR: 10000 × 655957 / 1000 / 10^2 = 65595.7 → 65596 XOF.
 */
export function convertMinor(amount: bigint, from: CurrencyCode, to: CurrencyCode, rate: string): bigint {
  const r = parseRate(rate);
  if (!r) throw new RangeError(`"${rate}" is not a positive decimal rate`);
  const n = amount * r.numerator * 10n ** BigInt(minorUnitExponent(to));
  const d = r.denominator * 10n ** BigInt(minorUnitExponent(from));
  return divideRoundingHalfAway(n, d);
}
