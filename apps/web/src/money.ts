// Amounts are integer minor units with an ISO 4217 currency, never floats. What a user types ("1,250.50" in English,
// "1 250,50" in French, "١٢٥٠٫٥٠" in Arabic) is read as a string and turned into minor units exactly, by the
// currency's digits; amounts are shown by Intl from an exact decimal string, never from a division.
import { CURRENCY_EXPONENTS, formatMajor, isCurrencyCode } from '@avrr/domain/ledger/money';
import { numberLocale } from './format';

/**
 * The currency's minor-unit digits: the ledger's table first (the same as the server's), else what Intl knows of
 * the code; null for a code that is not a currency.
 */
export function currencyDigits(currency: string): number | null {
  const code = currency.trim().toUpperCase();
  if (isCurrencyCode(code)) return CURRENCY_EXPONENTS[code];
  if (!/^[A-Z]{3}$/.test(code)) return null;
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? null
    );
  } catch {
    return null;
  }
}

export type AmountResult =
  | { ok: true; minor: bigint }
  | { ok: false; reason: 'empty' | 'format' | 'currency' | 'decimals' | 'tooLarge'; digits?: number };

/** Eastern Arabic and Persian digits to ASCII. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) & 0xf));
}

function separators(language: string): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(numberLocale(language)).formatToParts(12345.6);
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
  };
}

/**
 * Reads a decimal amount typed in the user's language into minor units of the currency, exactly (string arithmetic).
 * Group separators are dropped; the language's decimal sign or a dot marks the decimals (a comma too where it is not
 * the group separator). More decimals than the currency has is refused, never rounded.
 */
export function parseAmount(input: string, currency: string, language: string): AmountResult {
  const digits = currencyDigits(currency);
  if (digits === null) return { ok: false, reason: 'currency' };
  const { decimal, group } = separators(language);
  let text = asciiDigits(input.trim()).replace(/[\s\u00A0\u202F\u066C']/g, '');
  if (text === '') return { ok: false, reason: 'empty' };
  if (group !== ',' && group.trim() !== '' && group !== '.') text = text.split(group).join('');
  if (group === ',') text = text.replace(/,/g, '');
  const decimalSigns = new Set([decimal, '.', '\u066B', ...(group === ',' ? [] : [','])]);
  let normalised = '';
  let seen = false;
  for (const ch of text) {
    if (decimalSigns.has(ch)) {
      if (seen) return { ok: false, reason: 'format' };
      seen = true;
      normalised += '.';
    } else normalised += ch;
  }
  const m = /^(\d+)(?:\.(\d*))?$/.exec(normalised) ?? /^()\.(\d+)$/.exec(normalised);
  if (!m) return { ok: false, reason: 'format' };
  const whole = m[1] || '0';
  const fraction = (m[2] ?? '').replace(/0+$/, '');
  if (fraction.length > digits) return { ok: false, reason: 'decimals', digits };
  const minor = BigInt(whole + fraction.padEnd(digits, '0'));
  // The API takes amounts as JSON integers: beyond 2^53 - 1 they would not stay exact.
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, reason: 'tooLarge' };
  return { ok: true, minor };
}

/** The exact decimal string of minor units ("1250.50" for 125050 EUR). */
export function majorString(minor: bigint, currency: string): string {
  const code = currency.toUpperCase();
  if (isCurrencyCode(code)) return formatMajor(minor, code);
  const digits = currencyDigits(code) ?? 0;
  const sign = minor < 0n ? '-' : '';
  const abs = (minor < 0n ? -minor : minor).toString().padStart(digits + 1, '0');
  return digits === 0 ? sign + abs : `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}

/** Minor units shown as money in the user's language, from an exact decimal string (no float on the way). */
export function formatAmount(minor: bigint | number | string, currency: string, language: string): string {
  const code = currency.toUpperCase();
  const value = majorString(BigInt(minor), code);
  const digits = currencyDigits(code) ?? 0;
  try {
    return new Intl.NumberFormat(numberLocale(language), {
      style: 'currency',
      currency: code,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(value as unknown as number);
  } catch {
    return `${value} ${code}`;
  }
}

/**
 * Minor units as the user would type them in their language, without group separators ("1250,50" in French), for a
 * form prefilled from what was filed before; parseAmount reads it back to the same minor units.
 */
export function amountInput(minor: bigint | number | string, currency: string, language: string): string {
  const digits = currencyDigits(currency) ?? 0;
  return new Intl.NumberFormat(numberLocale(language), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(majorString(BigInt(minor), currency) as unknown as number);
}

/** An example amount for the hint, in the user's language: 1 250,50 € or 250 000 F CFA. */
export function exampleAmount(currency: string, language: string): string {
  const digits = currencyDigits(currency) ?? 2;
  const minor = digits === 0 ? 250000n : 125050n * 10n ** BigInt(Math.max(0, digits - 2));
  const value = majorString(minor, currency);
  return new Intl.NumberFormat(numberLocale(language), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value as unknown as number);
}

/** Sums minor units per currency, exactly. */
export function totalsByCurrency(
  lines: Array<{ amountMinor: number | string; currency: string }>,
): Array<[string, bigint]> {
  const totals = new Map<string, bigint>();
  for (const l of lines) totals.set(l.currency, (totals.get(l.currency) ?? 0n) + BigInt(l.amountMinor));
  return [...totals.entries()];
}
