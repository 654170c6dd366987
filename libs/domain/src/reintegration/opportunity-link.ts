import { DomainError } from '../errors/domain-error';

/** Where a returnee stands with one opportunity the partner linked them to. */
export const LINK_STATUSES = ['proposed', 'referred', 'interview', 'placed', 'declined'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

export interface LinkStep {
  status: LinkStatus;
  /** The day it happened, YYYY-MM-DD. */
  on: string;
  note: string | null;
}

// A link moves forward; it can be declined at any point before placement, and placed or declined ends it.
const NEXT: Record<LinkStatus, readonly LinkStatus[]> = {
  proposed: ['referred', 'interview', 'declined'],
  referred: ['interview', 'placed', 'declined'],
  interview: ['placed', 'declined'],
  placed: [],
  declined: [],
};

/**
 * Whether a link may move to `next` on `on`; returns the refusal or null. `latestDay` bounds `on`: the API passes the
 * latest calendar day anywhere (dates.ts), the web app the device's own day.
 */
export function linkStepRefusal(
  history: readonly LinkStep[],
  next: LinkStatus,
  on: string,
  latestDay: string,
): DomainError | null {
  const current = history[history.length - 1];
  if (!current) return next === 'proposed' ? null : new DomainError('link_not_proposed', 'A link starts as proposed.');
  if (!NEXT[current.status].includes(next)) {
    const allowed = NEXT[current.status];
    return new DomainError(
      'link_transition',
      allowed.length === 0
        ? `This link is ${current.status}; it cannot change any more.`
        : `${article(current.status)} ${current.status} link can become ${allowed.join(' or ')}, not ${next}.`,
    );
  }
  if (on > latestDay) return new DomainError('date_in_future', `The date (${on}) cannot be in the future.`);
  if (on < current.on)
    return new DomainError('date_before_previous', `The date (${on}) is before the previous step (${current.on}).`);
  return null;
}

export function currentLinkStatus(history: readonly LinkStep[]): LinkStatus | null {
  return history[history.length - 1]?.status ?? null;
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'An' : 'A';
}
