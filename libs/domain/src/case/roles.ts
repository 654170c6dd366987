export const ROLES = [
  'counsellor',
  'logistics_officer',
  'partner_focal_point',
  'supervisor',
  'finance_officer',
  'administrator',
] as const;
export type Role = (typeof ROLES)[number];

/** Who acted: a person with a role, or the service itself (timers, compensation). */
export interface Actor {
  id: string;
  name: string;
  role: Role | 'system';
}

export const SYSTEM_ACTOR: Actor = { id: 'system', name: 'system', role: 'system' };
