// The exact-amount input every money form shares: typed as the user writes numbers, read into minor units by
// parseAmount on submission, never by the browser as a float.
import type { ApiError } from '../api';
import { Field } from './field';

interface AmountFieldProps {
  label: string;
  /** The API's field name, so its violations show under this input. */
  name: string;
  value: string;
  onChange: (value: string) => void;
  error?: ApiError | null;
  hint?: string;
  /** What the form's own reading of the amount refused, announced as soon as it shows. */
  problem?: string | null;
}

export function AmountField({ label, name, value, onChange, error, hint, problem }: AmountFieldProps) {
  return (
    <>
      <Field label={label} name={name} error={error} hint={hint}>
        {(a) => (
          <input
            {...a}
            inputMode="decimal"
            autoComplete="off"
            value={value}
            onChange={(e) => onChange(e.target.value)}
            aria-invalid={a['aria-invalid'] || Boolean(problem)}
          />
        )}
      </Field>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
