import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api';
import { Check, Field, violationsOf } from '../components';
import { OFFICE_ROLES, type OfficeView, type PartnerOrganisationView, ROLES, type Role } from './admin-forms';

export interface Scope {
  role: Role;
  offices: string[];
  partnerOrganisationId: string;
}

/** What the API takes for a role and scope: offices for office roles, an organisation for a partner focal point. */
export function scopeBody(scope: Scope) {
  return {
    role: scope.role,
    ...(OFFICE_ROLES.includes(scope.role) ? { offices: scope.offices } : {}),
    ...(scope.role === 'partner_focal_point' ? { partnerOrganisationId: scope.partnerOrganisationId || null } : {}),
  };
}

export const SCOPE_FIELDS = ['role', 'offices', 'partnerOrganisationId'];

/** Role, then the scope that role takes, with the API's messages at each. */
export function ScopeFields({
  scope,
  onChange,
  offices,
  organisations,
  error,
}: {
  scope: Scope;
  onChange: (scope: Scope) => void;
  offices: OfficeView[];
  organisations: PartnerOrganisationView[];
  error: ApiError | null;
}) {
  const { t } = useTranslation();
  const officeErrors = violationsOf(error, 'offices');
  return (
    <>
      <Field label={t('admin.users.role')} name="role" error={error}>
        {(a) => (
          <select {...a} value={scope.role} onChange={(e) => onChange({ ...scope, role: e.target.value as Role })}>
            <RoleOptions />
          </select>
        )}
      </Field>
      {OFFICE_ROLES.includes(scope.role) && (
        <fieldset className={`checks${officeErrors.length ? ' field-invalid' : ''}`}>
          <legend>{t('admin.users.offices')}</legend>
          {offices.map((o) => (
            <Check
              key={o.code}
              name="offices"
              label={`${o.code} · ${o.name}`}
              checked={scope.offices.includes(o.code)}
              onChange={(on) =>
                onChange({
                  ...scope,
                  offices: on ? [...scope.offices, o.code] : scope.offices.filter((c) => c !== o.code),
                })
              }
            />
          ))}
          {officeErrors.length > 0 && (
            <p className="field-error" data-field="offices">
              {officeErrors.join('; ')}
            </p>
          )}
        </fieldset>
      )}
      {scope.role === 'partner_focal_point' && (
        <Field label={t('admin.users.organisation')} name="partnerOrganisationId" error={error}>
          {(a) => (
            <select
              {...a}
              value={scope.partnerOrganisationId}
              onChange={(e) => onChange({ ...scope, partnerOrganisationId: e.target.value })}
            >
              <option value="">{t('admin.users.chooseOrganisation')}</option>
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name} ({o.countries.join(', ')})
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
    </>
  );
}

/** Every role as an option, by its name in the user's language. */
export function RoleOptions() {
  const { t } = useTranslation();
  return ROLES.map((r) => (
    <option key={r} value={r}>
      {t(`roles.${r}`)}
    </option>
  ));
}
