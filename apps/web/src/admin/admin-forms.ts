// What the administration forms share: the API's shapes, and a conflict shown at the field it is about.
import type { components } from '../api-schema';
import { ApiError } from '../api';

type Schemas = components['schemas'];
export type UserView = Schemas['UserView'];
export type UserPage = Schemas['UserPage'];
export type OfficeView = Schemas['OfficeView'];
export type PartnerOrganisationView = Schemas['PartnerOrganisationView'];
export type Role = UserView['role'];

export const ROLES: readonly Role[] = [
  'counsellor',
  'logistics_officer',
  'partner_focal_point',
  'supervisor',
  'finance_officer',
  'administrator',
];
/** The roles whose scope is offices; a partner focal point's is an organisation; the others have none. */
export const OFFICE_ROLES: readonly Role[] = ['counsellor', 'logistics_officer', 'supervisor'];

/**
 * A 409 that names an existing record (`code`) is about one field of the form: shown there, like a violation, so the
 * person sees which value to change.
 */
export function atField(error: unknown, code: string, field: string): unknown {
  if (!(error instanceof ApiError) || error.code !== code) return error;
  return new ApiError(400, error.message, error.code, [{ field, reason: error.message }], null, error.requestId);
}

/** "SN, ML" or "sn ml" as the API's list of codes. */
export function codeList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((c) => c.trim())
    .filter(Boolean);
}
