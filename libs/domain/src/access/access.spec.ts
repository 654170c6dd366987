import { ACTION_ROLES } from '../case/case-actions';
import { ROLES } from '../case/roles';
import { caseScopeFor, type Principal } from './principal';
import { isAllowed, PERMISSION_ROLES } from './permissions';
import { isPersonalPath, MASK, maskPersonalData, visibleCategories } from './sensitive-data';

const principal = (role: Principal['role'], extra: Partial<Principal> = {}): Principal => ({
  userId: 'u1',
  name: 'Someone',
  role,
  offices: ['PARIS'],
  countries: ['SN'],
  partnerOrganisationId: null,
  ...extra,
});

describe('the permission matrix', () => {
  it('grants each case action to exactly the roles ACTION_ROLES names', () => {
    for (const [action, roles] of Object.entries(ACTION_ROLES)) {
      for (const role of ROLES)
        expect([action, role, isAllowed(role, `case.${action}` as never)]).toEqual([
          action,
          role,
          roles.includes(role),
        ]);
    }
  });

  it('gives the administrator no case content and nobody else the administration', () => {
    const caseContent = Object.keys(PERMISSION_ROLES).filter(
      (p) => p.startsWith('case') || p.startsWith('assets') || p.startsWith('skills'),
    );
    for (const p of caseContent) expect([p, isAllowed('administrator', p as never)]).toEqual([p, false]);
    for (const role of ROLES.filter((r) => r !== 'administrator')) {
      expect(isAllowed(role, 'accounts.manage')).toBe(false);
      expect(isAllowed(role, 'reference-data.manage')).toBe(false);
    }
  });

  it('keeps money moves with the finance officer and the audit history with supervisors', () => {
    expect(ROLES.filter((r) => isAllowed(r, 'transfers.execute'))).toEqual(['finance_officer']);
    expect(ROLES.filter((r) => isAllowed(r, 'cases.audit.read'))).toEqual(['supervisor']);
    expect(ROLES.filter((r) => isAllowed(r, 'cases.open'))).toEqual(['counsellor']);
  });

  it('refuses an unknown permission', () => {
    expect(isAllowed('supervisor', 'no.such.permission' as never)).toBe(false);
  });
});

describe('case scope', () => {
  it('limits office roles to their offices, partners to their organisation after the notice, administrators to nothing', () => {
    expect(caseScopeFor(principal('counsellor'))).toEqual({ offices: ['PARIS'] });
    expect(caseScopeFor(principal('logistics_officer'))).toEqual({ offices: ['PARIS'] });
    expect(caseScopeFor(principal('supervisor', { offices: ['PARIS', 'LYON'] }))).toEqual({
      offices: ['PARIS', 'LYON'],
    });
    expect(caseScopeFor(principal('partner_focal_point', { partnerOrganisationId: 'org-a' }))).toEqual({
      partnerOrganisations: ['org-a'],
      afterPreArrivalNotice: true,
    });
    // Not the countries: another organisation covering the same country sees none of org-a's cases.
    expect(caseScopeFor(principal('partner_focal_point'))).toEqual({
      partnerOrganisations: [],
      afterPreArrivalNotice: true,
    });
    expect(caseScopeFor(principal('finance_officer'))).toEqual({});
    expect(caseScopeFor(principal('administrator'))).toEqual({ offices: [] });
  });
});

describe('sensitive data', () => {
  it('keeps asylum and protection details in the host office', () => {
    expect([...visibleCategories('logistics_officer')]).toEqual(['medical']);
    expect([...visibleCategories('partner_focal_point')].sort()).toEqual(['medical', 'trafficking']);
    expect([...visibleCategories('counsellor')].sort()).toEqual(['asylum', 'medical', 'protection', 'trafficking']);
    expect(visibleCategories('finance_officer').size).toBe(0);
  });

  it('masks personal values at any depth and leaves the rest', () => {
    const masked = maskPersonalData({
      principal: {
        givenNames: 'Awa',
        familyName: 'Ndiaye',
        dateOfBirth: '1990-03-14',
        sex: 'female',
        documents: [{ number: 'A1', type: 'passport' }],
      },
      hostOffice: 'PARIS',
      interpreter: null,
    });
    expect(masked).toEqual({
      principal: {
        givenNames: MASK,
        familyName: MASK,
        dateOfBirth: MASK,
        sex: 'female',
        documents: [{ number: MASK, type: 'passport' }],
      },
      hostOffice: 'PARIS',
      interpreter: null,
    });
    expect(isPersonalPath('consents.p1.0.witness')).toBe(true);
    expect(isPersonalPath('booking.status')).toBe(false);
  });
});
