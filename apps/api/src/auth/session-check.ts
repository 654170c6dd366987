import { Injectable } from '@nestjs/common';
import { AccountsRepository } from '@avrr/persistence';

// How long an answer is trusted before the database is asked again: the most an ended session lives on in another
// API instance (this one forgets it at once on logout).
const REMEMBER_MS = 15_000;

/**
 * Whether the sign-in behind an access token still stands: logout, a reused refresh token, a disabled account and
 * a change of role, scope or password all revoke its refresh-token family, and the access token stops working with
 * it instead of living on until it expires.
 */
@Injectable()
export class SessionCheck {
  private readonly known = new Map<string, { active: boolean; until: number }>();

  constructor(private readonly accounts: AccountsRepository) {}

  async isActive(sessionId: string): Promise<boolean> {
    const now = Date.now();
    const cached = this.known.get(sessionId);
    if (cached && cached.until > now) return cached.active;
    const active = await this.accounts.sessionActive(sessionId);
    if (this.known.size > 10_000) for (const [id, entry] of this.known) if (entry.until <= now) this.known.delete(id);
    this.known.set(sessionId, { active, until: now + REMEMBER_MS });
    return active;
  }

  forget(sessionId: string): void {
    this.known.delete(sessionId);
  }
}
