import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { Role } from '@avrr/domain';
import { OfficeEntity } from './office.entity';
import { PartnerOrganisationEntity } from './partner-organisation.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { UserAccountEntity } from './user-account.entity';

/** What an administrator narrows the user list by. */
export interface UserListFilter {
  /** Part of the email or the name. */
  text?: string;
  role?: Role;
  state?: 'active' | 'locked' | 'disabled';
}

/** Users, offices, partner organisations and refresh tokens: the access model's tables. */
@Injectable()
export class AccountsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get users() {
    return this.dataSource.getRepository(UserAccountEntity);
  }

  get offices() {
    return this.dataSource.getRepository(OfficeEntity);
  }

  get partnerOrganisations() {
    return this.dataSource.getRepository(PartnerOrganisationEntity);
  }

  /**
   * One page of users in email order (emails are unique, so the last email is the cursor), with the counts of the
   * whole filtered list: how many, and how many of those are locked out now.
   */
  async listUsers(
    filter: UserListFilter,
    limit: number,
    afterEmail?: string,
  ): Promise<{ users: UserAccountEntity[]; total: number; locked: number }> {
    const where = this.users.createQueryBuilder('u');
    if (filter.text) {
      where.andWhere(`(u.email ILIKE :text OR u.display_name ILIKE :text)`, {
        text: `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    if (filter.role) where.andWhere('u.role = :role', { role: filter.role });
    if (filter.state === 'locked') where.andWhere('u.active AND u.locked_until > now()');
    if (filter.state === 'disabled') where.andWhere('NOT u.active');
    if (filter.state === 'active') where.andWhere('u.active AND (u.locked_until IS NULL OR u.locked_until <= now())');
    const counts = (await where
      .clone()
      .select('count(*)::int', 'total')
      .addSelect('(count(*) FILTER (WHERE u.active AND u.locked_until > now()))::int', 'locked')
      .getRawOne()) as { total: number; locked: number };
    const page = where.clone().orderBy('u.email', 'ASC').limit(limit);
    if (afterEmail !== undefined) page.andWhere('u.email > :afterEmail', { afterEmail });
    return { users: await page.getMany(), ...counts };
  }

  findUserByEmail(email: string): Promise<UserAccountEntity | null> {
    return this.users.findOne({ where: { email: email.toLowerCase() }, relations: { partnerOrganisation: true } });
  }

  findUserById(id: string): Promise<UserAccountEntity | null> {
    return this.users.findOne({ where: { id }, relations: { partnerOrganisation: true } });
  }

  /**
   * Counts a failed sign-in and locks the account once `maxFailures` are reached, in one statement so that
   * concurrent attempts cannot slip past the limit. Returns the account's new state.
   */
  async recordFailedLogin(
    userId: string,
    maxFailures: number,
    lockoutMs: number,
  ): Promise<{ failedLogins: number; lockedUntil: Date | null }> {
    const [rows] = (await this.dataSource.query(
      `UPDATE user_account
          SET failed_logins = CASE WHEN failed_logins + 1 >= $2 THEN 0 ELSE failed_logins + 1 END,
              locked_until = CASE WHEN failed_logins + 1 >= $2 THEN now() + ($3 || ' milliseconds')::interval ELSE locked_until END
        WHERE id = $1
        RETURNING failed_logins, locked_until`,
      [userId, maxFailures, String(lockoutMs)],
    )) as [Array<{ failed_logins: number; locked_until: Date | null }>, number];
    return { failedLogins: rows[0]?.failed_logins ?? 0, lockedUntil: rows[0]?.locked_until ?? null };
  }

  async recordSuccessfulLogin(userId: string): Promise<void> {
    await this.users.update({ id: userId }, { failedLogins: 0, lockedUntil: null });
  }

  async missingOffices(codes: readonly string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const found = await this.offices.find({ where: { code: In([...codes]) }, select: { code: true } });
    const known = new Set(found.map((o) => o.code));
    return codes.filter((c) => !known.has(c));
  }

  /** The organisations receiving returnees in a country, oldest first. */
  organisationsCovering(country: string): Promise<PartnerOrganisationEntity[]> {
    return this.partnerOrganisations
      .createQueryBuilder('o')
      .where(':country = ANY(o.countries)', { country })
      .orderBy('o.createdAt', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .getMany();
  }

  /**
   * Where an organisation's case emails go: its team address, else its active focal points (none when it has
   * neither). Never a country-wide address: another organisation covering the country would read it.
   */
  async partnerAddresses(organisationId: string): Promise<string[]> {
    const organisation = await this.partnerOrganisations.findOne({ where: { id: organisationId } });
    if (!organisation) return [];
    if (organisation.email) return [organisation.email];
    const focalPoints = await this.users.find({
      where: { partnerOrganisationId: organisationId, role: 'partner_focal_point', active: true },
      select: { email: true },
      order: { email: 'ASC' },
    });
    return focalPoints.map((u) => u.email);
  }

  get refreshTokens() {
    return this.dataSource.getRepository(RefreshTokenEntity);
  }

  /**
   * Marks a refresh token used, once: of two concurrent refreshes with the same token only one wins; the other sees
   * `null` and is treated as a replay.
   */
  async consumeRefreshToken(tokenHash: string): Promise<RefreshTokenEntity | null> {
    const [rows] = (await this.dataSource.query(
      `UPDATE refresh_token SET used_at = now()
        WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
        RETURNING id, user_id AS "userId", family_id AS "familyId", expires_at AS "expiresAt"`,
      [tokenHash],
    )) as [RefreshTokenEntity[], number];
    return rows[0] ?? null;
  }

  /** A sign-in stands while a token of its family is neither revoked nor expired. */
  async sessionActive(familyId: string): Promise<boolean> {
    return this.refreshTokens
      .createQueryBuilder('t')
      .where('t.familyId = :familyId AND t.revokedAt IS NULL AND t.expiresAt > now()', { familyId })
      .getExists();
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.refreshTokens
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('family_id = :familyId AND revoked_at IS NULL', { familyId })
      .execute();
  }

  /** Revokes every sign-in of the user; answers the families (sign-ins) it ended, for the API instances' caches. */
  async revokeAllForUser(userId: string): Promise<string[]> {
    const result = await this.refreshTokens
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .returning('family_id')
      .execute();
    return [...new Set((result.raw as Array<{ family_id: string }>).map((row) => row.family_id))];
  }
}
