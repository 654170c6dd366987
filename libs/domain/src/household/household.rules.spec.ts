import { ageOn, HouseholdMember, PersonDetails } from './household';
import { checkHousehold, isCalendarDate } from './household.rules';

const TODAY = '2026-05-15';
// Before 10:00 UTC, so the latest day anywhere is still TODAY.
const NOW = `${TODAY}T08:00:00.000Z`;

function adult(overrides: Partial<PersonDetails> = {}): PersonDetails {
  return {
    givenNames: 'Awa',
    familyName: 'Ndiaye',
    dateOfBirth: '1990-03-14',
    sex: 'female',
    nationality: 'SN',
    languages: ['fr'],
    vulnerabilities: [],
    documents: [{ type: 'passport', number: 'A123', issuingCountry: 'SN', expiresOn: '2030-01-31' }],
    ...overrides,
  };
}

function child(overrides: Partial<HouseholdMember> = {}): HouseholdMember {
  return {
    relationship: 'child',
    givenNames: 'Moussa',
    familyName: 'Ndiaye',
    dateOfBirth: '2015-07-02',
    sex: 'male',
    nationality: 'SN',
    languages: ['fr'],
    vulnerabilities: [],
    documents: [],
    ...overrides,
  };
}

describe('isCalendarDate', () => {
  it.each(['2024-02-29', '2000-02-29', '2026-01-31', '2026-12-31', '1900-01-01'])('accepts the real date %s', (d) => {
    expect(isCalendarDate(d)).toBe(true);
  });

  it.each([
    ['2026-02-30', 'a 30 February'],
    ['2026-02-29', '29 February of a common year'],
    ['1900-02-29', '29 February of a century year not divisible by 400'],
    ['2026-04-31', 'a 31st in a 30-day month'],
    ['2026-13-01', 'a 13th month'],
    ['2026-00-10', 'month zero'],
    ['2026-01-00', 'day zero'],
  ])('refuses %s (%s)', (d) => {
    expect(isCalendarDate(d)).toBe(false);
  });

  it.each(['2026-2-3', '26-02-03', '2026/02/03', '03-02-2026', '2026-02-03T00:00:00Z', ' 2026-02-03', '', 'yesterday'])(
    'refuses the badly formatted %p',
    (d) => {
      expect(isCalendarDate(d)).toBe(false);
    },
  );
});

describe('ageOn', () => {
  it('counts the year only from the birthday itself', () => {
    expect(ageOn('2008-05-15', '2026-05-14')).toBe(17);
    expect(ageOn('2008-05-15', '2026-05-15')).toBe(18);
    expect(ageOn('2008-05-15', '2026-05-16')).toBe(18);
  });

  it('counts a month earlier in the year as not yet had the birthday', () => {
    expect(ageOn('2008-12-01', '2026-11-30')).toBe(17);
    expect(ageOn('2008-01-31', '2026-02-01')).toBe(18);
  });

  it('lets someone born on 29 February turn a year older on 1 March of a common year', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('lets someone born on 29 February turn a year older on 29 February of a leap year', () => {
    expect(ageOn('2008-02-29', '2028-02-28')).toBe(19);
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20);
  });

  it('is zero on the day of birth', () => {
    expect(ageOn(TODAY, TODAY)).toBe(0);
  });
});

describe('checkHousehold', () => {
  it('finds nothing wrong with a valid household', () => {
    expect(
      checkHousehold(adult({ vulnerabilities: ['single_parent'] }), [child(), child({ givenNames: 'Fatou' })], NOW),
    ).toEqual([]);
  });

  it('refuses a birth date in the future, naming the person', () => {
    expect(checkHousehold(adult(), [child({ dateOfBirth: '2026-05-16' })], NOW)).toEqual([
      { field: 'household.0.dateOfBirth', reason: 'cannot be in the future' },
    ]);
  });

  it('accepts a child born today', () => {
    expect(checkHousehold(adult(), [child({ dateOfBirth: TODAY })], NOW)).toEqual([]);
  });

  it("takes a birth date as a day of the family's time zone: at 23:30 UTC, the next day is not in the future", () => {
    const late = `${TODAY}T23:30:00.000Z`;
    expect(checkHousehold(adult(), [child({ dateOfBirth: '2026-05-16' })], late)).toEqual([]);
    expect(checkHousehold(adult(), [child({ dateOfBirth: '2026-05-17' })], late)).toEqual([
      { field: 'household.0.dateOfBirth', reason: 'cannot be in the future' },
    ]);
  });

  it('refuses a birth date before 1900 but accepts 1 January 1900', () => {
    expect(checkHousehold(adult({ dateOfBirth: '1899-12-31' }), [], NOW)).toEqual([
      { field: 'principal.dateOfBirth', reason: 'cannot be before 1900' },
    ]);
    expect(checkHousehold(adult({ dateOfBirth: '1900-01-01' }), [], NOW)).toEqual([]);
  });

  it('refuses an impossible birth date', () => {
    expect(checkHousehold(adult({ dateOfBirth: '1990-02-30' }), [], NOW)).toEqual([
      { field: 'principal.dateOfBirth', reason: 'must be a real date in the form YYYY-MM-DD' },
    ]);
  });

  it('refuses an impossible document expiry date, naming the document', () => {
    const principal = adult({
      documents: [{ type: 'passport', number: 'A1', issuingCountry: 'SN', expiresOn: '2030-02-30' }],
    });
    expect(checkHousehold(principal, [], NOW)).toEqual([
      { field: 'principal.documents.0.expiresOn', reason: 'must be a real date in the form YYYY-MM-DD' },
    ]);
  });

  it('refuses unaccompanied_child on an adult', () => {
    const violations = checkHousehold(adult({ vulnerabilities: ['unaccompanied_child'] }), [], NOW);
    expect(violations).toContainEqual({
      field: 'principal.vulnerabilities',
      reason: 'only a person under 18 can be an unaccompanied child',
    });
  });

  it('treats a person turning 18 today as an adult who cannot be an unaccompanied child', () => {
    const violations = checkHousehold(
      adult({ dateOfBirth: '2008-05-15', vulnerabilities: ['unaccompanied_child'] }),
      [],
      NOW,
    );
    expect(violations.map((v) => v.reason)).toContain('only a person under 18 can be an unaccompanied child');
  });

  it('refuses unaccompanied_child on a child who travels with an adult of the household', () => {
    const violations = checkHousehold(adult(), [child({ vulnerabilities: ['unaccompanied_child'] })], NOW);
    expect(violations).toEqual([
      {
        field: 'household.0.vulnerabilities',
        reason: 'a child travelling with an adult of the household is not unaccompanied',
      },
    ]);
  });

  it('accepts an unaccompanied child principal travelling alone or with siblings', () => {
    const principal = adult({ dateOfBirth: '2010-01-01', vulnerabilities: ['unaccompanied_child'] });
    expect(checkHousehold(principal, [], NOW)).toEqual([]);
    expect(
      checkHousehold(principal, [child({ relationship: 'sibling', vulnerabilities: ['unaccompanied_child'] })], NOW),
    ).toEqual([]);
  });

  it('accepts a separated child principal travelling alone', () => {
    expect(checkHousehold(adult({ dateOfBirth: '2010-01-01', vulnerabilities: ['separated_child'] }), [], NOW)).toEqual(
      [],
    );
  });

  it('requires a child principal without an adult to be flagged unaccompanied or separated', () => {
    const principal = adult({ dateOfBirth: '2010-01-01', vulnerabilities: ['medical_needs'] });
    expect(checkHousehold(principal, [child({ relationship: 'sibling' })], NOW)).toEqual([
      {
        field: 'principal.vulnerabilities',
        reason: 'a child applying without an adult must be flagged unaccompanied_child or separated_child',
      },
    ]);
  });

  it('does not require the flag from a child principal who travels with an adult', () => {
    const principal = adult({ dateOfBirth: '2010-01-01' });
    expect(checkHousehold(principal, [child({ relationship: 'parent', dateOfBirth: '1980-01-01' })], NOW)).toEqual([]);
  });

  it('refuses the same document listed twice for one person', () => {
    const doc = { type: 'passport' as const, number: 'A123', issuingCountry: 'SN' };
    expect(checkHousehold(adult({ documents: [doc, { ...doc }] }), [], NOW)).toEqual([
      { field: 'principal.documents.1.number', reason: 'the same document is listed twice' },
    ]);
  });

  it('accepts the same number on documents of different types or countries, and documents without a number', () => {
    const principal = adult({
      documents: [
        { type: 'passport', number: 'A123', issuingCountry: 'SN' },
        { type: 'national_id', number: 'A123', issuingCountry: 'SN' },
        { type: 'passport', number: 'A123', issuingCountry: 'ML' },
        { type: 'birth_certificate', issuingCountry: 'SN' },
        { type: 'birth_certificate', issuingCountry: 'SN' },
      ],
    });
    expect(checkHousehold(principal, [], NOW)).toEqual([]);
  });

  it('refuses a vulnerability flag listed twice', () => {
    expect(checkHousehold(adult(), [child({ vulnerabilities: ['medical_needs', 'medical_needs'] })], NOW)).toEqual([
      { field: 'household.0.vulnerabilities', reason: 'a flag is listed twice' },
    ]);
  });

  it('reports every person-level violation across the household at once', () => {
    const violations = checkHousehold(
      adult({ dateOfBirth: '2999-01-01' }),
      [child(), child({ dateOfBirth: '1850-06-01' })],
      NOW,
    );
    expect(violations.map((v) => v.field)).toEqual(['principal.dateOfBirth', 'household.1.dateOfBirth']);
  });
});
