import { aCase, AWA_ID } from './testing/case-builder';
import { DEFAULT_PROGRAMME_TIMINGS, pendingAlerts } from './case-deadlines';
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

  it('reads each deadline the workflow writes back into its code and parameters, so it can be translated', () => {
    const t = DEFAULT_PROGRAMME_TIMINGS;
    const awaiting = aCase().withFamily().readyForDocuments().documentRequested(AWA_ID);
    const document = pendingAlerts(awaiting.state, t)[0].what;
    expect(reasonOfWaitingFor(awaiting.state, document)).toEqual({
      code: 'travel_document_due',
      params: { personId: AWA_ID, person: 'Awa Ndiaye', consulate: 'Consulate General of Senegal, Brussels' },
    });
    const booked = aCase().withFamily().readyToBook().booked();
    const departure = pendingAlerts(booked.state, t)[0].what;
    expect(reasonOfWaitingFor(booked.state, departure)).toEqual({
      code: 'departure_confirmation',
      params: {
        day: booked.state.booking!.segments[0].departsAt.slice(0, 10),
        reference: booked.state.booking!.reference,
      },
    });
    const arrived = aCase().withFamily().returned();
    const alerts = pendingAlerts(arrived.state, t).map((a) => reasonOfWaitingFor(arrived.state, a.what));
    expect(alerts.map((r) => r.code)).toEqual(expect.arrayContaining(['reintegration_plan_due', 'follow_up_visit']));
    expect(alerts.find((r) => r.code === 'follow_up_visit')).toEqual({
      code: 'follow_up_visit',
      params: { number: '1', months: '3' },
    });
    // Each renders back to the very sentence it was read from.
    for (const [state, text] of [
      [awaiting.state, document],
      [booked.state, departure],
    ] as const)
      expect(reasonText(reasonOfWaitingFor(state, text))).toBe(text);
  });

  it('the gate sentences are the reasons rendered in full', () => {
    const state = aCase().withFamily().state;
    const held = { ...state, protectionHold: { ...state.protectionHold, active: true } };
    expect(missingPreDepartureGates(held, '2026-01-01')[0]).toBe('the protection hold to be lifted by a supervisor');
  });
});
