import * as argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import type { Role } from '@avrr/domain';
import { type AccessSeed, seedAccess } from '@avrr/persistence';

/** Offices the default test users work in; tests that need a fresh set of cases pick one of their own. */
export const TEST_OFFICES = [
  'PARIS',
  'LYON',
  'INTAKE-LIST',
  'VIEWS',
  'SCORES',
  'SCORES-OTHER',
  'PLACEMENTS',
  'PLACEMENTS-OTHER',
  'RECON',
  'RECON-X',
] as const;
/** An office none of the default users works in: cases there are out of their scope. */
export const OTHER_OFFICE = 'MARSEILLE';
/** Countries of return of the default partner's organisation; GN is out of its scope. */
export const PARTNER_COUNTRIES = ['SN', 'ML'];
export const OTHER_COUNTRY = 'GN';
export const TEST_PASSWORD = 'test-password-123';

const person = (role: Role, email: string, displayName: string, scope: Partial<AccessSeed['users'][number]> = {}) => ({
  email,
  displayName,
  password: TEST_PASSWORD,
  role,
  ...scope,
});

/** The default users, one per role, with the names the tests' timelines expect. */
export const TEST_USERS = {
  counsellor: person('counsellor', 'counsellor@avrr.test', 'Claire Martin', { offices: [...TEST_OFFICES] }),
  logistics: person('logistics_officer', 'logistics@avrr.test', 'Paul Girard', { offices: [...TEST_OFFICES] }),
  partner: person('partner_focal_point', 'partner@avrr.test', 'Mariama Ba', {
    partnerOrganisation: 'Senegal and Mali Network',
  }),
  supervisor: person('supervisor', 'supervisor@avrr.test', 'Hélène Dubois', { offices: [...TEST_OFFICES] }),
  finance: person('finance_officer', 'finance@avrr.test', 'Fabien Moreau'),
  admin: person('administrator', 'admin@avrr.test', 'Alex Admin'),
  // The same roles in another office or organisation, for out-of-scope checks.
  otherCounsellor: person('counsellor', 'counsellor.marseille@avrr.test', 'Marc Other', { offices: [OTHER_OFFICE] }),
  otherSupervisor: person('supervisor', 'supervisor.marseille@avrr.test', 'Sophie Other', { offices: [OTHER_OFFICE] }),
  otherPartner: person('partner_focal_point', 'partner.guinea@avrr.test', 'Ibrahima Other', {
    partnerOrganisation: 'Guinea Network',
  }),
};
export type TestUser = keyof typeof TEST_USERS;

export const TEST_ACCESS: AccessSeed = {
  offices: [...TEST_OFFICES, OTHER_OFFICE].map((code) => ({ code, name: `${code} office`, country: 'FR' })),
  partnerOrganisations: [
    { name: 'Senegal and Mali Network', countries: PARTNER_COUNTRIES },
    { name: 'Guinea Network', countries: [OTHER_COUNTRY] },
  ],
  users: Object.values(TEST_USERS),
};

/**
 * Test users' passwords are argon2id hashes made with a small cost: sign-in verifies them exactly as any other (the
 * cost is read from the hash), but in milliseconds rather than the production cost's ~100 ms of CPU, which every
 * suite paid for each user twice (seed and sign-in), several seconds per suite on a busy machine.
 */
export const cheapTestHash = (password: string) =>
  argon2.hash(password, { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 });

export function seedTestAccess(dataSource: DataSource): Promise<Map<string, string>> {
  return seedAccess(dataSource, TEST_ACCESS, cheapTestHash);
}

export async function login(baseUrl: string, email: string, password = TEST_PASSWORD) {
  const response = await fetch(`${baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

/** Signs a test user in and returns the Authorization header. */
export async function bearerFor(baseUrl: string, user: TestUser): Promise<{ Authorization: string }> {
  const { status, body } = await login(baseUrl, TEST_USERS[user].email);
  if (status !== 200) throw new Error(`login as ${user} failed (${status}): ${JSON.stringify(body)}`);
  return { Authorization: `Bearer ${body.accessToken}` };
}
