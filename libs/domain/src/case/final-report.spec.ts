// Issue 16, part 5: the final report accounts for each budget line of the approved plan with its proofs; the
// supervisor validates it or returns it with a reason; a case started under the rule completes only once validated.
import type { CaseAction } from './case-actions';
import { aCase, PARTNER, SUPERVISOR } from './testing/case-builder';

const monitored = () => {
  const c = aCase().returned().planSubmitted().planApproved().followedUp(3);
  c.finalReportRequired = true;
  return c;
};
const report = (overrides: Partial<Extract<CaseAction, { type: 'submit_final_report' }>> = {}) => ({
  type: 'submit_final_report' as const,
  lines: [
    {
      component: 0,
      budgetLine: 0,
      deliveredMinor: 430_000,
      currency: 'XOF',
      proofDocumentIds: ['11111111-1111-4111-8111-111111111111'],
      invoices: [],
      note: 'One machine came cheaper',
    },
  ],
  narrative: 'The workshop opened in March and employs an apprentice.',
  sustainability: null,
  ...overrides,
});

describe('the final report', () => {
  it('is filed by the partner, returned with a reason, filed again and validated; then the case completes', () => {
    const c = monitored();
    expect(c.attempt({ type: 'close_case', outcome: 'completed', reason: 'done' })?.code).toBe(
      'final_report_not_validated',
    );
    c.apply(report(), PARTNER);
    expect(c.state.finalReport).toMatchObject({ status: 'submitted', submittedBy: PARTNER, decision: null });
    expect(c.attempt(report(), PARTNER)?.code).toBe('final_report_pending');
    expect(c.attempt({ type: 'return_final_report', reason: ' ' }, SUPERVISOR)?.code).toBe('reason_required');
    c.apply({ type: 'return_final_report', reason: 'Attach the invoice of the machines' }, SUPERVISOR);
    expect(c.state.finalReport).toMatchObject({
      status: 'returned',
      decision: { reason: 'Attach the invoice of the machines', by: SUPERVISOR },
    });
    expect(c.attempt({ type: 'close_case', outcome: 'completed', reason: 'done' })?.code).toBe(
      'final_report_not_validated',
    );
    c.apply(report({ narrative: 'Again, with the invoice.' }), PARTNER);
    c.apply({ type: 'validate_final_report', note: null }, SUPERVISOR);
    expect(c.state.finalReport?.history.map((h) => h.action)).toEqual([
      'submitted',
      'returned',
      'submitted',
      'validated',
    ]);
    expect(c.attempt(report(), PARTNER)?.code).toBe('final_report_validated');
    c.closedAs('completed');
    expect(c.state.closed?.outcome).toBe('completed');
  });

  it('names each line that does not match the plan, and a delivery without any proof', () => {
    const c = monitored();
    const refusal = c.attempt(
      report({
        lines: [
          { ...report().lines[0], currency: 'EUR', proofDocumentIds: [] },
          { ...report().lines[0], component: 2 },
        ],
      }),
      PARTNER,
    );
    expect(refusal?.code).toBe('final_report_invalid');
    expect(refusal?.details?.violations).toEqual([
      { field: 'lines.0.currency', reason: 'the budget line is in XOF, not EUR' },
      {
        field: 'lines.0.proofDocumentIds',
        reason: 'what was delivered is backed by at least one proof of payment or invoice',
      },
      { field: 'lines.1.budgetLine', reason: 'the plan has no budget line 0 in component 2' },
    ]);
    expect(c.attempt(report({ lines: [] }), PARTNER)?.details?.violations).toEqual([
      { field: 'lines', reason: 'budget line "Sewing machines" (component 0, line 0) is not reported' },
    ]);
  });

  it('needs an approved plan, and a decision needs a submitted report', () => {
    const c = aCase().returned().planSubmitted();
    expect(c.attempt(report(), PARTNER)?.code).toBe('plan_not_approved');
    expect(monitored().attempt({ type: 'validate_final_report', note: null }, SUPERVISOR)?.code).toBe(
      'no_final_report_submitted',
    );
  });

  it('a case started before final reports existed completes without one', () => {
    const c = monitored();
    c.finalReportRequired = false;
    expect(c.attempt({ type: 'close_case', outcome: 'completed', reason: 'done' })).toBeNull();
  });
});
