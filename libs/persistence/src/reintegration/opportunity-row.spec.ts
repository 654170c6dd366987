import { validateOpportunityRow } from './opportunity-row';

const row = (overrides: Record<string, unknown>) => ({
  externalReference: 'R1',
  title: 'Mechanic',
  iscoCode: '7231',
  minIscedLevel: 2,
  country: 'SN',
  region: 'Dakar',
  type: 'job',
  placesAvailable: 1,
  expiresOn: '2099-12-31',
  ...overrides,
});

describe('validateOpportunityRow', () => {
  it('refuses a skill repeated in another case', () => {
    expect(validateOpportunityRow(row({ requiredSkills: ['Welding', 'welding'] })).violations).toEqual([
      { field: 'requiredSkills', reason: 'must not repeat a skill' },
    ]);
  });

  it.each([
    ['a number', [1, 'welding']],
    ['null', [null]],
    ['an object', [{ name: 'welding' }]],
  ])('names a skill that is %s as not a string, without throwing', (_case, requiredSkills) => {
    const { violations } = validateOpportunityRow(row({ requiredSkills }));
    expect(violations).toContainEqual({
      field: 'requiredSkills',
      reason: 'each value in requiredSkills must be a string',
    });
  });
});
