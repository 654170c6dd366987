import { isPersonalPath, MASK } from '@avrr/domain';

/**
 * The pure half of a case's anonymisation: what personal data becomes once the retention period has passed.
 *
 * Which keys are personal is the audit trail's list (`isPersonalPath`, the keys `maskPersonalData` masks), so the
 * two never disagree. Unlike `maskPersonalData`, values keep their shape: a personal array stays an array of masked
 * strings and a personal object (a contact) an object with masked leaves, so code reading an anonymised case's
 * state or timeline meets the types it expects. Booleans and nulls stay as they are (they name no one), and a
 * date of birth keeps its year, for statistics by age.
 */
export function anonymiseValue(value: unknown, personal = false, key?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => anonymiseValue(v, personal, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [
        k,
        anonymiseValue(v, personal || isPersonalPath(k), k),
      ]),
    );
  }
  if (!personal || value === null || value === undefined || typeof value === 'boolean') return value;
  if (key === 'dateOfBirth' && typeof value === 'string') return birthYearOnly(value);
  return MASK;
}

/** `1990-03-14` → `1990-01-01`: the year stays, the day that identifies goes (anything else is masked). */
export function birthYearOnly(dateOfBirth: string): string {
  const year = /^(\d{4})-\d{2}-\d{2}/.exec(dateOfBirth)?.[1];
  return year ? `${year}-01-01` : MASK;
}

/** Timeline events whose top-level `reference` is the carrier's booking reference (a PNR names its passengers). */
const BOOKING_EVENTS = new Set(['book_travel', 'rebook_travel']);

/** A timeline event's details without personal data. */
export function anonymiseTimelineDetails(type: string, details: Record<string, unknown>): Record<string, unknown> {
  const masked = anonymiseValue(details) as Record<string, unknown>;
  if (BOOKING_EVENTS.has(type) && typeof masked.reference === 'string') masked.reference = MASK;
  return masked;
}

/**
 * The read model's copy of the workflow state without personal data: people's names, birth days, document numbers,
 * consent witnesses and guardians, notes and reasons, booking references. Everything statistics read stays: stage
 * facts, dates of the steps, outcome, vulnerabilities, the plan's dimensions and budget amounts, follow-up numbers.
 */
export function anonymiseCaseState(state: Record<string, unknown> | null): Record<string, unknown> | null {
  if (state === null) return null;
  const masked = anonymiseValue(state) as Record<string, unknown>;
  const maskBooking = (booking: unknown) => {
    if (booking && typeof booking === 'object' && typeof (booking as { reference?: unknown }).reference === 'string') {
      (booking as { reference: string }).reference = MASK;
    }
  };
  maskBooking(masked.booking);
  if (Array.isArray(masked.cancelledBookings)) masked.cancelledBookings.forEach(maskBooking);
  return masked;
}

/**
 * A transfer destination without the account, number, holder, agent or place; the bank or mobile-money operator
 * stays (an institution, not a person), as does the destination kind on the row.
 */
export function anonymiseTransferDestination(destination: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(destination).map(([k, v]) => [k, INSTITUTION_KEYS.has(k) ? v : anonymiseValue(v, true, k)]),
  );
}

const INSTITUTION_KEYS = new Set(['bank', 'operator']);
