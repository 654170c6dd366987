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
}

/**
 * Issues and checks the short-lived access tokens (HS256 JWT). An external OpenID Connect provider would replace
 * `verify` with a JWKS-checked token and a mapping from its claims to a Principal; nothing else needs to change.
 */
@Injectable()
export class TokenService {
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
    };
    return this.jwt.signAsync(claims);
  }

  /** The principal of a valid token, or null for anything expired, forged or malformed. */
  async verify(token: string): Promise<Principal | null> {
    try {
      const c = await this.jwt.verifyAsync<AccessClaims>(token, { algorithms: ['HS256'] });
      if (
        typeof c.sub !== 'string' ||
        typeof c.sid !== 'string' ||
        !ROLES.includes(c.role) ||
        !Array.isArray(c.offices) ||
        !Array.isArray(c.countries)
      ) {
        return null;
      }
      return {
        userId: c.sub,
        name: c.name,
        role: c.role,
        offices: c.offices,
        countries: c.countries,
        partnerOrganisationId: c.org,
        sessionId: c.sid,
      };
    } catch {
      return null;
    }
  }
}
