// Travel documents: a request to the consulate has a deadline, reminders and escalation; a refusal strands the migrant
// and the supervisor decides what happens next.
import { DEFAULT_PROGRAMME_TIMINGS, pendingAlerts, waitingFor } from './case-deadlines';
import { missingTravelDocuments } from './case-gates';
import {
  aCase,
  awa,
  AWA_ID,
  ibrahima,
  LOGISTICS,
  moussa,
  MOUSSA_ID,
  OPENED_AT,
  SUPERVISOR,
} from './testing/case-builder';

const CONSULATE = 'Consulate General of Senegal, Brussels';
/** Awa and Ibrahima hold passports; their son Moussa has only a birth certificate. */
const familyWithoutChildPassport = () =>
  aCase().withPerson(
    awa(),
    ibrahima(),
    moussa({ documents: [{ type: 'birth_certificate', number: 'BC-77', expiresOn: null }] }),
  );

describe('travel documents', () => {
  it('a person without a usable document keeps the case in travel_documents', () => {
    const c = familyWithoutChildPassport().readyForDocuments();
    expect(c.stage()).toBe('travel_documents');
    expect(missingTravelDocuments(c.state, c.today)).toEqual(['Moussa Ndiaye: a valid travel document']);
  });

  it('a passport that has expired by today counts as missing', () => {
    const c = aCase()
      .withPerson(awa({ documents: [{ type: 'passport', number: 'OLD', expiresOn: '2026-03-01' }] }))
      .readyForDocuments();
    expect(c.stage()).toBe('travel_documents');
  });

  describe('request', () => {
    it('the consulate is contacted only after consent (consent_required)', () => {
      const c = familyWithoutChildPassport().counselled().screened().signed(AWA_ID, 'self');
      const refusal = c.attempt({ type: 'request_travel_document', personId: MOUSSA_ID, consulate: CONSULATE });
      expect(refusal?.code).toBe('consent_required');
      expect(refusal?.message).toContain('Ibrahima Ndiaye: a signed return declaration');
    });

    it('a request is recorded as pending, attempt 1, at the time it is made', () => {
      const c = familyWithoutChildPassport().readyForDocuments().documentRequested(MOUSSA_ID, CONSULATE);
      expect(c.state.travelDocuments[MOUSSA_ID]).toEqual({
        held: null,
        request: { consulate: CONSULATE, requestedAt: OPENED_AT, attempt: 1, status: 'pending' },
      });
    });

    it('a request sets a deadline with a reminder and an escalation, keyed by person and attempt', () => {
      const c = familyWithoutChildPassport().readyForDocuments().documentRequested(MOUSSA_ID, CONSULATE);
      const alerts = pendingAlerts(c.state, DEFAULT_PROGRAMME_TIMINGS);
      expect(alerts.map((a) => a.key)).toEqual([
        'travel-document:p-moussa:1:reminder',
        'travel-document:p-moussa:1:escalation',
      ]);
      // 2 March 09:00 + 21 days = 23 March 09:00; reminder 7 days before = 16 March 09:00.
      expect(alerts[0]).toMatchObject({
        kind: 'reminder',
        at: '2026-03-16T09:00:00.000Z',
        dueAt: '2026-03-23T09:00:00.000Z',
        audience: ['logistics_officer'],
      });
      expect(alerts[1]).toMatchObject({
        kind: 'escalation',
        at: '2026-03-23T09:00:00.000Z',
        audience: ['supervisor', 'logistics_officer'],
      });
      expect(alerts[0].what).toBe(`the travel document for Moussa Ndiaye from ${CONSULATE}`);
    });

    it('the case then waits for that document, with its due date', () => {
      const c = familyWithoutChildPassport().readyForDocuments().documentRequested(MOUSSA_ID, CONSULATE);
      expect(waitingFor(c.state, DEFAULT_PROGRAMME_TIMINGS, c.now)).toEqual({
        what: `the travel document for Moussa Ndiaye from ${CONSULATE}`,
        dueAt: '2026-03-23T09:00:00.000Z',
      });
    });

    it('a second request while one is pending is refused (request_pending)', () => {
      const c = familyWithoutChildPassport().readyForDocuments().documentRequested(MOUSSA_ID);
      expect(c.attempt({ type: 'request_travel_document', personId: MOUSSA_ID, consulate: CONSULATE })?.code).toBe(
        'request_pending',
      );
    });

    it('a request for someone outside the household is refused (unknown_person)', () => {
      const c = familyWithoutChildPassport().readyForDocuments();
      expect(c.attempt({ type: 'request_travel_document', personId: 'p-nobody', consulate: CONSULATE })?.code).toBe(
        'unknown_person',
      );
    });
  });

  describe('issue', () => {
    const pending = () => familyWithoutChildPassport().readyForDocuments().documentRequested(MOUSSA_ID);

    it('an issued document is held, the request is closed, and its alerts stop', () => {
      const c = pending().later(9).documentIssued(MOUSSA_ID, '2026-10-31', 'ETD-123');
      expect(c.state.travelDocuments[MOUSSA_ID].held).toEqual({
        type: 'emergency_travel_document',
        number: 'ETD-123',
        expiresOn: '2026-10-31',
      });
      expect(c.state.travelDocuments[MOUSSA_ID].request?.status).toBe('issued');
      expect(pendingAlerts(c.state, DEFAULT_PROGRAMME_TIMINGS)).toEqual([]);
      expect(c.stage()).toBe('booking');
    });

    it.each([
      ['in the past', '2026-03-01'],
      ['today', '2026-03-02'],
    ])('a document expiring %s is refused (document_expired)', (_when, expiresOn) => {
      const c = pending();
      const refusal = c.attempt({
        type: 'issue_travel_document',
        personId: MOUSSA_ID,
        documentType: 'laissez_passer',
        number: 'LP',
        expiresOn,
      });
      expect(refusal?.code).toBe('document_expired');
    });

    it('a document expiring tomorrow is accepted', () => {
      expect(
        pending().attempt({
          type: 'issue_travel_document',
          personId: MOUSSA_ID,
          documentType: 'laissez_passer',
          number: 'LP',
          expiresOn: '2026-03-03',
        }),
      ).toBeNull();
    });

    it('a document cannot be recorded without a pending request (no_pending_request)', () => {
      const c = familyWithoutChildPassport().readyForDocuments();
      expect(
        c.attempt({
          type: 'issue_travel_document',
          personId: MOUSSA_ID,
          documentType: 'passport',
          number: 'P',
          expiresOn: '2030-01-01',
        })?.code,
      ).toBe('no_pending_request');
      expect(c.attempt({ type: 'refuse_travel_document', personId: MOUSSA_ID, reason: 'x' })?.code).toBe(
        'no_pending_request',
      );
    });

    it('a document cannot be issued twice on the same request (no_pending_request)', () => {
      const c = pending().documentIssued(MOUSSA_ID);
      expect(
        c.attempt({
          type: 'issue_travel_document',
          personId: MOUSSA_ID,
          documentType: 'passport',
          number: 'P',
          expiresOn: '2030-01-01',
        })?.code,
      ).toBe('no_pending_request');
    });
  });

  describe('refusal: a stranded migrant', () => {
    const refused = () =>
      familyWithoutChildPassport()
        .readyForDocuments()
        .documentRequested(MOUSSA_ID)
        .later(12)
        .documentRefused(MOUSSA_ID, 'birth not registered in Senegal');

    it('a refusal strands the person and records why', () => {
      const c = refused();
      expect(c.state.stranded).toEqual({ since: '2026-03-14T09:00:00.000Z', personIds: [MOUSSA_ID] });
      expect(c.state.travelDocuments[MOUSSA_ID].request).toMatchObject({
        status: 'refused',
        refusalReason: 'birth not registered in Senegal',
        attempt: 1,
      });
    });

    it('a refused request no longer raises consulate alerts', () => {
      expect(pendingAlerts(refused().state, DEFAULT_PROGRAMME_TIMINGS)).toEqual([]);
    });

    it("the case waits for the supervisor's decision", () => {
      const c = refused();
      expect(waitingFor(c.state, DEFAULT_PROGRAMME_TIMINGS, c.now)).toEqual({
        what: "a supervisor's decision on the refused travel document",
        dueAt: null,
      });
    });

    it('a second refusal for another person keeps the original date and adds the person', () => {
      const c = aCase()
        .withPerson(awa({ documents: [] }), ibrahima({ documents: [] }))
        .readyForDocuments()
        .documentRequested(AWA_ID)
        .documentRequested('p-ibrahima')
        .documentRefused(AWA_ID)
        .later(1)
        .documentRefused('p-ibrahima');
      expect(c.state.stranded).toEqual({ since: OPENED_AT, personIds: [AWA_ID, 'p-ibrahima'] });
    });

    it('only a supervisor decides (role_not_allowed for the logistics officer)', () => {
      expect(refused().attempt({ type: 'decide_stranded', decision: 'retry', note: 'n' }, LOGISTICS)?.code).toBe(
        'role_not_allowed',
      );
    });

    it('there is nothing to decide when nobody is stranded (not_stranded)', () => {
      expect(
        familyWithoutChildPassport().attempt({ type: 'decide_stranded', decision: 'retry', note: 'n' }, SUPERVISOR)
          ?.code,
      ).toBe('not_stranded');
    });

    it('retry: the case is no longer stranded and a new request is attempt 2 with its own alert keys', () => {
      const c = refused().strandedDecided('retry').documentRequested(MOUSSA_ID, 'Embassy of Senegal, Paris');
      expect(c.state.stranded).toBeNull();
      expect(c.state.closed).toBeNull();
      expect(c.state.travelDocuments[MOUSSA_ID].request).toEqual({
        consulate: 'Embassy of Senegal, Paris',
        requestedAt: '2026-03-14T09:00:00.000Z',
        attempt: 2,
        status: 'pending',
      });
      expect(pendingAlerts(c.state, DEFAULT_PROGRAMME_TIMINGS).map((a) => a.key)).toEqual([
        'travel-document:p-moussa:2:reminder',
        'travel-document:p-moussa:2:escalation',
      ]);
    });

    it('close: the case closes as not departed with the supervisor note', () => {
      const c = refused().strandedDecided('close', 'no other consulate can help');
      expect(c.state.stranded).toBeNull();
      expect(c.state.closed).toEqual({
        outcome: 'not_departed',
        reason: 'Stranded: no other consulate can help',
        at: '2026-03-14T09:00:00.000Z',
        by: SUPERVISOR,
      });
      expect(c.stage()).toBe('closed');
    });

    it('another route: the case is no longer stranded and stays open in travel_documents', () => {
      const c = refused().strandedDecided('another_route', 'apply for a passport through the family in Dakar');
      expect(c.state.stranded).toBeNull();
      expect(c.stage()).toBe('travel_documents');
    });
  });
});
