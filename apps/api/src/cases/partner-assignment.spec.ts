import { choosePartnerOrganisation } from './partner-assignment';
import { RequestValidationError } from '../common/request-validation.error';

const A = { id: 'a', name: 'Org A' };
const B = { id: 'b', name: 'Org B' };

function violation(run: () => unknown): { field: string; reason: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof RequestValidationError) return error.violations[0];
    throw error;
  }
  throw new Error('not refused');
}

describe('choosing the partner organisation of a case', () => {
  it('takes the one asked for when it covers the country', () => {
    expect(choosePartnerOrganisation('b', [A, B], 'CI')).toBe('b');
  });

  it('takes the only one covering the country when none is asked for, and none when nobody covers it', () => {
    expect(choosePartnerOrganisation(undefined, [A], 'SN')).toBe('a');
    expect(choosePartnerOrganisation(undefined, [], 'TN')).toBeNull();
  });

  it('asks for a choice, naming the organisations, when several cover the country', () => {
    const v = violation(() => choosePartnerOrganisation(undefined, [A, B], 'CI'));
    expect(v.field).toBe('partnerOrganisationId');
    expect(v.reason).toBe(
      'is required: several organisations receive returnees in CI; choose one of: Org A (a), Org B (b)',
    );
  });

  it('refuses an organisation that does not cover the country', () => {
    expect(violation(() => choosePartnerOrganisation('x', [A], 'SN')).reason).toBe(
      'is not an organisation receiving returnees in SN; choose one of: Org A (a)',
    );
    expect(violation(() => choosePartnerOrganisation('x', [], 'TN')).reason).toBe(
      'no partner organisation receives returnees in TN',
    );
  });
});
