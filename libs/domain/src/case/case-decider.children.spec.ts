// Unaccompanied or separated children: best interests approved, guardian's and child's consent, positive family
// assessment before booking; always escorted; handed over to a named guardian.
import { missingConsents } from './case-gates';
import { bookingViolations } from './booking.rules';
import {
  aCase,
  awa,
  AWA_ID,
  CaseBuilder,
  COUNSELLOR,
  FATOU_ID,
  ibrahima,
  LOGISTICS,
  MOUSSA_ID,
  PARTNER,
  SUPERVISOR,
  validBooking,
} from './testing/case-builder';

const childScreened = () => aCase().withUnaccompaniedChild().counselled().screened();

type Gate = 'guardian consent' | 'child consent' | 'best interests' | 'family assessment';
const GATES: Gate[] = ['guardian consent', 'child consent', 'best interests', 'family assessment'];
const MISSING: Record<Gate, string> = {
  'guardian consent': "Fatou Diallo: the guardian's consent",
  'child consent': "Fatou Diallo: the child's own consent",
  'best interests': 'Fatou Diallo: an approved best-interests determination',
  'family assessment': 'Fatou Diallo: a positive family assessment by the partner',
};

function childWithGates(gates: Gate[]): CaseBuilder {
  const c = childScreened();
  if (gates.includes('guardian consent')) c.signed(FATOU_ID, 'guardian', 'Mariama Diallo');
  if (gates.includes('child consent')) c.signed(FATOU_ID, 'child');
  if (gates.includes('best interests')) c.bestInterests(FATOU_ID);
  if (gates.includes('family assessment')) c.familyAssessed(FATOU_ID);
  return c;
}

describe('unaccompanied child', () => {
  describe('booking waits for every gate (booking_not_ready)', () => {
    it.each(GATES)('booking is refused while %s is missing', (gate) => {
      const c = childWithGates(GATES.filter((g) => g !== gate));
      const refusal = c.attempt(validBooking(c.state));
      expect(refusal?.code).toBe('booking_not_ready');
      expect(refusal?.details).toMatchObject({ missing: [MISSING[gate]] });
      expect(refusal?.message).toContain(MISSING[gate]);
    });

    it('with nothing done, all four are listed', () => {
      const c = childScreened();
      expect(c.attempt(validBooking(c.state))?.details).toMatchObject({ missing: GATES.map((g) => MISSING[g]) });
    });

    it('a rejected best-interests determination does not open booking', () => {
      const c = childWithGates(['guardian consent', 'child consent', 'family assessment']).bestInterests(
        FATOU_ID,
        'rejected',
      );
      expect(c.attempt(validBooking(c.state))?.details).toMatchObject({ missing: [MISSING['best interests']] });
    });

    it('a negative family assessment does not open booking', () => {
      const c = childWithGates(['guardian consent', 'child consent', 'best interests']).familyAssessed(
        FATOU_ID,
        'negative',
        null,
      );
      expect(c.attempt(validBooking(c.state))?.details).toMatchObject({ missing: [MISSING['family assessment']] });
    });

    it('with all four, an escorted booking is accepted', () => {
      const c = childWithGates(GATES);
      expect(c.stage()).toBe('booking');
      expect(c.attempt(validBooking(c.state))).toBeNull();
    });

    it('a separated child goes through the same gates', () => {
      const c = aCase()
        .withUnaccompaniedChild({ vulnerabilities: ['separated_child'] })
        .counselled()
        .screened();
      expect(c.attempt(validBooking(c.state))?.details).toMatchObject({ missing: GATES.map((g) => MISSING[g]) });
    });

    it('the stage is consent until both consents, then pre_departure until the two decisions', () => {
      const c = childScreened();
      expect(c.stage()).toBe('consent');
      c.signed(FATOU_ID, 'guardian', 'Mariama Diallo');
      expect(c.stage()).toBe('consent');
      c.signed(FATOU_ID, 'child');
      expect(c.stage()).toBe('pre_departure');
      c.bestInterests(FATOU_ID);
      expect(c.stage()).toBe('pre_departure');
      c.familyAssessed(FATOU_ID);
      expect(c.stage()).toBe('booking');
    });
  });

  describe('an unaccompanied child always travels escorted', () => {
    it('booking without an escort is refused with booking_rules', () => {
      const c = childWithGates(GATES);
      const refusal = c.attempt(validBooking(c.state, { escorts: [] }));
      expect(refusal?.code).toBe('booking_rules');
      expect(refusal?.details).toEqual({
        violations: ['Fatou Diallo is an unaccompanied child and must travel escorted'],
      });
    });

    it('an escort assigned to somebody else does not count', () => {
      const c = childWithGates(GATES);
      const refusal = c.attempt(
        validBooking(c.state, { escorts: [{ kind: 'child', name: 'Nadia Escort', forPersonIds: ['p-other'] }] }),
      );
      expect(refusal?.code).toBe('booking_rules');
    });

    it.each(['child', 'general', 'security', 'medical'] as const)(
      'an escort of kind %s for the child satisfies the rule',
      (kind) => {
        const c = childWithGates(GATES);
        expect(
          bookingViolations(
            c.state,
            validBooking(c.state, { escorts: [{ kind, name: 'E', forPersonIds: [FATOU_ID] }] }),
            c.today,
          ),
        ).toEqual([]);
      },
    );
  });

  describe('handed over to a named guardian on arrival', () => {
    const departedChild = () => childWithGates(GATES).booked().departed();

    it.each([null, '', '   '])(
      'confirm_arrival with receivingGuardian %p is refused with receiving_guardian_required',
      (receivingGuardian) => {
        const c = departedChild();
        const refusal = c.attempt({
          type: 'confirm_arrival',
          arrivedAt: '2026-04-15T16:00:00.000Z',
          metAtAirport: true,
          onwardTransport: true,
          immediateNeeds: null,
          receivingGuardian,
        });
        expect(refusal?.code).toBe('receiving_guardian_required');
        expect(refusal?.message).toContain('Fatou Diallo');
      },
    );

    it('confirm_arrival naming the guardian is accepted and recorded', () => {
      const c = departedChild().arrived({ receivingGuardian: 'Aissatou Diallo (aunt)' });
      expect(c.state.arrival?.receivingGuardian).toBe('Aissatou Diallo (aunt)');
      expect(c.stage()).toBe('reintegration');
    });

    it('an adult household needs no receiving guardian', () => {
      const c = aCase().withFamily().readyToBook().booked().departed();
      expect(
        c.attempt({
          type: 'confirm_arrival',
          arrivedAt: '2026-04-15T16:00:00.000Z',
          metAtAirport: false,
          onwardTransport: false,
          immediateNeeds: 'housing',
          receivingGuardian: null,
        }),
      ).toBeNull();
    });
  });

  describe('consent of a child', () => {
    it('an unaccompanied child needs both the guardian and the child to sign', () => {
      const c = childScreened().signed(FATOU_ID, 'guardian', 'Mariama Diallo');
      expect(missingConsents(c.state, c.today)).toEqual(["Fatou Diallo: the child's own consent"]);
    });

    it('a child does not sign as an adult (consent_signer)', () => {
      const c = childScreened();
      const refusal = c.attempt({
        type: 'sign_consent',
        personId: FATOU_ID,
        formVersion: 'v1',
        language: 'fr',
        interpreter: null,
        signedOn: c.today,
        witness: 'W',
        signedBy: 'self',
        guardianName: null,
        shareDataWithPartner: true,
      });
      expect(refusal?.code).toBe('consent_signer');
    });

    it("a guardian's consent names the guardian (guardian_required)", () => {
      const c = childScreened();
      const refusal = c.attempt({
        type: 'sign_consent',
        personId: FATOU_ID,
        formVersion: 'v1',
        language: 'fr',
        interpreter: null,
        signedOn: c.today,
        witness: 'W',
        signedBy: 'guardian',
        guardianName: '  ',
        shareDataWithPartner: true,
      });
      expect(refusal?.code).toBe('guardian_required');
    });

    it('an adult signs their own declaration, not as guardian or child (consent_signer)', () => {
      const c = aCase().withFamily().counselled().screened();
      for (const signedBy of ['guardian', 'child'] as const) {
        const refusal = c.attempt({
          type: 'sign_consent',
          personId: AWA_ID,
          formVersion: 'v1',
          language: 'fr',
          interpreter: null,
          signedOn: c.today,
          witness: 'W',
          signedBy,
          guardianName: 'Someone',
          shareDataWithPartner: true,
        });
        expect(refusal?.code).toBe('consent_signer');
      }
    });

    it("a child travelling with the family is covered by the parents' consent: no own consent needed, none accepted", () => {
      const c = aCase().withFamily().counselled().screened().consented();
      expect(missingConsents(c.state, c.today)).toEqual([]);
      const refusal = c.attempt({
        type: 'sign_consent',
        personId: MOUSSA_ID,
        formVersion: 'v1',
        language: 'fr',
        interpreter: null,
        signedOn: c.today,
        witness: 'W',
        signedBy: 'child',
        guardianName: null,
        shareDataWithPartner: true,
      });
      expect(refusal?.code).toBe('consent_signer');
      expect(
        c.attempt({
          type: 'sign_consent',
          personId: MOUSSA_ID,
          formVersion: 'v1',
          language: 'fr',
          interpreter: null,
          signedOn: c.today,
          witness: 'W',
          signedBy: 'guardian',
          guardianName: 'Awa Ndiaye',
          shareDataWithPartner: true,
        }),
      ).toBeNull();
    });

    it('a family member who comes of age during the case must sign their own declaration', () => {
      const khady = {
        ...awa(),
        id: 'p-khady',
        name: 'Khady Ndiaye',
        dateOfBirth: '2008-03-20',
        isPrincipal: false,
        relationship: 'child',
      };
      const c = aCase().withPerson(awa(), ibrahima(), khady).counselled().screened().consented();
      expect(missingConsents(c.state, '2026-03-19')).toEqual([]);
      expect(missingConsents(c.state, '2026-03-20')).toEqual(['Khady Ndiaye: a signed return declaration']);
    });

    it('a separated child who turns 18 before signing can complete consent with their own declaration', () => {
      const c = aCase()
        .withUnaccompaniedChild({ dateOfBirth: '2008-03-10', vulnerabilities: ['separated_child'] })
        .counselled()
        .screened()
        .at('2026-03-12T09:00:00.000Z'); // 18 since 10 March
      c.signed(FATOU_ID, 'self');
      expect(missingConsents(c.state, c.today)).toEqual([]);
    });
  });

  describe('who records the decisions', () => {
    it('a best-interests determination is a supervisor decision', () => {
      const c = childScreened();
      const action = {
        type: 'record_best_interests' as const,
        personId: FATOU_ID,
        decision: 'approved' as const,
        decidedOn: c.today,
      };
      expect(c.attempt(action, COUNSELLOR)?.code).toBe('role_not_allowed');
      expect(c.attempt(action, SUPERVISOR)).toBeNull();
    });

    it('the family assessment is made by the partner in the country of return', () => {
      const c = childScreened();
      const action = {
        type: 'record_family_assessment' as const,
        personId: FATOU_ID,
        outcome: 'positive' as const,
        receivingGuardian: 'Aunt',
        assessedOn: c.today,
      };
      expect(c.attempt(action, LOGISTICS)?.code).toBe('role_not_allowed');
      expect(c.attempt(action, PARTNER)).toBeNull();
    });

    it('neither decision applies to a child travelling with the family (not_unaccompanied_child)', () => {
      const c = aCase().withFamily();
      expect(
        c.attempt({ type: 'record_best_interests', personId: MOUSSA_ID, decision: 'approved', decidedOn: c.today })
          ?.code,
      ).toBe('not_unaccompanied_child');
      expect(
        c.attempt({
          type: 'record_family_assessment',
          personId: MOUSSA_ID,
          outcome: 'positive',
          receivingGuardian: null,
          assessedOn: c.today,
        })?.code,
      ).toBe('not_unaccompanied_child');
    });

    it('a decision about someone outside the household is refused (unknown_person)', () => {
      const c = childScreened();
      expect(
        c.attempt({ type: 'record_best_interests', personId: 'p-nobody', decision: 'approved', decidedOn: c.today })
          ?.code,
      ).toBe('unknown_person');
    });
  });
});
