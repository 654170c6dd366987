import { aCase } from './testing/case-builder';
import { missingPreDepartureGates } from './case-gates';
import { caseReason, personReason, reasonFor, reasonOfWaitingFor, reasonsFor, reasonText } from './case-reasons';

describe('case reasons: codes with parameters, rendered for each role', () => {
  const awa = { id: 'p-awa', name: 'Awa Ndiaye' };

  it('a trafficking gate reads in full for a counsellor and as an anonymous protection requirement for logistics', () => {
    const reason = personReason('trafficking_risk', awa);
    expect(reasonText(reasonFor(reason, 'counsellor'))).toBe(
      'Awa Ndiaye: an acceptable trafficking risk assessment in both countries',
    );
    const forLogistics = reasonFor(reason, 'logistics_officer');
    expect(forLogistics).toEqual({ code: 'protection_requirement', params: {} });
    expect(reasonText(forLogistics)).not.toMatch(/Awa|trafficking/);
  });

  it('a medical gate stays readable for logistics, who arrange fitness to travel', () => {
    expect(reasonFor(personReason('fit_to_travel', awa), 'logistics_officer').code).toBe('fit_to_travel');
  });

  it('a protection hold is hidden from partners and logistics, and several hidden reasons collapse into one', () => {
    const reasons = [
      caseReason('protection_hold_lift'),
      personReason('trafficking_risk', awa),
      personReason('best_interests', awa),
    ];
    expect(reasonsFor(reasons, 'logistics_officer').map((r) => r.code)).toEqual([
      'protection_requirement',
      'best_interests',
    ]);
    expect(reasonsFor(reasons, 'partner_focal_point').map((r) => r.code)).toEqual([
      'protection_requirement',
      'trafficking_risk',
      'best_interests',
    ]);
    expect(reasonsFor(reasons, 'supervisor').map((r) => r.code)).toEqual([
      'protection_hold_lift',
      'trafficking_risk',
      'best_interests',
    ]);
  });

  it("recognises the workflow's own sentence, and treats any other as a deadline", () => {
    const state = aCase().withFamily().state;
    const person = state.people[0];
    const text = reasonText(personReason('protection_referral', person));
    expect(reasonOfWaitingFor(state, text)).toEqual({
      code: 'protection_referral',
      params: { personId: person.id, person: person.name },
      category: 'trafficking',
    });
    expect(reasonOfWaitingFor(state, 'a supervisor to review the protection hold').category).toBe('protection');
    expect(reasonOfWaitingFor(state, "the consulate's answer")).toEqual({
      code: 'deadline',
      params: { what: "the consulate's answer" },
    });
  });

  it('the gate sentences are the reasons rendered in full', () => {
    const state = aCase().withFamily().state;
    const held = { ...state, protectionHold: { ...state.protectionHold, active: true } };
    expect(missingPreDepartureGates(held, '2026-01-01')[0]).toBe('the protection hold to be lifted by a supervisor');
  });
});
