/**
 * The chart of accounts. An account is a plain string, so that a ledger line stays one readable row:
 *
 *   case:<case id>:<name>     the accounts of one return case (the case id is the case's lowercase UUID)
 *   programme:<name>          the programme's own accounts, shared by every case
 *
 * Sign convention: a line's amount is positive when value goes INTO the account and negative when it leaves.
 * A posting's lines sum to zero in every currency, so an account's balance is what is at that place now, and
 * source accounts (value that came from outside) carry a negative balance equal to what came in.
 *
 * Per case: the returnee's own money (savings, wages owed, deposits)
 *   asset-sources      where the returnee's money came from: the employer who paid the wages owed, the bank
 *                      that released the savings, the landlord who returned the deposit. Negative: minus the
 *                      total collected for the returnee.
 *   returnee-assets    the returnee's money held for them and not yet sent: it belongs to the person, never to
 *                      the programme.
 *   assets-in-transit  sent to the bank, mobile-money provider or cash-pickup agent, not yet confirmed.
 *   assets-paid-out    confirmed delivered in the country of return, with the provider's reference.
 *
 * Per case: the reintegration grant
 *   grant-allocated    the grant budgeted for this case by the approved reintegration plan, not yet released.
 *   grant-in-transit   a tranche released (cash to the returnee or in-kind to a supplier), not yet confirmed.
 *   grant-paid-out     tranches confirmed paid, each with its proof of payment.
 *
 * Programme
 *   grants-budget      the reintegration budget. Allocating a grant to a case draws it down; until funding is
 *                      posted too, its balance is minus the total allocated.
 *   fx-conversion      the clearing account of currency conversions: a conversion puts the `from` amount in
 *                      and takes the `to` amount out, so per currency it shows the programme's net conversions.
 *
 * The returnee's assets and the grant are kept apart on purpose: if consent is withdrawn, confirmed transfers
 * of the person's own assets stand while the grant does not, a failed transfer must return to the pool it came
 * from, and the reconciliation reports both separately. Typical postings:
 *
 *   wages recovered        asset-sources −X        returnee-assets +X
 *   transfer initiated     returnee-assets −X      assets-in-transit +X
 *   transfer confirmed     assets-in-transit −X    assets-paid-out +X
 *   transfer failed        assets-in-transit −X    returnee-assets +X     (cancelled before sending: no posting)
 *   grant allocated        grants-budget −G        grant-allocated +G
 *   tranche released       grant-allocated −T      grant-in-transit +T
 *   tranche confirmed      grant-in-transit −T     grant-paid-out +T
 *   conversion EUR→XOF     returnee-assets −100.00 EUR, fx-conversion +100.00 EUR,
 *                          fx-conversion −65596 XOF, returnee-assets +65596 XOF     (with its rate and source)
 */

export const CASE_ACCOUNT_NAMES = [
  'asset-sources',
  'returnee-assets',
  'assets-in-transit',
  'assets-paid-out',
  'grant-allocated',
  'grant-in-transit',
  'grant-paid-out',
] as const;
export type CaseAccountName = (typeof CASE_ACCOUNT_NAMES)[number];

export const PROGRAMME_ACCOUNT_NAMES = ['grants-budget', 'fx-conversion'] as const;
export type ProgrammeAccountName = (typeof PROGRAMME_ACCOUNT_NAMES)[number];

export type AccountRef =
  { scope: 'case'; caseId: string; name: CaseAccountName } | { scope: 'programme'; name: ProgrammeAccountName };

export const GRANTS_BUDGET_ACCOUNT = 'programme:grants-budget';
export const FX_CONVERSION_ACCOUNT = 'programme:fx-conversion';

/** The longest account string: "case:" + a UUID + ":" + the longest name, with room to grow. */
export const MAX_ACCOUNT_LENGTH = 100;

const CASE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A case id as the database spells it: a lowercase UUID. */
export function isCaseId(value: unknown): value is string {
  return typeof value === 'string' && CASE_ID.test(value);
}

export function caseAccount(caseId: string, name: CaseAccountName): string {
  if (!isCaseId(caseId)) throw new RangeError(`"${caseId}" is not a case id (a lowercase UUID)`);
  return `case:${caseId}:${name}`;
}

export function programmeAccount(name: ProgrammeAccountName): string {
  return `programme:${name}`;
}

/** The account's parts, or null when the string is not in the chart of accounts. */
export function parseAccount(account: string): AccountRef | null {
  if (typeof account !== 'string') return null;
  const parts = account.split(':');
  if (parts.length === 3 && parts[0] === 'case' && isCaseId(parts[1])) {
    const name = parts[2] as CaseAccountName;
    return CASE_ACCOUNT_NAMES.includes(name) ? { scope: 'case', caseId: parts[1], name } : null;
  }
  if (parts.length === 2 && parts[0] === 'programme') {
    const name = parts[1] as ProgrammeAccountName;
    return PROGRAMME_ACCOUNT_NAMES.includes(name) ? { scope: 'programme', name } : null;
  }
  return null;
}
