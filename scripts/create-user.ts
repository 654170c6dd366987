// Creates (or updates) one user straight in the database: how the first administrator of a new installation
// comes to exist. Everyone after that is created by an administrator through the API (POST /admin/users).
//
// Usage: USER_PASSWORD=... npm run user:create -- <email> <display name> <role> [office,office | partner organisation name]
import { DataSource } from 'typeorm';
import { loadAppConfig } from '@avrr/config';
import { ROLES, type Role } from '@avrr/domain';
import { dataSourceOptions, seedAccess } from '@avrr/persistence';

async function main(): Promise<void> {
  const [email, displayName, role, scope] = process.argv.slice(2);
  const password = process.env.USER_PASSWORD ?? '';
  if (!email || !displayName || !ROLES.includes(role as Role)) {
    throw new Error(
      `usage: USER_PASSWORD=... npm run user:create -- <email> <name> <${ROLES.join('|')}> [offices | organisation]`,
    );
  }
  if (password.length < 12) throw new Error('USER_PASSWORD must hold the password, 12 characters or more');
  const dataSource = new DataSource(dataSourceOptions(loadAppConfig()));
  await dataSource.initialize();
  try {
    const offices = ['counsellor', 'logistics_officer', 'supervisor'].includes(role)
      ? (scope ?? '').split(',').filter(Boolean)
      : [];
    const partnerOrganisation = role === 'partner_focal_point' ? scope : undefined;
    const ids = await seedAccess(dataSource, {
      offices: [],
      partnerOrganisations: [],
      users: [{ email, displayName, password, role: role as Role, offices, partnerOrganisation }],
    });
    console.log(`user ${email} (${role}) ready: ${ids.get(email.toLowerCase())}`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(`user:create failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
