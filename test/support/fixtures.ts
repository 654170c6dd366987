import { randomUUID } from 'node:crypto';
import { request } from './http';

/** A valid intake request: a mother returning to Senegal with her two children. */
export function householdRequest(overrides: Record<string, unknown> = {}) {
  const tag = randomUUID().slice(0, 8);
  return {
    principal: {
      givenNames: 'Awa',
      familyName: `Ndiaye-${tag}`,
      dateOfBirth: '1990-03-14',
      sex: 'female',
      nationality: 'SN',
      languages: ['fr', 'wo'],
      vulnerabilities: ['single_parent'],
      documents: [{ type: 'passport', number: `A${tag}`, issuingCountry: 'SN', expiresOn: '2030-01-31' }],
      contact: { phone: '+33 6 12 34 56 78', email: 'awa@example.org' },
    },
    household: [
      {
        relationship: 'child',
        givenNames: 'Moussa',
        familyName: `Ndiaye-${tag}`,
        dateOfBirth: '2015-07-02',
        sex: 'male',
        nationality: 'SN',
        languages: ['fr'],
      },
      {
        relationship: 'child',
        givenNames: 'Fatou',
        familyName: `Ndiaye-${tag}`,
        dateOfBirth: '2019-11-20',
        sex: 'female',
        nationality: 'SN',
        languages: ['fr'],
        vulnerabilities: ['medical_needs'],
      },
    ],
    hostOffice: 'PARIS',
    countryOfReturn: 'SN',
    regionOfReturn: 'Dakar',
    counsellor: { name: 'Claire Martin', email: `claire.${tag}@avrr.test` },
    ...overrides,
  };
}

export function postJson(url: string, body: unknown, headers: Record<string, string | undefined> = {}) {
  return request('', 'POST', url, body, headers);
}

/** A transfer instruction to a mobile money account. */
export function mobileMoney(amountMinor: string, currency: string) {
  return {
    destinationKind: 'mobile_money',
    destination: { operator: 'Orange Money', number: '+221 77 123 45 67' },
    amountMinor,
    currency,
  };
}

/** A complete sustainability survey (every indicator answered), scored 0.7221875 by the example weight set. */
export const SURVEY_ANSWERS = {
  income_sources: 'one',
  work_or_productive_assets: 'regular_work_or_business',
  debt: 'under_one_month',
  food_reduction: 'rarely',
  economic_satisfaction: 'satisfied',
  housing_access: 'good',
  children_schooling: 'no_school_age_children',
  justice_access: 'fair',
  identity_documents: 'all',
  health_access: 'poor',
  community_participation: 'often',
  discrimination: 'never',
  distress: 'sometimes',
  remigration_need: 'not_sure',
  support_network: 'many',
};
