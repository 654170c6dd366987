import { MASK, maskPersonalData } from '@avrr/domain';
import {
  anonymiseCaseState,
  anonymiseTimelineDetails,
  anonymiseTransferDestination,
  anonymiseValue,
  birthYearOnly,
} from './case-anonymisation';

describe('case anonymisation (pure)', () => {
  it('masks every value the audit trail masks, keeping shapes, booleans, nulls and the birth year', () => {
    const value = {
      people: [{ id: 'p1', name: 'Awa Ndiaye', dateOfBirth: '1990-03-14', isPrincipal: true, relationship: null }],
      contact: { phone: '+221 77', email: 'a@b.test' },
      protectionHold: { active: true, reasons: ['Awa Ndiaye: asylum claim pending at intake'], since: null },
      consents: { p1: [{ witness: 'W', guardianName: null, interpreter: 'I', signedOn: '2023-01-10' }] },
      followUps: [{ visitNumber: 2, notes: 'met at home' }],
    };
    const result = anonymiseValue(value) as typeof value;
    expect(result).toEqual({
      people: [{ id: 'p1', name: MASK, dateOfBirth: '1990-01-01', isPrincipal: true, relationship: null }],
      contact: { phone: MASK, email: MASK },
      protectionHold: { active: true, reasons: [MASK], since: null },
      consents: { p1: [{ witness: MASK, guardianName: null, interpreter: MASK, signedOn: '2023-01-10' }] },
      followUps: [{ visitNumber: 2, notes: MASK }],
    });
    // Nothing maskPersonalData would hide survives (the birth year aside).
    const hidden = JSON.stringify(maskPersonalData(value));
    expect(JSON.stringify(maskPersonalData(result))).toBe(hidden);
    expect(anonymiseValue(result)).toEqual(result);
  });

  it('keeps only the year of a birth date', () => {
    expect(birthYearOnly('2014-07-02')).toBe('2014-01-01');
    expect(birthYearOnly('unknown')).toBe(MASK);
  });

  it('masks booking references in state and in booking events, not the case reference', () => {
    const state = anonymiseCaseState({
      reference: 'RC-2026-000001',
      booking: { reference: 'PNR1', escorts: [{ name: 'E' }] },
      cancelledBookings: [{ reference: 'PNR0' }],
    });
    expect(state).toEqual({
      reference: 'RC-2026-000001',
      booking: { reference: MASK, escorts: [{ name: MASK }] },
      cancelledBookings: [{ reference: MASK }],
    });
    expect(anonymiseCaseState(null)).toBeNull();
    expect(anonymiseTimelineDetails('book_travel', { reference: 'PNR1' })).toEqual({ reference: MASK });
    expect(anonymiseTimelineDetails('intake_recorded', { reference: 'RC-2026-000001' })).toEqual({
      reference: 'RC-2026-000001',
    });
  });

  it('keeps the institution of a transfer destination and masks the rest', () => {
    expect(anonymiseTransferDestination({ bank: 'CBAO', accountNumber: 'SN08', holder: 'Awa' })).toEqual({
      bank: 'CBAO',
      accountNumber: MASK,
      holder: MASK,
    });
    expect(anonymiseTransferDestination({ operator: 'Orange', number: '+221' })).toEqual({
      operator: 'Orange',
      number: MASK,
    });
  });
});
