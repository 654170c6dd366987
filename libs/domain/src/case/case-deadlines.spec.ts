import { CaseAlert, DEFAULT_PROGRAMME_TIMINGS, pendingAlerts, ProgrammeTimings, waitingFor } from './case-deadlines';
import { parseDuration } from './dates';
import {
  aCase,
  awa,
  AWA_ID,
  FIRST_DEPARTURE,
  ibrahima,
  IBRAHIMA_ID,
  PARTNER,
  SUPERVISOR,
} from './testing/case-builder';

const T = DEFAULT_PROGRAMME_TIMINGS;
const brief = (alerts: CaseAlert[]) => alerts.map((a) => [a.key, a.at]);

/** Opened 5 January 2026, one direct flight on 31 January landing in Dakar at 10:00 UTC, arrival confirmed for then. */
function arrivedOn31January() {
  return aCase('2026-01-05T09:00:00.000Z')
    .readyToBook()
    .booked({
      reference: 'SN-JAN31',
      segments: [
        {
          from: 'BRU',
          to: 'DSS',
          toCountry: 'SN',
          carrier: 'SN',
          flightNumber: 'SN202',
          departsAt: '2026-01-31T04:00:00.000Z',
          arrivesAt: '2026-01-31T10:00:00.000Z',
        },
      ],
    })
    .departed()
    .arrived({ arrivedAt: '2026-01-31T10:00:00.000Z' });
}

describe('DEFAULT_PROGRAMME_TIMINGS', () => {
  it('match the programme defaults: 21d/7d consulate, 2d/1d departure, 72h/24h arrival, 30d/7d plan, 3-6-12 months, 14d, 30d/7d hold review', () => {
    expect(T).toEqual({
      travelDocumentDeadlineMs: parseDuration('21d'),
      travelDocumentReminderBeforeMs: parseDuration('7d'),
      departureConfirmationAfterMs: parseDuration('2d'),
      departureReminderBeforeMs: parseDuration('1d'),
      arrivalConfirmationAfterMs: parseDuration('72h'),
      arrivalReminderBeforeMs: parseDuration('24h'),
      planDueAfterArrivalMs: parseDuration('30d'),
      planReminderBeforeMs: parseDuration('7d'),
      followUpMonths: [3, 6, 12],
      followUpReminderBeforeMs: parseDuration('14d'),
      closedCaseReopenWindowMs: parseDuration('365d'),
      protectionHoldReviewAfterMs: parseDuration('30d'),
      protectionHoldReviewReminderBeforeMs: parseDuration('7d'),
      finalReportRequired: true,
    });
  });
});

describe('pendingAlerts', () => {
  it('a case with nothing awaited from outside has no alerts', () => {
    expect(pendingAlerts(aCase().withFamily().readyToBook().build(), T)).toEqual([]);
  });

  it('a travel document requested at 2026-01-01T00:00Z: reminder on 15 January, escalation on 22 January', () => {
    const c = aCase('2026-01-01T00:00:00.000Z')
      .withPerson(awa({ documents: [] }))
      .readyForDocuments()
      .documentRequested(AWA_ID, 'Consulate of Senegal');
    expect(c.state.travelDocuments[AWA_ID].request?.requestedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(pendingAlerts(c.state, T)).toEqual([
      {
        key: 'travel-document:p-awa:1:reminder',
        kind: 'reminder',
        at: '2026-01-15T00:00:00.000Z',
        audience: ['logistics_officer'],
        what: 'the travel document for Awa Ndiaye from Consulate of Senegal',
        dueAt: '2026-01-22T00:00:00.000Z',
      },
      {
        key: 'travel-document:p-awa:1:escalation',
        kind: 'escalation',
        at: '2026-01-22T00:00:00.000Z',
        audience: ['supervisor', 'logistics_officer'],
        what: 'the travel document for Awa Ndiaye from Consulate of Senegal',
        dueAt: '2026-01-22T00:00:00.000Z',
      },
    ]);
  });

  it('a booked departure: reminder one day after the planned departure, escalation after two', () => {
    const c = aCase().withFamily().readyToBook().booked();
    expect(pendingAlerts(c.state, T)).toEqual([
      {
        key: `departure:AF-7Q2K9X:${FIRST_DEPARTURE}:reminder`,
        kind: 'reminder',
        at: '2026-04-16T07:00:00.000Z',
        audience: ['logistics_officer'],
        what: 'confirmation of the departure planned on 2026-04-15 (AF-7Q2K9X)',
        dueAt: '2026-04-17T07:00:00.000Z',
      },
      {
        key: `departure:AF-7Q2K9X:${FIRST_DEPARTURE}:escalation`,
        kind: 'escalation',
        at: '2026-04-17T07:00:00.000Z',
        audience: ['supervisor', 'logistics_officer'],
        what: 'confirmation of the departure planned on 2026-04-15 (AF-7Q2K9X)',
        dueAt: '2026-04-17T07:00:00.000Z',
      },
    ]);
  });

  it('a rebooking gives the departure alerts a new key, so the new date is reminded even if the old one was', () => {
    const c = aCase().withFamily().readyToBook().booked();
    const first = pendingAlerts(c.state, T).map((a) => a.key);
    c.rebooked({
      segments: [
        {
          from: 'BRU',
          to: 'DSS',
          toCountry: 'SN',
          carrier: 'SN',
          flightNumber: 'SN202',
          departsAt: '2026-04-22T10:00:00.000Z',
          arrivesAt: '2026-04-22T16:00:00.000Z',
        },
      ],
    });
    const second = pendingAlerts(c.state, T).map((a) => a.key);
    expect(second).toEqual([
      'departure:AF-7Q2K9X:2026-04-22T10:00:00.000Z:reminder',
      'departure:AF-7Q2K9X:2026-04-22T10:00:00.000Z:escalation',
    ]);
    expect(second.some((k) => first.includes(k))).toBe(false);
  });

  it("arrival confirmation is due 72 hours after the last segment's arrival", () => {
    const c = aCase().withFamily().readyToBook().booked().departed();
    // last segment CDG -> DSS lands 2026-04-15T16:00Z (the first, BRU -> CDG, lands at 08:15Z)
    expect(pendingAlerts(c.state, T)).toEqual([
      expect.objectContaining({
        key: 'arrival:AF-7Q2K9X:reminder',
        at: '2026-04-17T16:00:00.000Z',
        dueAt: '2026-04-18T16:00:00.000Z',
        audience: ['partner_focal_point'],
      }),
      expect.objectContaining({
        key: 'arrival:AF-7Q2K9X:escalation',
        at: '2026-04-18T16:00:00.000Z',
        audience: ['partner_focal_point', 'supervisor'],
        what: 'confirmation of the arrival planned on 2026-04-15',
      }),
    ]);
  });

  it('after arrival: the plan is due 30 days later and follow-ups 3, 6 and 12 months later', () => {
    const c = aCase().withFamily().returned(); // arrived 2026-04-15T16:00Z
    expect(brief(pendingAlerts(c.state, T))).toEqual([
      ['reintegration-plan:reminder', '2026-05-08T16:00:00.000Z'],
      ['reintegration-plan:escalation', '2026-05-15T16:00:00.000Z'],
      ['follow-up:1:reminder', '2026-07-01T16:00:00.000Z'],
      ['follow-up:1:escalation', '2026-07-15T16:00:00.000Z'],
      ['follow-up:2:reminder', '2026-10-01T16:00:00.000Z'],
      ['follow-up:2:escalation', '2026-10-15T16:00:00.000Z'],
      ['follow-up:3:reminder', '2027-04-01T16:00:00.000Z'],
      ['follow-up:3:escalation', '2027-04-15T16:00:00.000Z'],
    ]);
  });

  it('an arrival on 31 January: plan due 2 March, follow-ups on 30 April, 31 July and 31 January (calendar months)', () => {
    const alerts = pendingAlerts(arrivedOn31January().state, T);
    expect(brief(alerts)).toEqual([
      ['reintegration-plan:reminder', '2026-02-23T10:00:00.000Z'],
      ['reintegration-plan:escalation', '2026-03-02T10:00:00.000Z'],
      ['follow-up:1:reminder', '2026-04-16T10:00:00.000Z'],
      ['follow-up:1:escalation', '2026-04-30T10:00:00.000Z'],
      ['follow-up:2:reminder', '2026-07-17T10:00:00.000Z'],
      ['follow-up:2:escalation', '2026-07-31T10:00:00.000Z'],
      ['follow-up:3:reminder', '2027-01-17T10:00:00.000Z'],
      ['follow-up:3:escalation', '2027-01-31T10:00:00.000Z'],
    ]);
    expect(alerts.find((a) => a.key === 'follow-up:1:escalation')?.what).toBe(
      'follow-up visit 1 (3 months after arrival)',
    );
  });

  it('the follow-up schedule is configurable', () => {
    const timings: ProgrammeTimings = { ...T, followUpMonths: [1, 2], followUpReminderBeforeMs: parseDuration('3d') };
    const followUps = pendingAlerts(arrivedOn31January().state, timings).filter((a) => a.key.startsWith('follow-up'));
    expect(brief(followUps)).toEqual([
      ['follow-up:1:reminder', '2026-02-25T10:00:00.000Z'],
      ['follow-up:1:escalation', '2026-02-28T10:00:00.000Z'],
      ['follow-up:2:reminder', '2026-03-28T10:00:00.000Z'],
      ['follow-up:2:escalation', '2026-03-31T10:00:00.000Z'],
    ]);
  });

  it('a recorded visit ends that visit’s alerts; the next ones remain', () => {
    const c = arrivedOn31January().at('2026-04-29T10:00:00.000Z').followedUp();
    const keys = pendingAlerts(c.state, T).map((a) => a.key);
    expect(keys.filter((k) => k.startsWith('follow-up'))).toEqual([
      'follow-up:2:reminder',
      'follow-up:2:escalation',
      'follow-up:3:reminder',
      'follow-up:3:escalation',
    ]);
  });

  it('a submitted or approved plan ends the plan alerts; a rejected plan brings them back with the original due date', () => {
    const c = arrivedOn31January().at('2026-02-20T10:00:00.000Z').planSubmitted();
    const planKeys = () => pendingAlerts(c.state, T).filter((a) => a.key.startsWith('reintegration-plan'));
    expect(planKeys()).toEqual([]);
    c.planRejected();
    expect(brief(planKeys())).toEqual([
      ['reintegration-plan:reminder', '2026-02-23T10:00:00.000Z'],
      ['reintegration-plan:escalation', '2026-03-02T10:00:00.000Z'],
    ]);
    c.planSubmitted().planApproved();
    expect(planKeys()).toEqual([]);
  });

  it('firedAlerts suppresses the alerts already sent', () => {
    const c = arrivedOn31January().patch((s) => {
      s.firedAlerts = ['reintegration-plan:reminder', 'reintegration-plan:escalation', 'follow-up:1:reminder'];
    });
    expect(pendingAlerts(c.state, T).map((a) => a.key)).toEqual([
      'follow-up:1:escalation',
      'follow-up:2:reminder',
      'follow-up:2:escalation',
      'follow-up:3:reminder',
      'follow-up:3:escalation',
    ]);
  });

  it('a fired key of an earlier attempt does not suppress the alerts of a new attempt', () => {
    const c = aCase()
      .withPerson(awa({ documents: [] }))
      .readyForDocuments()
      .documentRequested(AWA_ID)
      .patch((s) => {
        s.firedAlerts = ['travel-document:p-awa:1:reminder', 'travel-document:p-awa:1:escalation'];
      })
      .documentRefused(AWA_ID)
      .strandedDecided('retry')
      .documentRequested(AWA_ID);
    expect(pendingAlerts(c.state, T).map((a) => a.key)).toEqual([
      'travel-document:p-awa:2:reminder',
      'travel-document:p-awa:2:escalation',
    ]);
  });

  it('alerts are sorted earliest first, whatever the household order', () => {
    // Ibrahima's request goes out 10 days before Awa's, though Awa is listed first.
    const c = aCase()
      .withPerson(awa({ documents: [] }), ibrahima({ documents: [] }))
      .readyForDocuments()
      .documentRequested(IBRAHIMA_ID)
      .later(10)
      .documentRequested(AWA_ID);
    const alerts = pendingAlerts(c.state, T);
    expect(brief(alerts)).toEqual([
      ['travel-document:p-ibrahima:1:reminder', '2026-03-16T09:00:00.000Z'],
      ['travel-document:p-ibrahima:1:escalation', '2026-03-23T09:00:00.000Z'],
      ['travel-document:p-awa:1:reminder', '2026-03-26T09:00:00.000Z'],
      ['travel-document:p-awa:1:escalation', '2026-04-02T09:00:00.000Z'],
    ]);
    const times = alerts.map((a) => a.at);
    expect(times).toEqual([...times].sort());
  });

  it('alerts at the same moment are ordered by key, so the order is stable', () => {
    const c = aCase()
      .withPerson(awa({ documents: [] }), ibrahima({ documents: [] }))
      .readyForDocuments()
      .documentRequested(IBRAHIMA_ID)
      .documentRequested(AWA_ID);
    expect(pendingAlerts(c.state, T).map((a) => a.key)).toEqual([
      'travel-document:p-awa:1:reminder',
      'travel-document:p-ibrahima:1:reminder',
      'travel-document:p-awa:1:escalation',
      'travel-document:p-ibrahima:1:escalation',
    ]);
  });

  it('a closed case has no alerts', () => {
    const c = arrivedOn31January().closedAs('lost_contact', 'moved away');
    expect(pendingAlerts(c.state, T)).toEqual([]);
  });
});

describe('waitingFor', () => {
  it('names what the stage needs when nothing has a date', () => {
    const c = aCase().withFamily();
    expect(waitingFor(c.state, T, c.now)).toEqual({
      what: 'counselling that covers every option and an informed choice',
      dueAt: null,
    });
    c.counselled();
    expect(waitingFor(c.state, T, c.now)).toEqual({ what: 'screening', dueAt: null });
    c.screened();
    expect(waitingFor(c.state, T, c.now)).toEqual({ what: 'Awa Ndiaye: a signed return declaration', dueAt: null });
    c.consented();
    expect(waitingFor(c.state, T, c.now)).toEqual({ what: 'a travel booking', dueAt: null });
  });

  it('names a missing document before any request is made', () => {
    const c = aCase()
      .withPerson(awa({ documents: [] }))
      .readyForDocuments();
    expect(waitingFor(c.state, T, c.now)).toEqual({ what: 'Awa Ndiaye: a valid travel document', dueAt: null });
  });

  it('names the first pre-departure gate', () => {
    const c = aCase().withMedicalNeeds().readyForDocuments();
    expect(waitingFor(c.state, T, c.now)).toEqual({
      what: 'Ousmane Ba: a valid fit-to-travel certificate',
      dueAt: null,
    });
  });

  it('after booking, the departure confirmation with its due date', () => {
    const c = aCase().withFamily().readyToBook().booked();
    expect(waitingFor(c.state, T, c.now)).toEqual({
      what: 'confirmation of the departure planned on 2026-04-15 (AF-7Q2K9X)',
      dueAt: '2026-04-17T07:00:00.000Z',
    });
  });

  it('after arrival, the plan first (it falls due before the first visit)', () => {
    const c = arrivedOn31January();
    expect(waitingFor(c.state, T, c.now)).toEqual({
      what: 'the reintegration plan',
      dueAt: '2026-03-02T10:00:00.000Z',
    });
  });

  it('with every visit done, the final report, its validation, then closure by a supervisor; once closed, nothing', () => {
    const c = arrivedOn31January().planSubmitted().planApproved().followedUp(3);
    expect(waitingFor(c.state, T, c.now)).toEqual({ what: 'the final report', dueAt: null });
    // A case started before final reports existed goes straight to closure.
    const { finalReportRequired: _rule, ...before } = T;
    expect(waitingFor(c.state, before, c.now).what).toBe('closure by a supervisor');
    const line = { component: 0, budgetLine: 0, currency: 'XOF', proofDocumentIds: ['p'], invoices: [], note: null };
    c.apply(
      {
        type: 'submit_final_report',
        lines: [{ ...line, deliveredMinor: 450_000 }],
        narrative: 'n',
        sustainability: null,
      },
      PARTNER,
    );
    expect(waitingFor(c.state, T, c.now).what).toBe('a supervisor to validate the final report');
    c.apply({ type: 'validate_final_report', note: null }, SUPERVISOR);
    expect(waitingFor(c.state, T, c.now)).toEqual({ what: 'closure by a supervisor', dueAt: null });
    c.apply({ type: 'close_case', outcome: 'completed', reason: 'final report' }, SUPERVISOR);
    expect(waitingFor(c.state, T, c.now)).toEqual({ what: null, dueAt: null });
  });
});
