import { DomainError } from '../errors/domain-error';
import type { CaseAction } from './case-actions';
import type { CaseState, ProtectionServiceReferral } from './case-state';
import { person } from './case-gates';
import { addDays, addMs, dayOf, earliestDayAnywhere, mayBeginDay } from './dates';
import type { Actor } from './roles';

/**
 * A protection hold's reviews, and referrals to a protection service in the host country (issue 14, part 3). When
 * screening finds asylum needs, a fear of return or another protection concern, the case is on hold; the supervisor
 * reviews the hold by a date, and refers the person, with their consent, to a named service whose answer and
 * follow-up are recorded. A case closes as "referred to protection" only once a referral was accepted.
 */
export type ProtectionAction = Extract<
  CaseAction,
  {
    type:
      | 'review_protection_hold'
      | 'refer_to_protection_service'
      | 'record_referral_response'
      | 'record_referral_follow_up';
  }
>;

/** The longest a supervisor may put off the next review of a hold. */
export const HOLD_REVIEW_MAX_DAYS = 180;

export function referralsOf(state: CaseState): ProtectionServiceReferral[] {
  return state.protectionServiceReferrals ?? [];
}

export function hasAcceptedReferral(state: CaseState): boolean {
  return referralsOf(state).some((r) => r.status === 'accepted');
}

const refuse = (code: string, message: string) => new DomainError(code, message);

/** `latestDay`: the latest calendar day anywhere (dates.ts), the bound of the days people enter. */
export function decideProtection(
  state: CaseState,
  action: ProtectionAction,
  now: string,
  latestDay: string,
): DomainError | null {
  const notInFuture = (day: string, what: string) =>
    day > latestDay ? refuse('date_in_future', `${what} (${day}) cannot be in the future.`) : null;
  switch (action.type) {
    case 'review_protection_hold': {
      if (!state.protectionHold.active) return refuse('no_protection_hold', 'The case is not on protection hold.');
      if (!action.note.trim()) return refuse('note_required', 'A review of the hold records what was found.');
      const today = dayOf(now);
      const latest = dayOf(addDays(`${today}T00:00:00.000Z`, HOLD_REVIEW_MAX_DAYS));
      const invalid = refuse(
        'review_date_invalid',
        `The next review must fall after today and within ${HOLD_REVIEW_MAX_DAYS} days (by ${latest}).`,
      );
      if (action.nextReviewOn > latest) return invalid;
      // "After today" in the reviewer's time zone: the day must begin after now there. A review recorded before the
      // API said when the day begins compares days in UTC.
      if (action.nextReviewAt === undefined) return action.nextReviewOn <= today ? invalid : null;
      if (!mayBeginDay(action.nextReviewAt, action.nextReviewOn))
        return refuse(
          'review_date_invalid',
          `${action.nextReviewAt} is not when ${action.nextReviewOn} begins anywhere.`,
        );
      return Date.parse(action.nextReviewAt) <= Date.parse(now) ? invalid : null;
    }
    case 'refer_to_protection_service': {
      const p = person(state, action.personId);
      if (!p) return refuse('unknown_person', `Person ${action.personId} is not a member of this household.`);
      if (state.departure)
        return refuse('already_departed', 'The returnee has departed; refer them from the country of return.');
      if (!state.protectionHold.active)
        return refuse(
          'no_protection_hold',
          'A referral to a protection service follows a protection hold: screening found asylum needs, a fear of return or another protection concern.',
        );
      if (!action.provider.trim()) return refuse('provider_required', 'A referral names the service it goes to.');
      const open = referralsOf(state).find(
        (r) => r.personId === p.id && r.service === action.service && r.status !== 'declined',
      );
      if (open)
        return refuse(
          'referral_exists',
          `${p.name} already has a ${action.service.replace(/_/g, ' ')} referral (${open.id}, ${open.status}).`,
        );
      return notInFuture(action.consentGivenOn, 'The consent date');
    }
    case 'record_referral_response': {
      const referral = referralsOf(state).find((r) => r.id === action.referralId);
      if (!referral) return refuse('unknown_referral', `No referral ${action.referralId} on this case.`);
      if (referral.status !== 'sent')
        return refuse('referral_answered', `Referral ${referral.id} was already ${referral.status}.`);
      // respondedOn is a day of the partner's time zone; sentAt an instant: the answer predates the referral only
      // when its day is earlier than the referral's day everywhere.
      if (action.respondedOn < earliestDayAnywhere(referral.sentAt))
        return refuse('response_before_referral', `The answer cannot predate the referral (sent ${referral.sentAt}).`);
      return notInFuture(action.respondedOn, 'The answer date');
    }
    case 'record_referral_follow_up': {
      const referral = referralsOf(state).find((r) => r.id === action.referralId);
      if (!referral) return refuse('unknown_referral', `No referral ${action.referralId} on this case.`);
      if (referral.status === 'declined')
        return refuse('referral_declined', `Referral ${referral.id} was declined; refer the person again instead.`);
      if (!action.note.trim()) return refuse('note_required', 'A follow-up records what was found.');
      return notInFuture(action.heldOn, 'The follow-up date');
    }
  }
}

/** Applies an accepted protection action to the copy `evolve` made. */
export function evolveProtection(s: CaseState, action: ProtectionAction, actor: Actor, now: string): void {
  const referrals = referralsOf(s);
  switch (action.type) {
    case 'review_protection_hold':
      s.protectionHold = {
        ...s.protectionHold,
        nextReviewOn: action.nextReviewOn,
        history: [...s.protectionHold.history, { action: 'reviewed', reason: action.note, at: now, by: actor }],
      };
      if (action.nextReviewAt) s.protectionHold.nextReviewAt = action.nextReviewAt;
      else delete s.protectionHold.nextReviewAt;
      return;
    case 'refer_to_protection_service':
      s.protectionServiceReferrals = [
        ...referrals,
        {
          id: `referral-${referrals.length + 1}`,
          personId: action.personId,
          service: action.service,
          provider: action.provider,
          consentGivenOn: action.consentGivenOn,
          sentAt: now,
          sentBy: actor,
          status: 'sent',
          response: null,
          followUps: [],
        },
      ];
      return;
    case 'record_referral_response':
      s.protectionServiceReferrals = referrals.map((r) =>
        r.id === action.referralId
          ? {
              ...r,
              status: action.response,
              response: { respondedOn: action.respondedOn, note: action.note, recordedAt: now, by: actor },
            }
          : r,
      );
      return;
    case 'record_referral_follow_up':
      s.protectionServiceReferrals = referrals.map((r) =>
        r.id === action.referralId
          ? {
              ...r,
              followUps: [...r.followUps, { heldOn: action.heldOn, note: action.note, recordedAt: now, by: actor }],
            }
          : r,
      );
      return;
  }
}

/**
 * When the hold's next review is due: when the day the supervisor set at the last review begins in their time zone
 * (midnight UTC for a review recorded before the API said), or `reviewAfterMs` after the hold was placed. Null when
 * the case is not on hold, or for a workflow started before holds had reviews (its timings carry no review period,
 * so its timers stay as its history recorded them).
 */
export function holdReviewDueAt(state: CaseState, reviewAfterMs: number | undefined): string | null {
  const hold = state.protectionHold;
  if (!hold.active || !hold.since || !reviewAfterMs) return null;
  if (!hold.nextReviewOn) return addMs(hold.since, reviewAfterMs);
  return hold.nextReviewAt ?? `${hold.nextReviewOn}T00:00:00.000Z`;
}
