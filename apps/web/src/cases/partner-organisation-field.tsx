import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api';
import { Field, useApi } from '../components';
import type { PartnerOrganisation } from '../types';

/**
 * The intake's choice of partner organisation among those covering the country typed so far. Left empty, the API
 * assigns the only one covering it, or asks (400 on `partnerOrganisationId`) when there are several.
 */
export function PartnerOrganisationField({
  country,
  value,
  onChange,
  error,
}: {
  country: string;
  value: string;
  onChange: (value: string) => void;
  error: ApiError | null;
}) {
  const { t } = useTranslation();
  const code = /^[A-Za-z]{2}$/.test(country) ? country.toUpperCase() : null;
  const [partners] = useApi<PartnerOrganisation[]>(code ? `/partner-organisations?country=${code}` : null);
  const choices = code && partners.status === 'ok' ? partners.data : [];
  return (
    <Field label={t('newCase.partnerOrganisation')} name="partnerOrganisationId" error={error}>
      {(a) => (
        <select {...a} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">
            {choices.length === 1
              ? t('newCase.partnerOnly', { name: choices[0].name })
              : t(choices.length ? 'newCase.partnerChoose' : 'newCase.partnerNone')}
          </option>
          {choices.length > 1 &&
            choices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
        </select>
      )}
    </Field>
  );
}
