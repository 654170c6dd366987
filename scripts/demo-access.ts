// The demo's offices, partner organisations and one user per role, all with the same password (README, "Sign in").
// Written straight to the database: before the first administrator exists nobody could create them through the API.
import { DataSource } from 'typeorm';
import { loadAppConfig } from '@avrr/config';
import type { Role } from '@avrr/domain';
import { type AccessSeed, dataSourceOptions, seedAccess } from '@avrr/persistence';

export const DEMO_PASSWORD = 'demo-password-2026';
const OFFICES = ['PARIS', 'LYON', 'BRUSSELS'];

const user = (role: Role, email: string, displayName: string, scope: Partial<AccessSeed['users'][number]> = {}) => ({
  email,
  displayName,
  password: DEMO_PASSWORD,
  role,
  ...scope,
});

export const DEMO_USERS = {
  counsellor: user('counsellor', 'counsellor@demo.avrr.example', 'Claire Martin', { offices: OFFICES }),
  logistics: user('logistics_officer', 'logistics@demo.avrr.example', 'Paul Girard', { offices: OFFICES }),
  partner: user('partner_focal_point', 'partner@demo.avrr.example', 'Mariama Ba', {
    partnerOrganisation: 'West Africa Reintegration Network',
  }),
  supervisor: user('supervisor', 'supervisor@demo.avrr.example', 'Hélène Dubois', { offices: OFFICES }),
  finance: user('finance_officer', 'finance@demo.avrr.example', 'Fabien Moreau'),
  admin: user('administrator', 'admin@demo.avrr.example', 'Alex Lambert'),
};
export type DemoUser = keyof typeof DEMO_USERS;

export const DEMO_ACCESS: AccessSeed = {
  offices: [
    { code: 'PARIS', name: 'Paris', country: 'FR' },
    { code: 'LYON', name: 'Lyon', country: 'FR' },
    { code: 'BRUSSELS', name: 'Brussels', country: 'BE' },
  ],
  partnerOrganisations: [
    { name: 'West Africa Reintegration Network', countries: ['SN', 'ML', 'GN', 'NG'] },
    { name: 'Maghreb Return Partners', countries: ['MA'] },
  ],
  users: Object.values(DEMO_USERS),
};

export async function seedDemoAccess(): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(loadAppConfig()));
  await dataSource.initialize();
  try {
    await seedAccess(dataSource, DEMO_ACCESS);
  } finally {
    await dataSource.destroy();
  }
}

/** Signs every demo user in through the API; their Authorization headers by name. */
export async function signInDemoUsers(baseUrl: string): Promise<Record<DemoUser, string>> {
  const tokens = {} as Record<DemoUser, string>;
  for (const [name, u] of Object.entries(DEMO_USERS) as Array<[DemoUser, (typeof DEMO_USERS)[DemoUser]]>) {
    const response = await fetch(new URL('/auth/login', baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: u.email, password: u.password }),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`sign-in as ${u.email} failed: ${response.status} ${text}`);
    tokens[name] = `Bearer ${(JSON.parse(text) as { accessToken: string }).accessToken}`;
  }
  return tokens;
}
