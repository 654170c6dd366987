import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { type Principal, ROLES, type Role } from '@avrr/domain';

interface AccessClaims {
  sub: string;
  name: string;
  role: Role;
  offices: string[];
  countries: string[];
  org: string | null;
  sid: string;
  /** Present (true) only while the password must be changed; see Principal.mustChangePassword. */
  pwc?: true;
  exp?: number;
}

/** Verified tokens remembered at most; past it the expired ones go, then the oldest. */
const REMEMBERED_TOKENS = 10_000;

/**
 * Issues and checks the short-lived access tokens (HS256 JWT). An external OpenID Connect provider would replace
 * `verify` with a JWKS-checked token and a mapping from its claims to a Principal; nothing else needs to change.
 */
@Injectable()
export class TokenService {
  /**
   * Tokens already verified, with their principal, until they expire: a client sends the same token on every request,
   * and checking its signature and claims again each time is CPU for nothing. Whether the sign-in still stands is not
   * cached here: the session check runs on every request (SessionCheck), so a revoked session is still refused at once.
   */
  private readonly verified = new Map<string, { principal: Principal; expiresAt: number }>();

  constructor(private readonly jwt: JwtService) {}

  sign(p: Principal, sessionId: string): Promise<string> {
    const claims: AccessClaims = {
      sub: p.userId,
      name: p.name,
      role: p.role,
      offices: [...p.offices],
      countries: [...p.countries],
      org: p.partnerOrganisationId,
      sid: sessionId,
      ...(p.mustChangePassword ? { pwc: true as const } : {}),
    };
    return this.jwt.signAsync(claims);
  }

  /** The principal of a valid token, or null for anything expired, forged or malformed. */
  async verify(token: string): Promise<Principal | null> {
    const now = Date.now();
    const known = this.verified.get(token);
    if (known && known.expiresAt > now) return known.principal;
    if (known) this.verified.delete(token);
    const principal = await this.check(token);
    if (principal) this.remember(token, principal.principal, principal.expiresAt, now);
    return principal?.principal ?? null;
  }

  private remember(token: string, principal: Principal, expiresAt: number, now: number): void {
    if (this.verified.size >= REMEMBERED_TOKENS) {
      for (const [t, entry] of this.verified) if (entry.expiresAt <= now) this.verified.delete(t);
      if (this.verified.size >= REMEMBERED_TOKENS) this.verified.delete(this.verified.keys().next().value!);
    }
    this.verified.set(token, { principal, expiresAt });
  }

  private async check(token: string): Promise<{ principal: Principal; expiresAt: number } | null> {
    try {
      const c = await this.jwt.verifyAsync<AccessClaims>(token, { algorithms: ['HS256'] });
      if (
        typeof c.sub !== 'string' ||
        typeof c.sid !== 'string' ||
        !ROLES.includes(c.role) ||
        !Array.isArray(c.offices) ||
        !Array.isArray(c.countries) ||
        typeof c.exp !== 'number'
      ) {
        return null;
      }
      // Shared by every request that sends this token: frozen, so that no request can change another's principal.
      const principal: Principal = Object.freeze({
        userId: c.sub,
        name: c.name,
        role: c.role,
        offices: Object.freeze(c.offices),
        countries: Object.freeze(c.countries),
        partnerOrganisationId: c.org,
        sessionId: c.sid,
        ...(c.pwc === true ? { mustChangePassword: true } : {}),
      });
      // jsonwebtoken refuses a token from its `exp` second on.
      return { principal, expiresAt: c.exp * 1000 };
    } catch {
      return null;
    }
  }
}
