import type { CaseAction } from './case-actions';
import { decide } from './case-decider';
import { aCase, AWA_ID, COUNSELLOR } from './testing/case-builder';

const SHEET = { sheetId: '00000000-0000-4000-8000-000000000001', topic: 'reception' as const, version: 2 };

const consent = (personId: string): CaseAction => ({
  type: 'sign_consent',
  personId,
  formVersion: 'v1',
  language: 'fr',
  interpreter: null,
  signedOn: '2026-03-02',
  witness: 'W',
  signedBy: 'self',
  guardianName: null,
  shareDataWithPartner: true,
});

type Given = Extract<CaseAction, { type: 'record_pre_departure_information' }>;
const given = (overrides: Partial<Given> = {}): Given => ({
  type: 'record_pre_departure_information',
  personId: AWA_ID,
  language: 'fr',
  sheets: [SHEET],
  acknowledgedOn: '2026-03-02',
  ...overrides,
});

describe('pre-departure information', () => {
  const screened = () => aCase().withFamily().at('2026-03-02T09:00:00.000Z').counselled().screened();

  it('consent waits for the acknowledged sheets while the programme requires it, and is refused with a clear code', () => {
    const c = screened();
    const required = { ...c.ctx(COUNSELLOR), informationAcknowledgementRequired: true };
    expect(decide(c.build(), consent(AWA_ID), required)?.code).toBe('information_not_acknowledged');
    c.apply(given());
    expect(decide(c.build(), consent(AWA_ID), required)).toBeNull();
  });

  it('a case started before the requirement (nothing in its input) takes consent without it', () => {
    const c = screened();
    expect(decide(c.build(), consent(AWA_ID), c.ctx(COUNSELLOR))).toBeNull();
  });

  it('records the sheets with their topic and version, the language, who acknowledged and when', () => {
    const state = screened()
      .apply(given())
      .apply(given({ sheets: [{ ...SHEET, version: 3 }] }))
      .build();
    expect(state.preDepartureInformation).toEqual([
      expect.objectContaining({ id: 'information-1', sheets: [SHEET], personId: AWA_ID, language: 'fr' }),
      expect.objectContaining({ id: 'information-2', sheets: [{ ...SHEET, version: 3 }], by: COUNSELLOR }),
    ]);
  });

  it.each([
    ['unknown_person', given({ personId: 'nobody' })],
    ['sheets_required', given({ sheets: [] })],
    ['sheet_repeated', given({ sheets: [SHEET, SHEET] })],
    ['date_in_future', given({ acknowledgedOn: '2026-03-03' })],
  ])('refuses %s', (code, action) => {
    expect(screened().attempt(action)?.code).toBe(code);
  });
});
