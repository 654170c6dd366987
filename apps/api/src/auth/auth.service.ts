import { ForbiddenException, HttpException, HttpStatus, Injectable, UnauthorizedException } from '@nestjs/common';
import * as argon2 from 'argon2';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { AppConfig } from '@avrr/config';
import type { Principal, Role } from '@avrr/domain';
import { AccountsRepository, hashPassword, type UserAccountEntity } from '@avrr/persistence';
import { AuditService } from '../audit/audit.service';
import { RequestValidationError } from '../common/request-validation.error';
import { SessionCheck } from './session-check';
import { TokenService } from './token.service';

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  /** Seconds until the access token expires. */
  expiresIn: number;
  user: {
    id: string;
    name: string;
    role: string;
    offices: string[];
    countries: string[];
    mustChangePassword: boolean;
  };
}

// Verifying against this when the email is unknown takes as long as a real check, so timing does not tell
// which emails have accounts. It is the hash of a password nobody has, made once by hashPassword and kept here:
// hashing it on every start cost the API a third of a second of CPU. auth.service.spec checks it still has
// hashPassword's cost.
export const UNKNOWN_USER_HASH =
  '$argon2id$v=19$m=65536,p=4,t=3$kDKn6I98HTPE3Y7Fm+qzBA$zBlygYS5AnLhr02YwtM3fwFapSncgadJPvUnzo9pGQo';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

@Injectable()
export class AuthService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly tokens: TokenService,
    private readonly sessions: SessionCheck,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /**
   * Signs in. The answer to a wrong email, a wrong password and a disabled account is the same 401; a locked
   * account answers 423 with when to try again, since the lock is the only thing the person can act on.
   */
  async login(email: string, password: string): Promise<SessionTokens> {
    return this.issue(await this.checkCredentials(email, password, 'login'), randomUUID());
  }

  /**
   * The user these credentials belong to, with every sign-in rule applied (lockout, failure count, audit entry
   * under `action`); throws the same 401 or 423 as a sign-in, and 403 when `role` is given and the user lacks it.
   */
  async checkCredentials(email: string, password: string, action: string, role?: Role): Promise<UserAccountEntity> {
    const user = await this.accounts.findUserByEmail(email);
    if (!user) {
      await argon2.verify(UNKNOWN_USER_HASH, password);
      await this.audit.record({
        actorId: `email:${sha256(email.toLowerCase()).slice(0, 16)}`,
        actorRole: 'anonymous',
        action,
        outcome: 'failed',
      });
      throw this.badCredentials();
    }
    const who = { actorId: user.id, actorRole: user.role };
    if (user.lockedUntil && user.lockedUntil > new Date()) {
      await this.audit.record({ ...who, action, outcome: 'denied', subject: 'account_locked' });
      throw this.locked(user.lockedUntil);
    }
    const valid = await argon2.verify(user.passwordHash, password);
    if (!valid || !user.active) {
      const { lockedUntil } = valid
        ? { lockedUntil: null }
        : await this.accounts.recordFailedLogin(user.id, this.config.auth.maxFailedLogins, this.config.auth.lockoutMs);
      await this.audit.record({
        ...who,
        action,
        outcome: 'failed',
        subject: lockedUntil ? 'account_locked_now' : null,
      });
      if (lockedUntil) throw this.locked(lockedUntil);
      throw this.badCredentials();
    }
    await this.accounts.recordSuccessfulLogin(user.id);
    if (role && user.role !== role) {
      await this.audit.record({ ...who, action, outcome: 'denied', subject: `needs ${role}` });
      throw new ForbiddenException({ code: 'permission_denied', message: `Only a ${role} may sign in here.` });
    }
    await this.audit.record({ ...who, action, outcome: 'ok' });
    return user;
  }

  /**
   * Swaps a refresh token for a new pair. A token used twice means a copy is in someone else's hands: the whole
   * family (every token descended from that sign-in) is revoked, which signs both holders out.
   */
  async refresh(refreshToken: string): Promise<SessionTokens> {
    const hash = sha256(refreshToken);
    const consumed = await this.accounts.consumeRefreshToken(hash);
    if (!consumed) {
      const known = await this.accounts.refreshTokens.findOne({ where: { tokenHash: hash } });
      if (known?.usedAt && !known.revokedAt) {
        await this.accounts.revokeFamily(known.familyId);
        await this.sessions.revoked([known.familyId]);
        await this.audit.record({
          actorId: known.userId,
          actorRole: 'unknown',
          action: 'refresh',
          outcome: 'denied',
          subject: 'refresh_token_reused',
        });
      }
      throw new UnauthorizedException({
        code: 'invalid_refresh_token',
        message: 'The refresh token is unknown, expired, used or revoked. Sign in again.',
      });
    }
    const user = await this.accounts.findUserById(consumed.userId);
    if (!user?.active) {
      await this.accounts.revokeFamily(consumed.familyId);
      await this.sessions.revoked([consumed.familyId]);
      throw new UnauthorizedException({
        code: 'invalid_refresh_token',
        message: 'The account is disabled. Sign in again.',
      });
    }
    return this.issue(user, consumed.familyId);
  }

  /** Signs out: the refresh token's family is revoked; the short-lived access token expires on its own. */
  async logout(refreshToken: string, principal: Principal): Promise<void> {
    const token = await this.accounts.refreshTokens.findOne({ where: { tokenHash: sha256(refreshToken) } });
    const ended: string[] = [];
    if (token && token.userId === principal.userId) {
      await this.accounts.revokeFamily(token.familyId);
      ended.push(token.familyId);
    }
    if (principal.sessionId) {
      await this.accounts.revokeFamily(principal.sessionId);
      ended.push(principal.sessionId);
    }
    await this.sessions.revoked(ended);
    await this.audit.record({ actorId: principal.userId, actorRole: principal.role, action: 'logout', outcome: 'ok' });
  }

  /**
   * The signed-in person sets their own password, proving the current one (a wrong one counts as a failed sign-in, so
   * a stolen session cannot guess it freely). Every sign-in of theirs ends, this one included; the answer is a fresh
   * session without the restriction of a temporary password.
   */
  async changePassword(principal: Principal, currentPassword: string, newPassword: string): Promise<SessionTokens> {
    const account = await this.accounts.findUserById(principal.userId);
    if (!account) throw this.badCredentials();
    let user: UserAccountEntity;
    try {
      user = await this.checkCredentials(account.email, currentPassword, 'password_check');
    } catch (error) {
      // A 401 would read as "the session is gone" to a client; this one is a wrong field.
      if (!(error instanceof UnauthorizedException)) throw error;
      throw new RequestValidationError([{ field: 'currentPassword', reason: 'is not the current password' }]);
    }
    if (newPassword === currentPassword) {
      const which = user.mustChangePassword ? 'the temporary password' : 'the current password';
      throw new RequestValidationError([{ field: 'newPassword', reason: `must differ from ${which}` }]);
    }
    await this.accounts.users.update(
      { id: user.id },
      { passwordHash: await hashPassword(newPassword), mustChangePassword: false },
    );
    await this.sessions.revoked(await this.accounts.revokeAllForUser(user.id));
    return this.issue({ ...user, mustChangePassword: false }, randomUUID());
  }

  principalOf(user: UserAccountEntity): Principal {
    return {
      userId: user.id,
      name: user.displayName,
      role: user.role,
      offices: user.offices,
      countries: user.partnerOrganisation?.countries ?? [],
      partnerOrganisationId: user.partnerOrganisationId,
      ...(user.mustChangePassword ? { mustChangePassword: true } : {}),
    };
  }

  private async issue(user: UserAccountEntity, familyId: string): Promise<SessionTokens> {
    const principal = this.principalOf(user);
    const refreshToken = randomBytes(32).toString('base64url');
    await this.accounts.refreshTokens.insert({
      userId: user.id,
      tokenHash: sha256(refreshToken),
      familyId,
      expiresAt: new Date(Date.now() + this.config.auth.refreshTokenTtlMs),
    });
    return {
      accessToken: await this.tokens.sign(principal, familyId),
      refreshToken,
      tokenType: 'Bearer',
      expiresIn: Math.floor(this.config.auth.accessTokenTtlMs / 1000),
      user: {
        id: user.id,
        name: user.displayName,
        role: user.role,
        offices: [...principal.offices],
        countries: [...principal.countries],
        mustChangePassword: user.mustChangePassword,
      },
    };
  }

  private badCredentials(): UnauthorizedException {
    return new UnauthorizedException({ code: 'invalid_credentials', message: 'The email or the password is wrong.' });
  }

  private locked(until: Date): HttpException {
    return new HttpException(
      {
        code: 'account_locked',
        message: `Too many failed sign-ins: the account is locked until ${until.toISOString()}.`,
      },
      HttpStatus.LOCKED,
    );
  }
}
