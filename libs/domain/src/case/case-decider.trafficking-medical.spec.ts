import { bookingViolations } from './booking.rules';
import { missingPreDepartureGates } from './case-gates';
import {
  aCase,
  AMINATA_ID,
  awa,
  AWA_ID,
  CaseBuilder,
  COUNSELLOR,
  LOGISTICS,
  OUSMANE_ID,
  PARTNER,
  validBooking,
} from './testing/case-builder';

describe('victim of trafficking', () => {
  type Step = 'host risk' | 'return risk' | 'referral';
  const STEPS: Step[] = ['host risk', 'return risk', 'referral'];
  const RISK = 'Aminata Sow: an acceptable trafficking risk assessment in both countries';
  const REFERRAL = 'Aminata Sow: a referral to a protection service in the country of return';

  function victimWith(steps: Step[]): CaseBuilder {
    const c = aCase().withTraffickingVictim().readyForDocuments();
    if (steps.includes('host risk')) c.traffickingRisk(AMINATA_ID, 'host', 'acceptable');
    if (steps.includes('return risk')) c.traffickingRisk(AMINATA_ID, 'return', 'acceptable');
    if (steps.includes('referral')) c.referredToProtection(AMINATA_ID);
    return c;
  }

  it.each<[Step, string]>([
    ['host risk', RISK],
    ['return risk', RISK],
    ['referral', REFERRAL],
  ])('booking is refused (booking_not_ready) while the %s is missing', (step, missing) => {
    const c = victimWith(STEPS.filter((s) => s !== step));
    const refusal = c.attempt(validBooking(c.state));
    expect(refusal?.code).toBe('booking_not_ready');
    expect(refusal?.details).toMatchObject({ missing: [missing] });
  });

  it('with nothing recorded, both the assessment and the referral are missing', () => {
    const c = victimWith([]);
    expect(c.attempt(validBooking(c.state))?.details).toMatchObject({ missing: [RISK, REFERRAL] });
    expect(c.stage()).toBe('pre_departure');
  });

  it('a risk judged unacceptable in the country of return keeps booking closed', () => {
    const c = victimWith(['host risk', 'referral']).traffickingRisk(AMINATA_ID, 'return', 'unacceptable');
    expect(c.attempt(validBooking(c.state))?.details).toMatchObject({ missing: [RISK] });
  });

  it('assessments in the two countries are kept side by side; a later one replaces the earlier one for that country', () => {
    const c = victimWith([])
      .traffickingRisk(AMINATA_ID, 'host', 'acceptable')
      .traffickingRisk(AMINATA_ID, 'return', 'unacceptable');
    expect(c.state.traffickingRisk[AMINATA_ID]).toEqual({ host: 'acceptable', return: 'unacceptable' });
    c.traffickingRisk(AMINATA_ID, 'return', 'acceptable');
    expect(c.state.traffickingRisk[AMINATA_ID]).toEqual({ host: 'acceptable', return: 'acceptable' });
  });

  it('with both assessments acceptable and a referral, booking is accepted', () => {
    const c = victimWith(STEPS);
    expect(c.stage()).toBe('booking');
    expect(c.attempt(validBooking(c.state))).toBeNull();
  });

  it('the counsellor (host) and the partner (return) may record risk; a logistics officer may not', () => {
    const c = victimWith([]);
    const action = {
      type: 'record_trafficking_risk' as const,
      personId: AMINATA_ID,
      country: 'host' as const,
      outcome: 'acceptable' as const,
    };
    expect(c.attempt(action, COUNSELLOR)).toBeNull();
    expect(c.attempt(action, PARTNER)).toBeNull();
    expect(c.attempt(action, LOGISTICS)?.code).toBe('role_not_allowed');
  });

  it('the protection referral is recorded by the partner', () => {
    const c = victimWith([]);
    const action = {
      type: 'record_protection_referral' as const,
      personId: AMINATA_ID,
      service: 'Centre Ginddi',
      referredOn: c.today,
    };
    expect(c.attempt(action, COUNSELLOR)?.code).toBe('role_not_allowed');
    expect(c.attempt(action, PARTNER)).toBeNull();
  });

  it('the protection referral can still be recorded after arrival', () => {
    const c = victimWith(STEPS).booked().departed().arrived();
    expect(
      c.attempt({
        type: 'record_protection_referral',
        personId: AMINATA_ID,
        service: 'Centre Ginddi',
        referredOn: c.today,
      }),
    ).toBeNull();
  });

  it('assessments apply only to people recorded as victims of trafficking (not_trafficking_victim)', () => {
    const c = aCase();
    expect(
      c.attempt({ type: 'record_trafficking_risk', personId: AWA_ID, country: 'host', outcome: 'acceptable' })?.code,
    ).toBe('not_trafficking_victim');
    expect(
      c.attempt({ type: 'record_protection_referral', personId: AWA_ID, service: 'X', referredOn: c.today })?.code,
    ).toBe('not_trafficking_victim');
  });
});

describe('medical needs', () => {
  const CERT_INVALID = "Ousmane Ba's fit-to-travel certificate is not valid on the travel date 2026-04-15";
  const patient = () => aCase().withMedicalNeeds().readyForDocuments();

  it('without a clearance the case stays in pre_departure', () => {
    const c = patient();
    expect(c.stage()).toBe('pre_departure');
    expect(missingPreDepartureGates(c.state, c.today)).toEqual(['Ousmane Ba: a valid fit-to-travel certificate']);
  });

  it('booking without a clearance is refused against the travel date (booking_rules, not booking_not_ready)', () => {
    const c = patient();
    const refusal = c.attempt(validBooking(c.state));
    expect(refusal?.code).toBe('booking_rules');
    expect(refusal?.details).toEqual({ violations: [CERT_INVALID] });
  });

  it('a certificate saying not fit to travel is refused', () => {
    const c = patient().medicallyCleared(OUSMANE_ID, { fitToTravel: false });
    expect(c.stage()).toBe('pre_departure');
    expect(c.attempt(validBooking(c.state))?.details).toEqual({ violations: [CERT_INVALID] });
  });

  it('a certificate valid today but expiring before the travel date is refused', () => {
    const c = patient().medicallyCleared(OUSMANE_ID, { certificateValidUntil: '2026-04-14' });
    expect(c.today).toBe('2026-03-02');
    expect(c.stage()).toBe('booking'); // valid today, so the case is ready to book...
    const refusal = c.attempt(validBooking(c.state)); // ...but not for a flight on 15 April
    expect(refusal?.code).toBe('booking_rules');
    expect(refusal?.details).toEqual({ violations: [CERT_INVALID] });
  });

  it('a certificate valid until the travel day itself is enough', () => {
    const c = patient().medicallyCleared(OUSMANE_ID, { certificateValidUntil: '2026-04-15' });
    expect(c.attempt(validBooking(c.state))).toBeNull();
  });

  it('a certificate that has expired by today sends the case back to pre_departure', () => {
    const c = patient().medicallyCleared(OUSMANE_ID, { certificateValidUntil: '2026-03-10' });
    expect(c.stage()).toBe('booking');
    c.at('2026-03-11T09:00:00.000Z');
    expect(c.stage()).toBe('pre_departure');
  });

  describe('when the clearance requires an escort, it must be a medical escort for that person', () => {
    const needsEscort = () => patient().medicallyCleared(OUSMANE_ID, { escortRequired: true });

    it('no escort: refused', () => {
      const c = needsEscort();
      expect(c.attempt(validBooking(c.state, { escorts: [] }))?.details).toEqual({
        violations: ['Ousmane Ba needs a medical escort'],
      });
    });

    it.each(['general', 'security', 'child'] as const)(
      'an escort of kind %s is not a medical escort: refused',
      (kind) => {
        const c = needsEscort();
        const refusal = c.attempt(
          validBooking(c.state, { escorts: [{ kind, name: 'E', forPersonIds: [OUSMANE_ID] }] }),
        );
        expect(refusal?.code).toBe('booking_rules');
        expect(refusal?.details).toEqual({ violations: ['Ousmane Ba needs a medical escort'] });
      },
    );

    it('a medical escort for somebody else: refused', () => {
      const c = aCase()
        .withMedicalNeeds()
        .withPerson(awa({ isPrincipal: false, relationship: 'other_relative' }));
      c.readyForDocuments().medicallyCleared(OUSMANE_ID, { escortRequired: true });
      const refusal = c.attempt(
        validBooking(c.state, { escorts: [{ kind: 'medical', name: 'Dr E', forPersonIds: [AWA_ID] }] }),
      );
      expect(refusal?.details).toEqual({ violations: ['Ousmane Ba needs a medical escort'] });
    });

    it('a medical escort for the patient: accepted', () => {
      const c = needsEscort();
      expect(
        c.attempt(
          validBooking(c.state, { escorts: [{ kind: 'medical', name: 'Dr Mamadou', forPersonIds: [OUSMANE_ID] }] }),
        ),
      ).toBeNull();
    });
  });

  it('a patient excluded from the itinerary with a reason does not need a certificate for it', () => {
    const c = aCase().withFamily().withMedicalNeeds({ isPrincipal: false, relationship: 'parent' }).readyForDocuments();
    const booking = validBooking(c.state, {
      passengerIds: c.state.people.filter((p) => p.id !== OUSMANE_ID).map((p) => p.id),
      excluded: [{ personId: OUSMANE_ID, reason: 'hospitalised, will travel later' }],
    });
    expect(bookingViolations(c.state, booking, c.today)).toEqual([]);
  });

  it('a recorded "not fit to travel" blocks booking even without the medical_needs flag', () => {
    const c = aCase().withFamily().readyForDocuments().medicallyCleared(AWA_ID, { fitToTravel: false });
    expect(c.attempt(validBooking(c.state))?.code).toBe('booking_rules');
  });
});
