import * as argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import type { Role } from '@avrr/domain';
import { OfficeEntity } from './office.entity';
import { PartnerOrganisationEntity } from './partner-organisation.entity';
import { UserAccountEntity } from './user-account.entity';

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export interface AccessSeed {
  offices: Array<{ code: string; name: string; country: string }>;
  partnerOrganisations: Array<{ name: string; countries: string[] }>;
  users: Array<{
    email: string;
    displayName: string;
    password: string;
    role: Role;
    offices?: string[];
    partnerOrganisation?: string;
  }>;
}

/**
 * Creates offices, partner organisations and users, or brings existing ones (same code, name or email) in line:
 * for the demo dataset, the first administrator and tests. Returns the users' ids by email. `hash` makes the
 * password hashes of new or changed passwords (tests pass a cheaper argon2id; sign-in verifies either).
 */
export async function seedAccess(
  dataSource: DataSource,
  seed: AccessSeed,
  hash: (password: string) => Promise<string> = hashPassword,
): Promise<Map<string, string>> {
  return dataSource.transaction(async (em) => {
    if (seed.offices.length) await em.upsert(OfficeEntity, seed.offices, ['code']);
    if (seed.partnerOrganisations.length)
      await em.upsert(PartnerOrganisationEntity, seed.partnerOrganisations, ['name']);
    const organisations = new Map((await em.find(PartnerOrganisationEntity)).map((o) => [o.name, o.id]));
    const ids = new Map<string, string>();
    for (const u of seed.users) {
      const email = u.email.toLowerCase();
      const partnerOrganisationId = u.partnerOrganisation ? organisations.get(u.partnerOrganisation) : null;
      if (partnerOrganisationId === undefined) throw new Error(`unknown partner organisation ${u.partnerOrganisation}`);
      const fields = {
        email,
        displayName: u.displayName,
        role: u.role,
        offices: u.offices ?? [],
        partnerOrganisationId,
        active: true,
        failedLogins: 0,
        lockedUntil: null,
        // Whoever seeds an account knows its password: nothing to hand over, nothing to replace.
        mustChangePassword: false,
      };
      const existing = await em.findOne(UserAccountEntity, { where: { email } });
      const passwordHash =
        existing && (await argon2.verify(existing.passwordHash, u.password))
          ? existing.passwordHash
          : await hash(u.password);
      const saved = await em.save(UserAccountEntity, { ...(existing ?? {}), ...fields, passwordHash });
      ids.set(email, saved.id);
    }
    return ids;
  });
}
