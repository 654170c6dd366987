// Test support only (see case-builder.ts): the people who act on the default case, one per role.
import { ACTION_ROLES, type CaseActionType } from '../case-actions';
import type { Actor, Role } from '../roles';

export const COUNSELLOR: Actor = { id: 'u-counsellor', name: 'Claire Counsellor', role: 'counsellor' };
export const LOGISTICS: Actor = { id: 'u-logistics', name: 'Luc Logistics', role: 'logistics_officer' };
export const PARTNER: Actor = { id: 'u-partner', name: 'Penda Partner', role: 'partner_focal_point' };
export const SUPERVISOR: Actor = { id: 'u-supervisor', name: 'Sophie Supervisor', role: 'supervisor' };
export const FINANCE: Actor = { id: 'u-finance', name: 'Fabien Finance', role: 'finance_officer' };
export const ADMIN: Actor = { id: 'u-admin', name: 'Ada Admin', role: 'administrator' };

export const ACTORS: Record<Role, Actor> = {
  counsellor: COUNSELLOR,
  logistics_officer: LOGISTICS,
  partner_focal_point: PARTNER,
  supervisor: SUPERVISOR,
  finance_officer: FINANCE,
  administrator: ADMIN,
};

/** The first role ACTION_ROLES allows for an action: who normally takes it. */
export function usualActor(type: CaseActionType): Actor {
  return ACTORS[ACTION_ROLES[type][0]];
}
