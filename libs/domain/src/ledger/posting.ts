import { DomainError, FieldViolation } from '../errors/domain-error';
import { FX_CONVERSION_ACCOUNT, isCaseId, MAX_ACCOUNT_LENGTH, parseAccount } from './accounts';
import { convertMinor, CurrencyCode, formatMinor, isCurrencyCode, isStorableMinor, parseRate, sameRate } from './money';

/** One side of a posting: value into (positive) or out of (negative) an account, in one currency. */
export interface PostingLine {
  account: string;
  /** Signed integer minor units; never zero. */
  amountMinor: bigint;
  /** ISO 4217, one of `CURRENCY_EXPONENTS`. */
  currency: string;
}

/**
 * The rate and source of a currency conversion inside a posting. The amounts are the posting's own lines on
 * `programme:fx-conversion`: `from` goes in (positive), `to` comes out (negative).
 */
export interface Conversion {
  from: string;
  to: string;
  /** Units of `to` for one unit of `from`, in major units, as a decimal string exactly as quoted ("655.957"). */
  rate: string;
  /** Where the rate comes from, for the auditor: "BCEAO fixed parity", "Ecobank Conakry quote 2291, 2026-05-14". */
  source: string;
}

/**
 * One movement of money, recorded once: its lines sum to zero in every currency. The idempotency key is unique
 * across the whole ledger; posting again under the same key changes nothing.
 */
export interface Posting {
  idempotencyKey: string;
  caseId: string;
  description: string;
  lines: readonly PostingLine[];
  conversion?: Conversion | null;
}

export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;
export const MAX_DESCRIPTION_LENGTH = 500;
export const MAX_RATE_SOURCE_LENGTH = 200;

/** Every rule a posting breaks, each named by its path ("lines.1.amountMinor"); empty when it may be recorded. */
export function validatePosting(posting: Posting): FieldViolation[] {
  const violations: FieldViolation[] = [];
  const add = (field: string, reason: string) => violations.push({ field, reason });

  if (typeof posting.idempotencyKey !== 'string' || posting.idempotencyKey.trim() === '') {
    add('idempotencyKey', 'is required');
  } else if (posting.idempotencyKey.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    add('idempotencyKey', `must be at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`);
  }
  if (!isCaseId(posting.caseId)) add('caseId', 'must be a case id (a lowercase UUID)');
  if (typeof posting.description !== 'string' || posting.description.trim() === '') {
    add('description', 'is required');
  } else if (posting.description.length > MAX_DESCRIPTION_LENGTH) {
    add('description', `must be at most ${MAX_DESCRIPTION_LENGTH} characters`);
  }

  const lines = Array.isArray(posting.lines) ? posting.lines : [];
  if (lines.length < 2) add('lines', 'a posting has at least two lines');

  const sums = new Map<string, bigint>();
  lines.forEach((line, i) => {
    const account = typeof line.account === 'string' ? parseAccount(line.account) : null;
    if (!account || line.account.length > MAX_ACCOUNT_LENGTH) {
      add(`lines.${i}.account`, `"${String(line.account)}" is not an account of the chart of accounts`);
    } else if (account.scope === 'case' && account.caseId !== posting.caseId) {
      add(`lines.${i}.account`, "an account of another case cannot appear in this case's posting");
    }
    if (typeof line.amountMinor !== 'bigint') {
      add(`lines.${i}.amountMinor`, 'must be an integer number of minor units (a bigint), never a float');
    } else if (line.amountMinor === 0n) {
      add(`lines.${i}.amountMinor`, 'cannot be zero');
    } else if (!isStorableMinor(line.amountMinor)) {
      add(`lines.${i}.amountMinor`, 'is beyond the range of a 64-bit integer');
    }
    if (!isCurrencyCode(line.currency)) {
      add(`lines.${i}.currency`, `"${String(line.currency)}" is not a currency the programme uses`);
    } else if (typeof line.amountMinor === 'bigint') {
      sums.set(line.currency, (sums.get(line.currency) ?? 0n) + line.amountMinor);
    }
  });
  for (const [currency, sum] of sums) {
    if (sum !== 0n) add('lines', `the lines in ${currency} sum to ${formatMinor(sum)} minor units, not zero`);
  }

  violations.push(...checkConversion(posting, lines));
  return violations;
}

function checkConversion(posting: Posting, lines: readonly PostingLine[]): FieldViolation[] {
  const fxLines = lines.filter((l) => l.account === FX_CONVERSION_ACCOUNT);
  const conversion = posting.conversion;
  if (!conversion) {
    return fxLines.length > 0
      ? [
          {
            field: 'conversion',
            reason: `a posting that uses ${FX_CONVERSION_ACCOUNT} must record its rate and source`,
          },
        ]
      : [];
  }
  const violations: FieldViolation[] = [];
  const add = (field: string, reason: string) => violations.push({ field, reason });
  if (!isCurrencyCode(conversion.from)) add('conversion.from', 'is not a currency the programme uses');
  if (!isCurrencyCode(conversion.to)) add('conversion.to', 'is not a currency the programme uses');
  if (conversion.from === conversion.to) add('conversion.to', 'a conversion goes from one currency to another');
  if (!parseRate(conversion.rate)) {
    add('conversion.rate', 'must be a positive decimal string as quoted (e.g. "655.957"), never a float');
  }
  if (typeof conversion.source !== 'string' || conversion.source.trim() === '') {
    add('conversion.source', 'is required: say where the rate comes from');
  } else if (conversion.source.length > MAX_RATE_SOURCE_LENGTH) {
    add('conversion.source', `must be at most ${MAX_RATE_SOURCE_LENGTH} characters`);
  }
  if (violations.length > 0) return violations;

  const net = (currency: string) =>
    fxLines
      .filter((l) => l.currency === currency && typeof l.amountMinor === 'bigint')
      .reduce((s, l) => s + l.amountMinor, 0n);
  if (fxLines.some((l) => l.currency !== conversion.from && l.currency !== conversion.to)) {
    add('conversion', `${FX_CONVERSION_ACCOUNT} may only carry the two currencies of the conversion`);
  }
  const paidIn = net(conversion.from);
  const paidOut = -net(conversion.to);
  if (paidIn <= 0n) add('conversion', `${FX_CONVERSION_ACCOUNT} must receive the amount in ${conversion.from}`);
  if (paidOut <= 0n) add('conversion', `${FX_CONVERSION_ACCOUNT} must give out the amount in ${conversion.to}`);
  if (violations.length > 0) return violations;

  const expected = convertMinor(
    paidIn,
    conversion.from as CurrencyCode,
    conversion.to as CurrencyCode,
    conversion.rate,
  );
  if (paidOut !== expected) {
    add(
      'conversion',
      `${formatMinor(paidIn)} ${conversion.from} at ${conversion.rate} is ${formatMinor(expected)} ${conversion.to} ` +
        `minor units, not ${formatMinor(paidOut)}`,
    );
  }
  return violations;
}

/** Throws a `DomainError` (`ledger_posting_invalid`, with the violations) unless the posting may be recorded. */
export function assertValidPosting(posting: Posting): void {
  const violations = validatePosting(posting);
  if (violations.length > 0) {
    throw new DomainError(
      'ledger_posting_invalid',
      `The posting "${String(posting.idempotencyKey)}" cannot be recorded: ${violations.map((v) => `${v.field} ${v.reason}`).join('; ')}.`,
      { violations },
    );
  }
}

function lineKey(line: PostingLine): string {
  return `${line.account}\u0000${line.currency}\u0000${String(line.amountMinor)}`;
}

/**
 * Whether two postings record the same movement: same key, case, description, conversion and the same lines
 * (in any order). A replay under the same key must be the same posting; anything else is a conflict.
 */
export function samePosting(a: Posting, b: Posting): boolean {
  if (a.idempotencyKey !== b.idempotencyKey || a.caseId !== b.caseId || a.description !== b.description) return false;
  const ca = a.conversion ?? null;
  const cb = b.conversion ?? null;
  if ((ca === null) !== (cb === null)) return false;
  if (ca && cb && (ca.from !== cb.from || ca.to !== cb.to || ca.source !== cb.source || !sameRate(ca.rate, cb.rate))) {
    return false;
  }
  if (a.lines.length !== b.lines.length) return false;
  const left = a.lines.map(lineKey).sort();
  const right = b.lines.map(lineKey).sort();
  return left.every((k, i) => k === right[i]);
}

/** A two-line posting: `amountMinor` (positive) leaves `from` and enters `to`. */
export function movement(input: {
  idempotencyKey: string;
  caseId: string;
  description: string;
  from: string;
  to: string;
  amountMinor: bigint;
  currency: CurrencyCode;
}): Posting {
  return {
    idempotencyKey: input.idempotencyKey,
    caseId: input.caseId,
    description: input.description,
    lines: [
      { account: input.from, amountMinor: -input.amountMinor, currency: input.currency },
      { account: input.to, amountMinor: input.amountMinor, currency: input.currency },
    ],
  };
}

/**
 * A conversion as one posting of two legs through `programme:fx-conversion`: `amountMinor` of `fromCurrency`
 * leaves `from` and enters the clearing account; its converted amount (rounded once, halves away from zero)
 * leaves the clearing account and enters `to`. The rate and its source are recorded with the posting.
 */
export function conversionPosting(input: {
  idempotencyKey: string;
  caseId: string;
  description: string;
  from: string;
  to: string;
  amountMinor: bigint;
  fromCurrency: CurrencyCode;
  toCurrency: CurrencyCode;
  rate: string;
  source: string;
}): Posting {
  const converted = convertMinor(input.amountMinor, input.fromCurrency, input.toCurrency, input.rate);
  return {
    idempotencyKey: input.idempotencyKey,
    caseId: input.caseId,
    description: input.description,
    lines: [
      { account: input.from, amountMinor: -input.amountMinor, currency: input.fromCurrency },
      { account: FX_CONVERSION_ACCOUNT, amountMinor: input.amountMinor, currency: input.fromCurrency },
      { account: FX_CONVERSION_ACCOUNT, amountMinor: -converted, currency: input.toCurrency },
      { account: input.to, amountMinor: converted, currency: input.toCurrency },
    ],
    conversion: { from: input.fromCurrency, to: input.toCurrency, rate: input.rate, source: input.source },
  };
}
