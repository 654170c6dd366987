import { evolve } from './case-evolve';
import { aCase, AWA_ID, COUNSELLOR, LOGISTICS, OPENED_AT, SUPERVISOR } from './testing/case-builder';

describe('evolve', () => {
  it('never mutates the state it is given and bumps the version by one', () => {
    const before = aCase().withFamily().build();
    const snapshot = JSON.parse(JSON.stringify(before));
    const after = evolve(before, { type: 'place_protection_hold', reason: 'fear of return' }, COUNSELLOR, OPENED_AT);
    expect(before).toEqual(snapshot);
    expect(after.version).toBe(before.version + 1);
    expect(after).not.toBe(before);
  });

  it('every accepted action bumps the version', () => {
    const c = aCase().withFamily();
    const versions = [c.state.version];
    c.counselled();
    versions.push(c.state.version);
    c.screened();
    versions.push(c.state.version);
    c.consented(); // two adults sign
    versions.push(c.state.version);
    expect(versions).toEqual([1, 2, 3, 5]);
  });

  describe('counselling is complete only when it was free and informed', () => {
    const session = {
      type: 'record_counselling' as const,
      heldOn: '2026-03-02',
      language: 'fr',
      interpreter: 'Mamadou Interprète',
      countryInformationProvided: true,
      informedChoiceConfirmed: true,
    };

    it('one session covering all three options, country information and an informed choice completes it', () => {
      const c = aCase().counselled({ interpreter: 'Mamadou Interprète' });
      expect(c.state.counselling.complete).toBe(true);
      expect(c.state.counselling.sessions).toEqual([
        {
          heldOn: '2026-03-02',
          language: 'fr',
          interpreter: 'Mamadou Interprète',
          optionsDiscussed: ['legal_stay', 'onward_migration', 'return'],
          countryInformationProvided: true,
          informedChoiceConfirmed: true,
        },
      ]);
    });

    it('options may be covered over several sessions', () => {
      const c = aCase()
        .apply({ ...session, optionsDiscussed: ['legal_stay'], informedChoiceConfirmed: false })
        .apply({ ...session, optionsDiscussed: ['onward_migration', 'return'], countryInformationProvided: false });
      expect(c.state.counselling.complete).toBe(true);
    });

    it('without information on onward legal migration it is not complete', () => {
      const c = aCase().apply({ ...session, optionsDiscussed: ['legal_stay', 'return'] });
      expect(c.state.counselling.complete).toBe(false);
    });

    it('without information on the country of return it is not complete', () => {
      const c = aCase().counselled({ countryInformationProvided: false });
      expect(c.state.counselling.complete).toBe(false);
    });

    it('without a confirmed informed choice it is not complete', () => {
      const c = aCase().counselled({ informedChoiceConfirmed: false });
      expect(c.state.counselling.complete).toBe(false);
    });
  });

  it('signing again replaces the earlier declaration by the same signer and records data-sharing consent separately', () => {
    const c = aCase().counselled().screened().signed(AWA_ID, 'self');
    c.apply({
      type: 'sign_consent',
      personId: AWA_ID,
      formVersion: 'AVRR-DECL-2026-1',
      language: 'wo',
      interpreter: 'Mamadou Interprète',
      signedOn: '2026-03-02',
      witness: 'Claire Counsellor',
      signedBy: 'self',
      guardianName: null,
      shareDataWithPartner: false,
    });
    expect(c.state.consents[AWA_ID]).toHaveLength(1);
    expect(c.state.consents[AWA_ID][0].formVersion).toBe('AVRR-DECL-2026-1');
    expect(c.state.dataSharingConsent[AWA_ID]).toBe(false);
  });

  it('records who acted and when, from the actor and clock it is given', () => {
    const c = aCase().holdPlaced('fear of return', LOGISTICS).later(3).holdLifted('reviewed');
    expect(c.state.protectionHold.history).toEqual([
      { action: 'placed', reason: 'fear of return', at: OPENED_AT, by: LOGISTICS },
      { action: 'lifted', reason: 'reviewed', at: '2026-03-05T09:00:00.000Z', by: SUPERVISOR },
    ]);
  });
});
