// Issue 14, part 3: a protection hold has a review date with its reminder and escalation; referrals to a protection
// service carry the person's consent, an answer and follow-ups; "referred to protection" needs an accepted referral.
import { DEFAULT_PROGRAMME_TIMINGS, pendingAlerts, waitingFor } from './case-deadlines';
import { addDays, dayOf } from './dates';
import { holdReviewDueAt } from './protection-referrals';
import { aCase, AWA_ID, COUNSELLOR, IBRAHIMA_ID, LOGISTICS, SUPERVISOR } from './testing/case-builder';

const onHold = () => aCase().withFamily().counselled().later(1).screened({ fearOfReturn: true });
const refer = (overrides: Record<string, unknown> = {}) => ({
  type: 'refer_to_protection_service' as const,
  personId: AWA_ID,
  service: 'asylum_procedure' as const,
  provider: 'Forum Réfugiés, Lyon',
  consentGivenOn: '2026-03-03',
  ...overrides,
});
const answer = (response: 'accepted' | 'declined', referralId = 'referral-1') => ({
  type: 'record_referral_response' as const,
  referralId,
  response,
  respondedOn: '2026-03-04',
  note: null,
});

describe('protection service referrals', () => {
  it('a supervisor refers a person on hold, with their consent; the referral is sent, then answered', () => {
    const c = onHold().apply(refer(), SUPERVISOR);
    expect(c.state.protectionServiceReferrals).toEqual([
      {
        id: 'referral-1',
        personId: AWA_ID,
        service: 'asylum_procedure',
        provider: 'Forum Réfugiés, Lyon',
        consentGivenOn: '2026-03-03',
        sentAt: c.now,
        sentBy: SUPERVISOR,
        status: 'sent',
        response: null,
        followUps: [],
      },
    ]);
    c.later(1).apply(answer('accepted'), COUNSELLOR);
    c.apply({
      type: 'record_referral_follow_up',
      referralId: 'referral-1',
      heldOn: '2026-03-04',
      note: 'Claim lodged',
    });
    const [referral] = c.state.protectionServiceReferrals!;
    expect(referral.status).toBe('accepted');
    expect(referral.response).toMatchObject({ respondedOn: '2026-03-04', note: null, by: COUNSELLOR });
    expect(referral.followUps).toEqual([
      { heldOn: '2026-03-04', note: 'Claim lodged', recordedAt: c.now, by: COUNSELLOR },
    ]);
  });

  it('is refused without a hold, for someone not in the household, without a provider or with a consent to come', () => {
    const screened = aCase().withFamily().counselled().later(1).screened();
    expect(screened.attempt(refer(), SUPERVISOR)?.code).toBe('no_protection_hold');
    const c = onHold();
    expect(c.attempt(refer({ personId: 'nobody' }), SUPERVISOR)?.code).toBe('unknown_person');
    expect(c.attempt(refer({ provider: '  ' }), SUPERVISOR)?.code).toBe('provider_required');
    expect(c.attempt(refer({ consentGivenOn: '2099-01-01' }), SUPERVISOR)?.code).toBe('date_in_future');
  });

  it('only supervisors refer; counsellors and supervisors record answers and follow-ups; no other role', () => {
    const c = onHold();
    expect(c.attempt(refer(), COUNSELLOR)?.code).toBe('role_not_allowed');
    expect(c.attempt(refer(), LOGISTICS)?.code).toBe('role_not_allowed');
    c.apply(refer(), SUPERVISOR);
    c.later(1);
    expect(c.attempt(answer('accepted'), LOGISTICS)?.code).toBe('role_not_allowed');
    expect(c.attempt(answer('accepted'), SUPERVISOR)).toBeNull();
  });

  it('one open referral per person and service; a declined one can be made again, or another service tried', () => {
    const c = onHold().apply(refer(), SUPERVISOR);
    expect(c.attempt(refer(), SUPERVISOR)?.code).toBe('referral_exists');
    expect(c.attempt(refer({ service: 'legal_aid', provider: 'Cimade' }), SUPERVISOR)).toBeNull();
    expect(c.attempt(refer({ personId: IBRAHIMA_ID }), SUPERVISOR)).toBeNull();
    c.later(1).apply(answer('declined'));
    expect(c.attempt(answer('accepted'))?.code).toBe('referral_answered');
    expect(
      c.attempt({ type: 'record_referral_follow_up', referralId: 'referral-1', heldOn: '2026-03-04', note: 'n' })?.code,
    ).toBe('referral_declined');
    c.apply(refer(), SUPERVISOR);
    expect(c.state.protectionServiceReferrals!.map((r) => [r.id, r.status])).toEqual([
      ['referral-1', 'declined'],
      ['referral-2', 'sent'],
    ]);
  });

  it('an answer cannot predate the referral, and names a referral of the case', () => {
    const c = onHold().apply(refer(), SUPERVISOR);
    expect(c.attempt({ ...answer('accepted'), respondedOn: '2026-03-01' })?.code).toBe('response_before_referral');
    expect(c.attempt(answer('accepted', 'referral-9'))?.code).toBe('unknown_referral');
  });

  it("an answer on the partner's day may be UTC's day before: a referral sent at 02:00 UTC is the evening before in the Americas", () => {
    const c = onHold();
    const sentDay = dayOf(addDays(c.now, 1));
    c.at(`${sentDay}T02:00:00.000Z`).apply(refer(), SUPERVISOR);
    const dayBefore = dayOf(addDays(`${sentDay}T00:00:00.000Z`, -1));
    const twoDaysBefore = dayOf(addDays(`${sentDay}T00:00:00.000Z`, -2));
    expect(c.attempt({ ...answer('accepted'), respondedOn: dayBefore })).toBeNull();
    expect(c.attempt({ ...answer('accepted'), respondedOn: twoDaysBefore })?.code).toBe('response_before_referral');
  });
});

describe('closing as referred to protection', () => {
  const close = { type: 'close_case' as const, outcome: 'referred_to_protection' as const, reason: 'In the procedure' };

  it('needs a referral a service accepted', () => {
    const c = onHold();
    expect(c.attempt(close)?.code).toBe('referral_not_accepted');
    c.apply(refer(), SUPERVISOR);
    expect(c.attempt(close)?.code).toBe('referral_not_accepted');
    c.later(1).apply(answer('declined'));
    expect(c.attempt(close)?.code).toBe('referral_not_accepted');
    c.apply(refer({ service: 'legal_aid', provider: 'Cimade' }), SUPERVISOR).apply(answer('accepted', 'referral-2'));
    expect(c.attempt(close)).toBeNull();
    expect(c.apply(close).state.closed?.outcome).toBe('referred_to_protection');
  });

  it('is not an outcome for a case that departed', () => {
    const departed = aCase().withFamily().readyToBook().booked().departed();
    expect(departed.attempt(close)?.code).toBe('already_departed');
  });
});

describe('the review of a protection hold', () => {
  const t = DEFAULT_PROGRAMME_TIMINGS;

  it('is due 30 days after the hold was placed: a reminder to the supervisor 7 days before, then an escalation', () => {
    const c = onHold();
    const due = addDays(c.state.protectionHold.since!, 30);
    expect(holdReviewDueAt(c.state, t.protectionHoldReviewAfterMs)).toBe(due);
    const alerts = pendingAlerts(c.state, t).filter((a) => a.key.startsWith('protection-hold-review'));
    expect(alerts).toEqual([
      {
        key: `protection-hold-review:${due}:reminder`,
        kind: 'reminder',
        at: addDays(due, -7),
        audience: ['supervisor'],
        what: 'the review of the protection hold',
        dueAt: due,
        event: 'hold_review_reminder_sent',
      },
      {
        key: `protection-hold-review:${due}:escalation`,
        kind: 'escalation',
        at: due,
        audience: ['supervisor', 'counsellor'],
        what: 'the review of the protection hold',
        dueAt: due,
        event: 'hold_review_escalation_sent',
      },
    ]);
    expect(waitingFor(c.state, t, c.now)).toEqual({ what: 'a supervisor to review the protection hold', dueAt: due });
  });

  it('a review sets the next date, which later reasons for the hold keep; lifting the hold ends the reviews', () => {
    const c = onHold().later(10);
    c.apply({ type: 'review_protection_hold', note: 'Claim lodged; waiting for OFPRA', nextReviewOn: '2026-05-01' });
    expect(c.state.protectionHold.history.at(-1)).toMatchObject({ action: 'reviewed', by: SUPERVISOR });
    expect(holdReviewDueAt(c.state, t.protectionHoldReviewAfterMs)).toBe('2026-05-01T00:00:00.000Z');
    c.holdPlaced('threats by phone');
    expect(holdReviewDueAt(c.state, t.protectionHoldReviewAfterMs)).toBe('2026-05-01T00:00:00.000Z');
    c.holdLifted();
    expect(holdReviewDueAt(c.state, t.protectionHoldReviewAfterMs)).toBeNull();
    expect(pendingAlerts(c.state, t).filter((a) => a.key.startsWith('protection-hold-review'))).toEqual([]);
  });

  it('the next review falls after today and within 180 days, with a note, on a case on hold', () => {
    const c = onHold();
    const review = (nextReviewOn: string, note = 'n') => ({
      type: 'review_protection_hold' as const,
      note,
      nextReviewOn,
    });
    expect(c.attempt(review(c.today))?.code).toBe('review_date_invalid');
    expect(c.attempt(review(addDays(c.now, 181).slice(0, 10)))?.code).toBe('review_date_invalid');
    expect(c.attempt(review(addDays(c.now, 180).slice(0, 10)))).toBeNull();
    expect(c.attempt(review(addDays(c.now, 5).slice(0, 10), ' '))?.code).toBe('note_required');
    expect(aCase().counselled().attempt(review('2026-05-01'))?.code).toBe('no_protection_hold');
  });

  it("the next review's day is the reviewer's: after today there, and due when it begins there", () => {
    // 2026-03-10, 03:00 UTC: still 9 March in Bogotá (UTC−5), already 10 March in Kabul (UTC+4:30).
    const c = onHold().at('2026-03-10T03:00:00.000Z');
    const review = (nextReviewOn: string, nextReviewAt: string) => ({
      type: 'review_protection_hold' as const,
      note: 'n',
      nextReviewOn,
      nextReviewAt,
    });
    // Bogotá's tomorrow is UTC's today: refused as a day of UTC, accepted as Bogotá's.
    expect(c.attempt({ type: 'review_protection_hold', note: 'n', nextReviewOn: '2026-03-10' })?.code).toBe(
      'review_date_invalid',
    );
    expect(c.attempt(review('2026-03-10', '2026-03-10T05:00:00.000Z'))).toBeNull();
    // Kabul's today has begun: refused.
    expect(c.attempt(review('2026-03-10', '2026-03-09T19:30:00.000Z'))?.code).toBe('review_date_invalid');
    // No time zone has its midnight of 10 March at this instant.
    expect(c.attempt(review('2026-03-10', '2026-03-10T13:00:00.000Z'))?.code).toBe('review_date_invalid');
    expect(c.attempt(review('2026-03-10', 'not an instant'))?.code).toBe('review_date_invalid');

    c.apply(review('2026-03-10', '2026-03-10T05:00:00.000Z'));
    expect(holdReviewDueAt(c.state, t.protectionHoldReviewAfterMs)).toBe('2026-03-10T05:00:00.000Z');
    c.holdPlaced('threats by phone');
    expect(holdReviewDueAt(c.state, t.protectionHoldReviewAfterMs)).toBe('2026-03-10T05:00:00.000Z');
    // A review that does not say when its day begins (recorded before it could) is due at midnight UTC.
    c.apply({ type: 'review_protection_hold', note: 'n', nextReviewOn: '2026-03-20' });
    expect(holdReviewDueAt(c.state, t.protectionHoldReviewAfterMs)).toBe('2026-03-20T00:00:00.000Z');
  });

  it('a workflow started before reviews existed (no review period in its timings) schedules none', () => {
    const { protectionHoldReviewAfterMs: _a, protectionHoldReviewReminderBeforeMs: _b, ...before } = t;
    const c = onHold();
    expect(pendingAlerts(c.state, before)).toEqual([]);
    expect(waitingFor(c.state, before, c.now).dueAt).toBeNull();
  });
});
