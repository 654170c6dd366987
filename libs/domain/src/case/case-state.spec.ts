import { initialCaseState } from './case-state';
import {
  aCase,
  awa,
  AWA_ID,
  ibrahima,
  IBRAHIMA_ID,
  moussa,
  MOUSSA_ID,
  OPENED_AT,
  passport,
} from './testing/case-builder';

const opening = (people = [awa(), ibrahima(), moussa()]) => ({
  caseId: 'case-0001',
  reference: 'RC-2026-000001',
  hostOffice: 'BE-BRU',
  countryOfReturn: 'SN',
  regionOfReturn: 'Thiès',
  openedAt: OPENED_AT,
  people,
});

describe('initialCaseState', () => {
  it('opens at version 1, not closed, with nothing recorded yet', () => {
    const s = initialCaseState(opening());
    expect(s.version).toBe(1);
    expect(s.closed).toBeNull();
    expect(s.counselling).toEqual({ sessions: [], complete: false });
    expect(s.screening).toBeNull();
    expect(s.booking).toBeNull();
    expect(s.firedAlerts).toEqual([]);
    expect(s.protectionHold).toEqual({ active: false, reasons: [], since: null, history: [] });
  });

  it('keeps the people without their document lists', () => {
    const s = initialCaseState(opening());
    expect(s.people.map((p) => p.id)).toEqual([AWA_ID, IBRAHIMA_ID, MOUSSA_ID]);
    expect(s.people[0]).not.toHaveProperty('documents');
  });

  describe('non-refoulement at intake', () => {
    it('an asylum claim pending at intake puts the case on protection hold from the opening', () => {
      const s = initialCaseState(opening([awa({ vulnerabilities: ['asylum_claim_pending'] }), ibrahima()]));
      expect(s.protectionHold.active).toBe(true);
      expect(s.protectionHold.since).toBe(OPENED_AT);
      expect(s.protectionHold.reasons).toEqual(['Awa Ndiaye: asylum claim pending at intake']);
    });

    it('a fear of return stated at intake puts the case on protection hold', () => {
      const s = initialCaseState(opening([awa(), ibrahima({ vulnerabilities: ['fear_of_return'] })]));
      expect(s.protectionHold.active).toBe(true);
      expect(s.protectionHold.reasons).toEqual(['Ibrahima Ndiaye: fear of return at intake']);
    });

    it('lists one reason per person concerned', () => {
      const s = initialCaseState(
        opening([
          awa({ vulnerabilities: ['fear_of_return'] }),
          ibrahima({ vulnerabilities: ['asylum_claim_pending', 'fear_of_return'] }),
        ]),
      );
      expect(s.protectionHold.reasons).toEqual([
        'Awa Ndiaye: fear of return at intake',
        'Ibrahima Ndiaye: asylum claim pending at intake',
      ]);
    });

    it('other vulnerabilities (trafficking, medical, child) do not by themselves place a hold', () => {
      const s = initialCaseState(
        opening([awa({ vulnerabilities: ['victim_of_trafficking', 'medical_needs', 'pregnancy'] })]),
      );
      expect(s.protectionHold.active).toBe(false);
    });
  });

  describe('travel documents held at intake', () => {
    it('each person travels on their usable document that expires last', () => {
      const s = initialCaseState(
        opening([
          awa({
            documents: [
              passport('2027-01-01', 'OLD'),
              { type: 'laissez_passer', number: 'LP-1', expiresOn: '2026-09-30' },
              passport('2031-05-05', 'NEW'),
            ],
          }),
        ]),
      );
      expect(s.travelDocuments[AWA_ID]).toEqual({
        held: { type: 'passport', number: 'NEW', expiresOn: '2031-05-05' },
        request: null,
      });
    });

    it('identity cards, birth certificates and residence permits are not travel documents', () => {
      const s = initialCaseState(
        opening([
          awa({
            documents: [
              { type: 'national_id', number: 'ID-1', expiresOn: '2035-01-01' },
              { type: 'birth_certificate', number: null, expiresOn: null },
              { type: 'residence_permit', number: 'RP-9', expiresOn: '2030-01-01' },
            ],
          }),
        ]),
      );
      expect(s.travelDocuments[AWA_ID]).toEqual({ held: null, request: null });
    });

    it('a person with no documents holds none and has no request yet', () => {
      const s = initialCaseState(opening([awa({ documents: [] })]));
      expect(s.travelDocuments[AWA_ID]).toEqual({ held: null, request: null });
    });
  });

  it('the builder opens the same state as initialCaseState', () => {
    expect(aCase().withFamily().build()).toEqual(initialCaseState(opening()));
  });
});
