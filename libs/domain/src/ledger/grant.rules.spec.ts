import type { ReintegrationPlan } from '../case/case-state';
import { DomainError } from '../errors/domain-error';
import {
  decideTranchePayment,
  grantAllocatedPosting,
  grantBudget,
  tranchePaidPosting,
  trancheReleasedPosting,
  tranchesReleasedBy,
  TrancheSchedule,
  validateTrancheSchedule,
} from './grant.rules';
import { validatePosting } from './posting';

const CASE = '3f2a9c1e-8b7d-4e6f-a5c4-0123456789ab';
const FINANCE = { role: 'finance_officer' as const };

function plan(
  status: ReintegrationPlan['status'],
  lines: Array<[number, string]> = [
    [150000, 'XOF'],
    [250000, 'XOF'],
    [30000, 'EUR'],
  ],
): ReintegrationPlan {
  return {
    status,
    submittedAt: '2027-01-10T10:00:00.000Z',
    components: [
      {
        dimension: 'economic',
        description: 'Tailoring business',
        budgetLines: lines
          .slice(0, 2)
          .map(([amountMinor, currency]) => ({ description: 'line', amountMinor, currency })),
      },
      {
        dimension: 'social',
        description: 'School fees',
        budgetLines: lines.slice(2).map(([amountMinor, currency]) => ({ description: 'fees', amountMinor, currency })),
      },
    ],
  };
}

const tranche = (overrides: Partial<TrancheSchedule> = {}): TrancheSchedule => ({
  milestone: 'plan_agreed',
  amountMinor: 200000n,
  currency: 'XOF',
  recipient: 'returnee',
  supplier: null,
  ...overrides,
});

describe('the grant budget', () => {
  it('is the sum of the approved plan lines per currency', () => {
    expect(grantBudget(plan('approved'))).toEqual([
      { currency: 'EUR', amountMinor: 30000n },
      { currency: 'XOF', amountMinor: 400000n },
    ]);
  });

  it.each(['submitted', 'rejected'] as const)('is refused while the plan is %s', (status) => {
    expect(() => grantBudget(plan(status))).toThrow(expect.objectContaining({ code: 'plan_not_approved' }));
  });

  it('is refused without a plan, with a plan that budgets nothing, or in a currency the programme does not use', () => {
    expect(() => grantBudget(null)).toThrow(DomainError);
    expect(() => grantBudget(plan('approved', [[0, 'XOF']]))).toThrow(
      expect.objectContaining({ code: 'plan_without_budget' }),
    );
    expect(() => grantBudget(plan('approved', [[100, 'JPY']]))).toThrow(
      expect.objectContaining({ code: 'plan_currency_unknown' }),
    );
    expect(() => grantBudget(plan('approved', [[1.5, 'EUR']]))).toThrow(
      expect.objectContaining({ code: 'plan_amount_invalid' }),
    );
  });
});

describe('the tranche schedule', () => {
  const budget = grantBudget(plan('approved'));

  it('accepts tranches that add up to the budget in every currency', () => {
    expect(
      validateTrancheSchedule(budget, [
        tranche({ amountMinor: 150000n }),
        tranche({
          milestone: 'business_started',
          amountMinor: 250000n,
          recipient: 'supplier',
          supplier: 'Singer Dakar',
        }),
        tranche({ amountMinor: 30000n, currency: 'EUR' }),
      ]),
    ).toEqual([]);
  });

  it('names each broken rule by its field', () => {
    const violations = validateTrancheSchedule(budget, [
      tranche({ amountMinor: 0n }),
      tranche({ recipient: 'supplier', supplier: null }),
      tranche({ currency: 'GNF' }),
      tranche({ milestone: 'won_the_lottery' as never, supplier: 'Nobody' }),
    ]);
    expect(violations.map((v) => v.field)).toEqual([
      'tranches.0.amountMinor',
      'tranches.1.supplier',
      'tranches.2.currency',
      'tranches.3.milestone',
      'tranches.3.supplier',
      'tranches',
    ]);
    // The XOF tranches (0 + 200000 + 200000) still cover the XOF budget; nothing covers the EUR one.
    expect(violations[violations.length - 1].reason).toBe(
      "the tranches in EUR add up to 0.00, the plan's budget is 300.00",
    );
  });

  it('refuses a schedule that pays more or less than the budget', () => {
    const over = validateTrancheSchedule(budget, [
      tranche({ amountMinor: 400001n }),
      tranche({ amountMinor: 30000n, currency: 'EUR' }),
    ]);
    expect(over).toEqual([
      { field: 'tranches', reason: "the tranches in XOF add up to 400001, the plan's budget is 400000" },
    ]);
    expect(validateTrancheSchedule(budget, [])).toContainEqual({
      field: 'tranches',
      reason: 'a grant is paid in at least one tranche',
    });
  });
});

describe('tranches and milestones', () => {
  it('releases the waiting tranches whose milestone is recorded, and only those', () => {
    const tranches = [
      { id: 'a', status: 'waiting' as const, milestone: 'plan_agreed' as const, proofReference: null },
      { id: 'b', status: 'waiting' as const, milestone: 'business_started' as const, proofReference: null },
      { id: 'c', status: 'paid' as const, milestone: 'plan_agreed' as const, proofReference: 'R1' },
    ];
    expect(tranchesReleasedBy(tranches, ['plan_agreed']).map((t) => t.id)).toEqual(['a']);
    expect(tranchesReleasedBy(tranches, ['follow_up_visit'])).toEqual([]);
  });

  it('pays a released tranche once: the same proof again is a retry, another proof a conflict', () => {
    const proof = { reference: 'WAVE-1', document: null };
    expect(
      decideTranchePayment({ status: 'released', milestone: 'plan_agreed', proofReference: null }, proof, FINANCE),
    ).toEqual({ outcome: 'pay' });
    expect(
      decideTranchePayment({ status: 'paid', milestone: 'plan_agreed', proofReference: 'WAVE-1' }, proof, FINANCE),
    ).toEqual({ outcome: 'already_paid' });
    const other = decideTranchePayment(
      { status: 'paid', milestone: 'plan_agreed', proofReference: 'WAVE-1' },
      { reference: 'WAVE-2', document: null },
      FINANCE,
    );
    expect(other.outcome === 'refused' && other.error.code).toBe('tranche_already_paid');
  });

  it('refuses to pay a tranche still waiting on its milestone, without proof, or by another role', () => {
    const waiting = decideTranchePayment(
      { status: 'waiting', milestone: 'business_started', proofReference: null },
      { reference: 'R', document: null },
      FINANCE,
    );
    expect(waiting.outcome === 'refused' && waiting.error.message).toBe(
      'This tranche is released by the milestone "business started", which is not recorded yet.',
    );
    const noProof = decideTranchePayment(
      { status: 'released', milestone: 'plan_agreed', proofReference: null },
      { reference: '  ', document: null },
      FINANCE,
    );
    expect(noProof.outcome === 'refused' && noProof.error.code).toBe('proof_of_payment_required');
    const partner = decideTranchePayment(
      { status: 'released', milestone: 'plan_agreed', proofReference: null },
      { reference: 'R', document: null },
      { role: 'partner_focal_point' },
    );
    expect(partner.outcome === 'refused' && partner.error.code).toBe('role_not_allowed');
  });
});

describe('grant postings', () => {
  it('balance, and move the money allocated → in transit → paid out', () => {
    const allocated = grantAllocatedPosting({ caseId: CASE, grantId: 'g1', budget: grantBudget(plan('approved')) });
    const released = trancheReleasedPosting({
      caseId: CASE,
      trancheId: 't1',
      number: 1,
      milestone: 'plan_agreed',
      amountMinor: 150000n,
      currency: 'XOF',
    });
    const paid = tranchePaidPosting({
      caseId: CASE,
      trancheId: 't1',
      number: 1,
      amountMinor: 150000n,
      currency: 'XOF',
      recipient: 'supplier',
      supplier: 'Singer Dakar',
      proofReference: 'INV-77',
    });
    for (const p of [allocated, released, paid]) expect(validatePosting(p)).toEqual([]);
    expect(allocated.lines).toHaveLength(4);
    expect(allocated.idempotencyKey).toBe('grant:g1:allocated');
    expect(released.lines.map((l) => [l.account.split(':')[2], l.amountMinor])).toEqual([
      ['grant-allocated', -150000n],
      ['grant-in-transit', 150000n],
    ]);
    expect(paid).toMatchObject({
      idempotencyKey: 'grant-tranche:t1:paid',
      description: 'Grant tranche 1 paid in kind to Singer Dakar, proof INV-77: 150000 XOF',
    });
    expect(paid.lines.map((l) => [l.account.split(':')[2], l.amountMinor])).toEqual([
      ['grant-in-transit', -150000n],
      ['grant-paid-out', 150000n],
    ]);
  });
});
