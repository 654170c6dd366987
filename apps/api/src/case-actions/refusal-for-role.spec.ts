import { caseReason, personReason } from '@avrr/domain';
import { refusalForRole } from './refusal-for-role';

describe('a refusal in the words the actor may read', () => {
  const awa = { id: 'p-awa', name: 'Awa Ndiaye' };
  const notReady = {
    missing: [
      'Awa Ndiaye: an acceptable trafficking risk assessment in both countries',
      'Awa Ndiaye: an approved best-interests determination',
    ],
    reasons: [personReason('trafficking_risk', awa), personReason('best_interests', awa)],
  };

  it('a refused booking tells logistics that a protection requirement is missing, not that someone is a trafficking victim', () => {
    const error = refusalForRole(
      'booking_not_ready',
      'Travel cannot be booked yet: missing …',
      notReady,
      'logistics_officer',
    );
    expect(error.message).toBe(
      'Travel cannot be booked yet: missing a protection requirement to be met (ask the counsellor); Awa Ndiaye: an approved best-interests determination.',
    );
    expect(JSON.stringify(error.details)).not.toMatch(/trafficking/);
    expect(error.details?.reasons).toEqual([
      { code: 'protection_requirement', params: {} },
      { code: 'best_interests', params: { personId: 'p-awa', person: 'Awa Ndiaye' } },
    ]);
  });

  it('a partner, who needs trafficking details, reads the gate', () => {
    expect(refusalForRole('booking_not_ready', 'x', notReady, 'partner_focal_point').message).toMatch(
      /trafficking risk assessment/,
    );
  });

  it('a refusal because of a hold names the hold only to counsellors and supervisors', () => {
    const held = refusalForRole(
      'protection_hold',
      'The case is on protection hold (fear of return): …',
      undefined,
      'logistics_officer',
    );
    expect(held.code).toBe('protection_requirement');
    expect(held.message).not.toMatch(/hold|fear/);
    expect(
      refusalForRole('protection_hold', 'The case is on protection hold (fear of return): …', undefined, 'counsellor')
        .code,
    ).toBe('protection_hold');
    expect(caseReason('protection_hold_lift').category).toBe('protection');
  });
});
