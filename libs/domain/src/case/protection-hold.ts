import type { CaseState } from './case-state';
import type { Actor } from './roles';

/** Puts the case on protection hold (or adds reasons to the hold it is on); mutates the copy `evolve` made. */
export function placeHold(s: CaseState, reasons: string[], actor: Actor, now: string): void {
  s.protectionHold = {
    active: true,
    reasons: [...new Set([...s.protectionHold.reasons, ...reasons])],
    since: s.protectionHold.since ?? now,
    // More reasons on a hold already under review keep the review day the supervisor set.
    ...(s.protectionHold.active && s.protectionHold.nextReviewOn
      ? { nextReviewOn: s.protectionHold.nextReviewOn }
      : {}),
    ...(s.protectionHold.active && s.protectionHold.nextReviewAt
      ? { nextReviewAt: s.protectionHold.nextReviewAt }
      : {}),
    history: [
      ...s.protectionHold.history,
      ...reasons.map((reason) => ({ action: 'placed' as const, reason, at: now, by: actor })),
    ],
  };
}
