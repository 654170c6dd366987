import type { Actor, Role } from '../case/roles';

/** Who is signed in, as the access token says: enough to decide what they may do and see, without a lookup. */
export interface Principal {
  userId: string;
  name: string;
  role: Role;
  /** Office codes (counsellors, logistics officers, supervisors). */
  offices: readonly string[];
  /** Countries of return of the partner organisation (partner focal points). */
  countries: readonly string[];
  partnerOrganisationId: string | null;
  /** The sign-in this token belongs to (its refresh-token family); ending it ends the token too. */
  sessionId?: string;
  /**
   * Signed in with a password an administrator set: until the person chooses their own, the token may only change it
   * (and sign out). Carried in the token, so that ordinary requests need no look-up for it.
   */
  mustChangePassword?: boolean;
}

/** Which cases a principal sees, as plain data the repositories turn into SQL (see `CaseScope`). */
export interface PrincipalCaseScope {
  offices?: readonly string[];
  countriesOfReturn?: readonly string[];
  partnerOrganisations?: readonly string[];
  afterPreArrivalNotice?: boolean;
}

/**
 * The object-level rule:
 * - counsellors, logistics officers and supervisors see the cases of their offices;
 * - partner focal points see the cases assigned to their organisation, once the pre-arrival notice is sent (not every
 *   case bound for its countries: several organisations may cover one country);
 * - finance officers work programme-wide, but only on money (their permissions give no case content);
 * - administrators see no case.
 */
export function caseScopeFor(p: Principal): PrincipalCaseScope {
  switch (p.role) {
    case 'counsellor':
    case 'logistics_officer':
    case 'supervisor':
      return { offices: [...p.offices] };
    case 'partner_focal_point':
      // A focal point without an organisation (a broken account) sees nothing: an empty list grants nothing.
      return {
        partnerOrganisations: p.partnerOrganisationId ? [p.partnerOrganisationId] : [],
        afterPreArrivalNotice: true,
      };
    case 'finance_officer':
      return {};
    case 'administrator':
      return { offices: [] };
  }
}

export function actorOf(p: Principal): Actor {
  return { id: p.userId, name: p.name, role: p.role };
}
