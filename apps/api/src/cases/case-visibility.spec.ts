import type { Principal } from '@avrr/domain';
import { stateChanges } from '../case-actions/case-actions.service';
import { caseViewFor, stateFor, timelineFor } from './case-visibility';
import type { CaseView } from './dto/case.response';

const reader = (role: Principal['role']): Principal => ({
  userId: 'u',
  name: 'n',
  role,
  offices: ['PARIS'],
  countries: ['SN'],
  partnerOrganisationId: null,
});

const state = {
  people: [
    { id: 'p1', name: 'Awa Ndiaye', dateOfBirth: '1990-03-14', vulnerabilities: ['victim_of_trafficking'] },
    { id: 'p2', name: 'Moussa Ndiaye', dateOfBirth: '2015-07-02', vulnerabilities: [] },
  ],
  dataSharingConsent: { p1: true },
  consents: { p1: [{ witness: 'Jeanne Roux' }] },
  screening: { eligible: true },
  protectionHold: { active: false, reasons: [], since: null, history: [] },
  medical: {},
  traffickingRisk: { p1: { host: 'acceptable' } },
  protectionReferral: {},
};

const view = {
  reference: 'RC-2026-000001',
  principalName: 'Awa Ndiaye',
  vulnerabilities: ['victim_of_trafficking'],
  principal: {
    id: 'p1',
    givenNames: 'Awa',
    familyName: 'Ndiaye',
    dateOfBirth: '1990-03-14',
    vulnerabilities: ['victim_of_trafficking'],
    documents: [{ type: 'passport' }],
    contact: { phone: '1' },
  },
  household: [
    {
      id: 'p2',
      givenNames: 'Moussa',
      familyName: 'Ndiaye',
      dateOfBirth: '2015-07-02',
      vulnerabilities: [],
      documents: [],
    },
  ],
  progress: state,
} as unknown as CaseView;

describe('what each reader sees of a case', () => {
  it('hides trafficking from logistics and says which categories a counsellor read', () => {
    const logistics = caseViewFor(view, reader('logistics_officer'));
    expect(logistics.view.vulnerabilities).toEqual([]);
    expect(logistics.view.progress).toMatchObject({
      traffickingRisk: { hidden: 'trafficking' },
      screening: { hidden: 'asylum' },
    });
    expect(logistics.sensitiveRead).toEqual([]);
    expect(caseViewFor(view, reader('counsellor')).sensitiveRead).toEqual(['asylum', 'trafficking']);
  });

  it('pseudonymises for a partner the people who did not consent to share, in the view and in the state', () => {
    const partner = caseViewFor(view, reader('partner_focal_point')).view;
    expect(partner.principal.familyName).toBe('Ndiaye');
    expect(partner.household[0]).toMatchObject({
      givenNames: 'RC-2026-000001 person 2',
      familyName: '***',
      dateOfBirth: '2015',
    });
    const seen = stateFor(state, reader('partner_focal_point'), 'RC-2026-000001');
    expect(seen.people).toEqual([
      expect.objectContaining({ name: 'Awa Ndiaye' }),
      expect.objectContaining({ name: 'RC-2026-000001 person 2', dateOfBirth: '2015' }),
    ]);
    expect(seen.consents).toBe('***');
  });

  it('keeps a hidden event in the timeline without its details', () => {
    const events = [
      {
        type: 'record_screening',
        actor: 'a',
        actorRole: 'counsellor',
        occurredAt: '',
        eventKey: 'k',
        details: { fearOfReturn: true },
      },
    ];
    expect(timelineFor(events, reader('partner_focal_point')).view[0].details).toEqual({ hidden: 'asylum' });
    expect(timelineFor(events, reader('supervisor'))).toEqual({ view: events, sensitiveRead: ['asylum'] });
  });
});

describe('the audit account of an action', () => {
  it('lists changed fields with personal values masked, nested ones included', () => {
    const changes = stateChanges(
      { version: 1, consents: {} },
      { version: 2, consents: { p1: [{ witness: 'Jeanne Roux', language: 'fr' }] }, stage: 'x' },
    );
    expect(changes).toEqual([
      { path: 'consents.p1', after: [{ witness: '***', language: 'fr' }] },
      { path: 'stage', after: 'x' },
    ]);
  });
});
