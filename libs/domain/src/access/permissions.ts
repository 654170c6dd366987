import { ACTION_ROLES, type CaseActionType } from '../case/case-actions';
import { ROLES, type Role } from '../case/roles';

const STAFF_ON_CASES: readonly Role[] = ['counsellor', 'logistics_officer', 'partner_focal_point', 'supervisor'];

/**
 * The function-level rules: which roles may call what. Every API route names exactly one permission, and a route
 * without one is refused, so this table is the whole answer to "who may do this". Case actions come from
 * `ACTION_ROLES` as `case.<action>`. Which cases a role sees is a separate rule, `caseScopeFor`.
 * docs/ACCESS.md renders this table for people.
 */
const NAMED_PERMISSIONS = {
  'auth.session': ROLES,
  /** Their own password (POST /auth/password), the one thing a sign-in with a temporary password may do. */
  'auth.password': ROLES,
  'cases.open': ['counsellor'],
  'cases.read': STAFF_ON_CASES,
  'cases.audit.read': ['supervisor'],
  /** Their own work queue (GET /me/work): what waits on their role, overdue and due soon, within their scope. */
  'work.read': STAFF_ON_CASES,
  'assets.read': ['counsellor', 'supervisor', 'finance_officer'],
  'assets.declare': ['counsellor'],
  'assets.verify': ['finance_officer'],
  'transfers.instruct': ['counsellor', 'finance_officer'],
  'transfers.execute': ['finance_officer'],
  'transfers.cancel': ['counsellor', 'finance_officer'],
  'statement.read': ['counsellor', 'supervisor', 'finance_officer'],
  'grants.read': ['counsellor', 'partner_focal_point', 'supervisor', 'finance_officer'],
  'grants.setup': ['supervisor', 'finance_officer'],
  'grants.pay': ['finance_officer'],
  /** What waits on finance across the programme: assets to verify, transfers to move on, tranches to pay. */
  'finance.work.read': ['finance_officer'],
  'reconciliation.export': ['supervisor', 'finance_officer'],
  'skills.read': ['counsellor', 'partner_focal_point', 'supervisor'],
  'skills.write': ['counsellor', 'partner_focal_point'],
  'surveys.read': ['partner_focal_point', 'supervisor'],
  'surveys.write': ['partner_focal_point'],
  'links.read': ['counsellor', 'partner_focal_point', 'supervisor'],
  'links.write': ['partner_focal_point'],
  'matches.read': ['partner_focal_point'],
  'opportunities.read': ['counsellor', 'partner_focal_point', 'supervisor'],
  'opportunities.manage': ['partner_focal_point'],
  'occupations.read': ['counsellor', 'logistics_officer', 'partner_focal_point', 'supervisor', 'administrator'],
  'views.read': ['partner_focal_point', 'supervisor'],
  'views.outcomes': ['supervisor'],
  'notifications.manage': ['administrator'],
  /** Their own inbox and notification choices (GET/POST /me/notifications, GET/PUT /me/notification-preferences). */
  'notifications.own': STAFF_ON_CASES,
  'accounts.manage': ['administrator'],
  'reference-data.manage': ['administrator'],
  'audit.verify': ['administrator', 'supervisor'],
  /** Files on a case (issue 16); which kinds each role may touch is DOCUMENT_KIND_RULES. */
  'documents.read': [...STAFF_ON_CASES, 'finance_officer'],
  'documents.upload': [...STAFF_ON_CASES, 'finance_officer'],
  'documents.withdraw': [...STAFF_ON_CASES, 'finance_officer'],
  /** Possible earlier cases of the same person, and the counsellor's decision on each. */
  'duplicates.read': ['counsellor', 'supervisor'],
  'duplicates.decide': ['counsellor'],
  /** The organisations receiving returnees in a country: the choice at intake and on reassignment. */
  'partners.read': ['counsellor', 'supervisor'],
  /** Suppliers of in-kind assistance per country of return (issue 16, part 5); which countries: providerCountriesFor. */
  'providers.read': ['partner_focal_point', 'supervisor', 'finance_officer', 'administrator'],
  'providers.manage': ['partner_focal_point', 'supervisor', 'administrator'],
  /** Transfer a case to another office, or reassign it to another counsellor or partner organisation (issue 16). */
  'cases.reassign': ['supervisor'],
  /** A subject-access export: everything held about one person (issue 14). */
  'persons.export': ['supervisor'],
  /** Erasure of a closed case's personal data on a person's request, ahead of retention (issue 14). */
  'persons.erase': ['supervisor'],
  /** Pre-departure information sheets per country of return and language (issue 16): read to give them, kept in versions. */
  'information_sheets.read': ['counsellor', 'supervisor', 'administrator'],
  'information_sheets.manage': ['administrator'],
} as const satisfies Record<string, readonly Role[]>;

export type NamedPermission = keyof typeof NAMED_PERMISSIONS;
export type CaseActionPermission = `case.${CaseActionType}`;
export type Permission = NamedPermission | CaseActionPermission;

export const PERMISSION_ROLES: Readonly<Record<Permission, readonly Role[]>> = Object.freeze({
  ...NAMED_PERMISSIONS,
  ...(Object.fromEntries(Object.entries(ACTION_ROLES).map(([action, roles]) => [`case.${action}`, roles])) as Record<
    CaseActionPermission,
    readonly Role[]
  >),
});

export function isAllowed(role: Role, permission: Permission): boolean {
  return PERMISSION_ROLES[permission]?.includes(role) ?? false;
}

export function caseActionPermission(action: CaseActionType): CaseActionPermission {
  return `case.${action}`;
}
