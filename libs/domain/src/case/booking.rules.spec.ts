// Booking rules: the travel document and the medical clearance are valid on the travel date; an unaccompanied child is
// escorted; the final destination is in the country of return; every member travels or is excluded with a reason.
import { bookingViolations } from './booking.rules';
import type { ItinerarySegment } from './case-state';
import {
  aCase,
  awa,
  AWA_ID,
  defaultSegments,
  FINAL_ARRIVAL,
  ibrahima,
  IBRAHIMA_ID,
  moussa,
  MOUSSA_ID,
  SECOND_DEPARTURE,
  validBooking,
} from './testing/case-builder';

const ready = () => aCase().withFamily().readyToBook();
const violations = (overrides: Parameters<typeof validBooking>[1]) => {
  const c = ready();
  return bookingViolations(c.state, validBooking(c.state, overrides), c.today);
};
const seg = (overrides: Partial<ItinerarySegment>): ItinerarySegment => ({
  from: 'BRU',
  to: 'DSS',
  toCountry: 'SN',
  carrier: 'SN',
  flightNumber: 'SN202',
  departsAt: '2026-04-15T10:00:00.000Z',
  arrivesAt: '2026-04-15T16:00:00.000Z',
  ...overrides,
});

describe('bookingViolations', () => {
  it('a booking that follows every rule has no violation', () => {
    expect(violations({})).toEqual([]);
  });

  it('a direct flight is a valid itinerary', () => {
    expect(violations({ segments: [seg({})] })).toEqual([]);
  });

  describe('the final destination is in the country of return', () => {
    it('a last segment landing outside the country of return is refused', () => {
      const [first, second] = defaultSegments();
      expect(violations({ segments: [first, { ...second, to: 'CMN', toCountry: 'MA' }] })).toEqual([
        'the final destination CMN is in MA, not in the country of return SN',
      ]);
    });

    it('only the last segment counts: transit through another country is fine', () => {
      expect(violations({ segments: defaultSegments() })).toEqual([]); // BRU -> CDG (FR) -> DSS (SN)
    });

    it('stopping in the transit country is refused', () => {
      expect(violations({ segments: [defaultSegments()[0]] })).toEqual([
        'the final destination CDG is in FR, not in the country of return SN',
      ]);
    });

    it('the whole decision is refused with booking_rules and the violations in details', () => {
      const c = ready();
      const refusal = c.attempt(validBooking(c.state, { segments: [seg({ to: 'ABJ', toCountry: 'CI' })] }));
      expect(refusal?.code).toBe('booking_rules');
      expect(refusal?.details).toEqual({
        violations: ['the final destination ABJ is in CI, not in the country of return SN'],
      });
      expect(refusal?.message).toBe(
        'This booking breaks the booking rules: the final destination ABJ is in CI, not in the country of return SN.',
      );
    });
  });

  describe('every member of the household travels or is excluded with a reason', () => {
    it('a member left off without an exclusion is refused', () => {
      expect(violations({ passengerIds: [AWA_ID, IBRAHIMA_ID] })).toEqual([
        'Moussa Ndiaye is neither on the itinerary nor excluded with a reason',
      ]);
    });

    it('a member excluded with a reason is fine', () => {
      expect(
        violations({
          passengerIds: [AWA_ID, MOUSSA_ID],
          excluded: [{ personId: IBRAHIMA_ID, reason: 'keeps his work permit and stays' }],
        }),
      ).toEqual([]);
    });

    it.each(['', '   '])('an exclusion with the reason %p is refused', (reason) => {
      expect(violations({ passengerIds: [AWA_ID, MOUSSA_ID], excluded: [{ personId: IBRAHIMA_ID, reason }] })).toEqual([
        'Ibrahima Ndiaye is excluded without a reason',
      ]);
    });

    it('a member cannot be both on board and excluded', () => {
      expect(violations({ excluded: [{ personId: MOUSSA_ID, reason: 'stays with grandmother' }] })).toEqual([
        'Moussa Ndiaye is both on the itinerary and excluded',
      ]);
    });

    it('a passenger or exclusion outside the household is refused', () => {
      expect(
        violations({
          passengerIds: [AWA_ID, IBRAHIMA_ID, MOUSSA_ID, 'p-stranger'],
          excluded: [{ personId: 'p-ghost', reason: 'r' }],
        }),
      ).toEqual(['p-stranger is not a member of this household', 'p-ghost is not a member of this household']);
    });

    it('an itinerary with nobody on it is refused', () => {
      const excluded = [AWA_ID, IBRAHIMA_ID, MOUSSA_ID].map((personId) => ({ personId, reason: 'not travelling' }));
      expect(violations({ passengerIds: [], excluded })).toEqual(['nobody is on the itinerary']);
    });
  });

  describe('the travel document is valid on the travel date', () => {
    const withIbrahimaPassport = (expiresOn: string) => {
      const c = aCase()
        .withPerson(awa(), ibrahima({ documents: [{ type: 'passport', number: 'X', expiresOn }] }), moussa())
        .readyToBook();
      return { c, problems: bookingViolations(c.state, validBooking(c.state), c.today) };
    };

    it('a passport valid today but expiring before the travel date is refused', () => {
      const { c, problems } = withIbrahimaPassport('2026-04-14');
      expect(c.stage()).toBe('booking'); // valid today
      expect(problems).toEqual(["Ibrahima Ndiaye's travel document is not valid on the travel date 2026-04-15"]);
    });

    it('a passport expiring on the travel date is valid for it', () => {
      expect(withIbrahimaPassport('2026-04-15').problems).toEqual([]);
    });

    it('an excluded member needs no document for the journey', () => {
      const c = aCase()
        .withPerson(awa(), ibrahima({ documents: [] }), moussa())
        .readyToBook();
      const booking = validBooking(c.state, {
        passengerIds: [AWA_ID, MOUSSA_ID],
        excluded: [{ personId: IBRAHIMA_ID, reason: 'stays' }],
      });
      expect(bookingViolations(c.state, booking, c.today)).toEqual([]);
    });
  });

  describe('the itinerary is continuous', () => {
    const [first, second] = defaultSegments();

    it('a segment must leave from where the previous one landed', () => {
      expect(violations({ segments: [first, { ...second, from: 'ORY' }] })).toEqual([
        'segment 2 does not leave from where segment 1 lands',
      ]);
    });

    it('a segment must not depart before the previous one lands', () => {
      expect(violations({ segments: [first, { ...second, departsAt: '2026-04-15T08:00:00.000Z' }] })).toEqual([
        'segment 2 departs before segment 1 lands',
      ]);
    });

    it('a connection leaving the minute the previous flight lands is accepted', () => {
      expect(violations({ segments: [first, { ...second, departsAt: first.arrivesAt }] })).toEqual([]);
    });

    it('a segment that lands before (or when) it departs is refused', () => {
      expect(violations({ segments: [first, { ...second, arrivesAt: SECOND_DEPARTURE }] })).toEqual([
        'segment 2 lands before it departs',
      ]);
      expect(violations({ segments: [seg({ arrivesAt: '2026-04-15T09:00:00.000Z' })] })).toEqual([
        'segment 1 lands before it departs',
      ]);
    });

    it('three segments are checked pairwise', () => {
      // segment 2 lands in DSS at 16:00; segment 3 leaves ABJ at 15:00
      const third = seg({
        from: 'ABJ',
        to: 'DSS',
        departsAt: '2026-04-15T15:00:00.000Z',
        arrivesAt: '2026-04-15T20:00:00.000Z',
      });
      expect(second.arrivesAt).toBe(FINAL_ARRIVAL);
      expect(violations({ segments: [first, second, third] })).toEqual([
        'segment 3 does not leave from where segment 2 lands',
        'segment 3 departs before segment 2 lands',
      ]);
    });

    it('an itinerary without segments is refused on that ground alone', () => {
      expect(violations({ segments: [] })).toEqual(['the itinerary has no flight segment']);
    });
  });

  it('a travel date in the past is refused', () => {
    const c = ready().at('2026-04-16T08:00:00.000Z');
    expect(bookingViolations(c.state, validBooking(c.state), c.today)).toEqual([
      'the travel date 2026-04-15 is in the past',
    ]);
  });

  it('travel today is allowed', () => {
    const c = ready().at('2026-04-15T05:00:00.000Z');
    expect(bookingViolations(c.state, validBooking(c.state), c.today)).toEqual([]);
  });

  it('reports every broken rule at once', () => {
    const [first, second] = defaultSegments();
    expect(
      violations({
        segments: [first, { ...second, from: 'ORY', toCountry: 'FR', to: 'NCE' }],
        passengerIds: [AWA_ID],
      }),
    ).toEqual([
      'segment 2 does not leave from where segment 1 lands',
      'the final destination NCE is in FR, not in the country of return SN',
      'Ibrahima Ndiaye is neither on the itinerary nor excluded with a reason',
      'Moussa Ndiaye is neither on the itinerary nor excluded with a reason',
    ]);
  });
});

describe('book, rebook, cancel, no-show', () => {
  it('booking records the itinerary as booked at the time of booking', () => {
    const c = ready().later(3).booked();
    expect(c.state.booking).toMatchObject({
      reference: 'AF-7Q2K9X',
      status: 'booked',
      bookedAt: '2026-03-05T09:00:00.000Z',
      passengerIds: [AWA_ID, IBRAHIMA_ID, MOUSSA_ID],
    });
    expect(c.stage()).toBe('departure');
  });

  it('a second booking is refused while one is open (already_booked)', () => {
    const c = ready().booked();
    expect(c.attempt(validBooking(c.state))?.code).toBe('already_booked');
  });

  it('rebooking needs a booking to replace (no_booking)', () => {
    const c = ready();
    expect(c.attempt(validBooking(c.state, { type: 'rebook_travel' }))?.code).toBe('no_booking');
  });

  it('rebooking keeps the replaced booking as cancelled', () => {
    const c = ready()
      .booked()
      .rebooked({
        reference: 'SN-NEW001',
        segments: [seg({ departsAt: '2026-04-20T10:00:00.000Z', arrivesAt: '2026-04-20T16:00:00.000Z' })],
      });
    expect(c.state.booking?.reference).toBe('SN-NEW001');
    expect(c.state.cancelledBookings).toEqual([
      expect.objectContaining({
        reference: 'AF-7Q2K9X',
        status: 'cancelled',
        cancellationReason: 'replaced by a new booking',
      }),
    ]);
  });

  it('a rebooking is checked against the same rules', () => {
    const c = ready().booked();
    expect(
      c.attempt(validBooking(c.state, { type: 'rebook_travel', segments: [seg({ toCountry: 'GM', to: 'BJL' })] }))
        ?.code,
    ).toBe('booking_rules');
  });

  it('cancelling moves the booking to the cancelled list and the case back to booking', () => {
    const c = ready().booked().bookingCancelled('strike at CDG');
    expect(c.state.booking).toBeNull();
    expect(c.state.cancelledBookings[0]).toMatchObject({ status: 'cancelled', cancellationReason: 'strike at CDG' });
    expect(c.stage()).toBe('booking');
    expect(c.attempt({ type: 'cancel_booking', reason: 'again' })?.code).toBe('no_booking');
  });

  it('a no-show is recorded, cancels the booking, and travel can be booked again', () => {
    const c = ready().booked().at('2026-04-15T12:00:00.000Z').noShow('missed the train to the airport');
    expect(c.state.noShows).toEqual([
      { recordedAt: '2026-04-15T12:00:00.000Z', reason: 'missed the train to the airport' },
    ]);
    expect(c.state.cancelledBookings[0].cancellationReason).toBe('no-show: missed the train to the airport');
    expect(c.stage()).toBe('booking');
    const newFlight = validBooking(c.state, {
      reference: 'AF-NEW',
      segments: [seg({ departsAt: '2026-04-22T10:00:00.000Z', arrivesAt: '2026-04-22T16:00:00.000Z' })],
    });
    expect(c.attempt(newFlight)).toBeNull();
  });

  it('a no-show or a departure needs a booking (no_booking)', () => {
    const c = ready();
    expect(c.attempt({ type: 'record_no_show', reason: 'r' })?.code).toBe('no_booking');
    expect(c.attempt({ type: 'confirm_departure', departedAt: '2026-04-15T07:00:00.000Z' })?.code).toBe('no_booking');
  });

  it('after departure, travel can no longer be booked, cancelled or marked as no-show (already_departed)', () => {
    const c = ready().booked().departed();
    expect(c.attempt(validBooking(c.state, { type: 'rebook_travel' }))?.code).toBe('already_departed');
    expect(c.attempt({ type: 'cancel_booking', reason: 'r' })?.code).toBe('already_departed');
    expect(c.attempt({ type: 'record_no_show', reason: 'r' })?.code).toBe('already_departed');
    expect(c.attempt({ type: 'confirm_departure', departedAt: '2026-04-15T07:00:00.000Z' })?.code).toBe(
      'already_departed',
    );
  });

  it('booking is not ready before counselling, screening and consent (booking_not_ready lists them)', () => {
    const c = aCase().withFamily();
    const refusal = c.attempt(validBooking(c.state));
    expect(refusal?.code).toBe('booking_not_ready');
    expect(refusal?.details).toMatchObject({
      missing: [
        'counselling',
        'screening',
        'Awa Ndiaye: a signed return declaration',
        'Ibrahima Ndiaye: a signed return declaration',
      ],
    });
  });

  it('a case screened as not eligible cannot be booked', () => {
    const c = aCase()
      .counselled()
      .screened({ eligible: false, ineligibilityReason: 'return to the region is suspended' });
    expect(c.attempt(validBooking(c.state))?.details).toMatchObject({
      missing: ['screening', 'Awa Ndiaye: a signed return declaration'],
    });
  });
});
