// A pick among a country's active service providers, with a first choice for a supplier not on the list: the final
// report's invoices and the grant's in-kind tranches name suppliers this way.
import { useTranslation } from 'react-i18next';
import type { ServiceProviderView } from '../types';

interface ProviderSelectProps {
  /** The control's props from its Field. */
  control: { id: string; name: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined };
  providers: ServiceProviderView[];
  value: string;
  onChange: (providerId: string) => void;
  /** The first choice's words, for no provider ('' as value). */
  none: string;
}

export function ProviderSelect({ control, providers, value, onChange, none }: ProviderSelectProps) {
  const { t } = useTranslation();
  return (
    <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{none}</option>
      {providers.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name} ({t(`providers.kinds.${p.kind}`)})
        </option>
      ))}
    </select>
  );
}
