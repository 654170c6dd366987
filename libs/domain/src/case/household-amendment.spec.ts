// Household amendments after intake (issue 14, part 2): what may change, and how the gates follow at once.
import type { HouseholdChange, NewHouseholdMember } from './household-amendment';
import { missingConsentReasons, missingPreDepartureGateReasons, missingTravelDocumentReasons } from './case-gates';
import { bookingViolations } from './booking.rules';
import { aCase, AWA_ID, IBRAHIMA_ID, MOUSSA_ID, validBooking } from './testing/case-builder';

const amend = (change: HouseholdChange) => ({ type: 'amend_household' as const, change });

const child = (overrides: Partial<NewHouseholdMember> = {}): NewHouseholdMember => ({
  id: 'p-nafi',
  givenNames: 'Nafi',
  familyName: 'Ndiaye',
  dateOfBirth: '2019-05-01',
  sex: 'female',
  nationality: 'SN',
  languages: ['wo'],
  relationship: 'other_relative',
  vulnerabilities: ['separated_child'],
  documents: [{ type: 'passport', number: 'A7777777', issuingCountry: 'SN', expiresOn: '2030-01-01' }],
  ...overrides,
});

const codes = (reasons: Array<{ code: string; params: Record<string, string> }>) =>
  reasons.map((r) => `${r.code}:${r.params.personId ?? ''}`);

describe('household amendments', () => {
  it('a separated child added at screening needs a best-interests determination and family assessment', () => {
    const story = aCase()
      .withFamily()
      .counselled()
      .screened()
      .consented()
      .apply(amend({ kind: 'add_member', member: child() }));
    expect(story.state.people.map((p) => p.id)).toContain('p-nafi');
    expect(story.state.travelDocuments['p-nafi'].held?.expiresOn).toBe('2030-01-01');
    expect(codes(missingPreDepartureGateReasons(story.state, story.today))).toEqual([
      'best_interests:p-nafi',
      'family_assessment:p-nafi',
    ]);
    const refusal = story.attempt(validBooking(story.state, { type: 'book_travel' }));
    expect(refusal?.code).toBe('booking_not_ready');
    expect(codes(missingConsentReasons(story.state, story.today))).toEqual([
      'guardian_consent:p-nafi',
      'child_consent:p-nafi',
    ]);
    story.signed('p-nafi', 'guardian', 'Awa Ndiaye').signed('p-nafi', 'child');
    story.bestInterests('p-nafi').familyAssessed('p-nafi');
    expect(story.attempt(validBooking(story.state, { type: 'book_travel' }))).toBeNull();
  });

  it('an adult added later needs their own consent declaration and a travel document', () => {
    const story = aCase()
      .withFamily()
      .readyForDocuments()
      .apply(
        amend({
          kind: 'add_member',
          member: child({ id: 'p-cheikh', dateOfBirth: '1970-01-01', vulnerabilities: [], documents: [] }),
        }),
      );
    expect(codes(missingConsentReasons(story.state, story.today))).toEqual(['consent_declaration:p-cheikh']);
    expect(codes(missingTravelDocumentReasons(story.state, story.today))).toEqual(['travel_document:p-cheikh']);
  });

  it('a trafficking flag found at screening requires the risk assessments and the referral before booking', () => {
    const story = aCase()
      .withFamily()
      .readyToBook()
      .apply(
        amend({
          kind: 'set_vulnerabilities',
          personId: AWA_ID,
          vulnerabilities: ['victim_of_trafficking'],
          reason: 'disclosed at the screening interview',
        }),
      );
    expect(codes(missingPreDepartureGateReasons(story.state, story.today))).toEqual([
      'trafficking_risk:p-awa',
      'protection_referral:p-awa',
    ]);
    expect(story.attempt(validBooking(story.state, { type: 'book_travel' }))?.code).toBe('booking_not_ready');
  });

  it('a fear of return found later places the case on protection hold', () => {
    const story = aCase()
      .withFamily()
      .counselled()
      .screened()
      .apply(
        amend({
          kind: 'set_vulnerabilities',
          personId: IBRAHIMA_ID,
          vulnerabilities: ['fear_of_return'],
          reason: 'said so to the counsellor',
        }),
      );
    expect(story.state.protectionHold.active).toBe(true);
    expect(story.state.protectionHold.reasons).toEqual(['Ibrahima Ndiaye: fear of return found after intake']);
  });

  it('a member who stays behind leaves the consent, document and booking checks, with the reason', () => {
    const story = aCase()
      .withFamily()
      .counselled()
      .screened()
      .apply(amend({ kind: 'remove_member', personId: IBRAHIMA_ID, reason: 'stays to finish his work contract' }));
    expect(story.state.people.map((p) => p.id)).toContain(IBRAHIMA_ID);
    expect(codes(missingConsentReasons(story.state, story.today))).toEqual(['consent_declaration:p-awa']);
    story.signed(AWA_ID, 'self');
    const everyone = validBooking(story.state, { type: 'book_travel' });
    expect(bookingViolations(story.state, everyone, story.today)).toEqual([
      'Ibrahima Ndiaye does not travel (stays to finish his work contract)',
    ]);
    const without = { ...everyone, passengerIds: [AWA_ID, MOUSSA_ID], excluded: [] };
    expect(bookingViolations(story.state, without, story.today)).toEqual([]);
    story.apply(without);
    expect(story.state.booking?.excluded).toEqual([
      { personId: IBRAHIMA_ID, reason: 'stays to finish his work contract' },
    ]);
  });

  it.each<[string, HouseholdChange, string]>([
    ['the principal', { kind: 'remove_member', personId: AWA_ID, reason: 'r' }, 'principal_travels'],
    ['without a reason', { kind: 'remove_member', personId: IBRAHIMA_ID, reason: ' ' }, 'reason_required'],
    ['an unknown person', { kind: 'set_contact', personId: 'p-nobody', contact: { phone: '1' } }, 'unknown_person'],
    ['an empty contact', { kind: 'set_contact', personId: AWA_ID, contact: {} }, 'invalid_member'],
    ['a repeated id', { kind: 'add_member', member: child({ id: AWA_ID }) }, 'bad_request'],
    ['a birth date to come', { kind: 'add_member', member: child({ dateOfBirth: '2099-01-01' }) }, 'invalid_member'],
    [
      'a vulnerability change without how it was found',
      { kind: 'set_vulnerabilities', personId: AWA_ID, vulnerabilities: ['elderly'], reason: '' },
      'reason_required',
    ],
  ])('refuses %s', (_what, change, code) => {
    expect(aCase().withFamily().counselled().attempt(amend(change))?.code).toBe(code);
  });

  it('refuses adding someone while travel is booked, and anything but a contact after departure', () => {
    const booked = aCase().withFamily().readyToBook().booked();
    expect(booked.attempt(amend({ kind: 'add_member', member: child() }))?.code).toBe('booking_active');
    booked.departed();
    expect(booked.attempt(amend({ kind: 'remove_member', personId: MOUSSA_ID, reason: 'r' }))?.code).toBe(
      'already_departed',
    );
    expect(booked.attempt(amend({ kind: 'set_contact', personId: AWA_ID, contact: { phone: '+221 77' } }))).toBeNull();
  });

  it('only a counsellor amends the household', () => {
    const story = aCase().withFamily();
    const refusal = story.attempt(amend({ kind: 'set_contact', personId: AWA_ID, contact: { phone: '1' } }), {
      id: 'u',
      name: 'L',
      role: 'logistics_officer',
    });
    expect(refusal?.code).toBe('role_not_allowed');
  });
});
