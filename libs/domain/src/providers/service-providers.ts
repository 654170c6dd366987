import type { Principal } from '../access/principal';

/** What a supplier of in-kind assistance provides (issue 16, part 5). */
export const SERVICE_PROVIDER_KINDS = [
  'equipment',
  'training',
  'housing',
  'health',
  'education',
  'business_support',
  'food',
  'transport',
  'other',
] as const;
export type ServiceProviderKind = (typeof SERVICE_PROVIDER_KINDS)[number];

/**
 * The countries whose service providers a principal reads and manages: a partner focal point, their organisation's
 * countries; a supervisor, the countries of return of their offices' cases (looked up, so `officeCountries` is
 * given); finance officers and administrators, every country (null). Anyone else, none.
 */
export function providerCountriesFor(p: Principal, officeCountries: readonly string[]): readonly string[] | null {
  switch (p.role) {
    case 'partner_focal_point':
      return p.countries;
    case 'supervisor':
      return officeCountries;
    case 'finance_officer':
    case 'administrator':
      return null;
    default:
      return [];
  }
}
