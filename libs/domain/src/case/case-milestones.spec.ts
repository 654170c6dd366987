import { aCase, AWA_ID, COUNSELLOR } from './testing/case-builder';

const milestone = (overrides: Record<string, unknown> = {}) =>
  ({
    type: 'record_milestone',
    kind: 'job_placement',
    personId: AWA_ID,
    achievedOn: '2026-04-20',
    note: 'Mechanic at a garage in Thiès',
    ...overrides,
  }) as const;

describe('reintegration milestones', () => {
  it('are refused before arrival (not_arrived)', () => {
    expect(aCase().readyToBook().attempt(milestone())?.code).toBe('not_arrived');
  });

  it('are recorded by the partner after arrival, in order, with who they concern', () => {
    const c = aCase()
      .returned()
      .later(5)
      .apply(milestone({ kind: 'plan_agreed', personId: null }))
      .apply(milestone());
    expect(c.build().milestones).toEqual([
      expect.objectContaining({ kind: 'plan_agreed', personId: null }),
      expect.objectContaining({ kind: 'job_placement', personId: AWA_ID, achievedOn: '2026-04-20' }),
    ]);
  });

  it('are the partner focal point’s to record (role_not_allowed for a counsellor)', () => {
    expect(aCase().returned().attempt(milestone(), COUNSELLOR)?.code).toBe('role_not_allowed');
  });

  it('cannot be dated in the future, nor concern someone outside the household', () => {
    const c = aCase().returned();
    expect(c.attempt(milestone({ achievedOn: '2099-01-01' }))?.code).toBe('date_in_future');
    expect(c.attempt(milestone({ personId: 'someone-else' }))?.code).toBe('unknown_person');
  });
});
