import type { ApiError } from '../api';
import { Field } from '../components';

/** One text input of a small form kept as a record of strings, with the API's messages for it. */
export function TextField<T extends Record<string, string>>({
  fields,
  onChange,
  name,
  label,
  hint,
  error,
}: {
  fields: T;
  onChange: (fields: T) => void;
  name: keyof T & string;
  label: string;
  hint?: string;
  error: ApiError | null;
}) {
  return (
    <Field label={label} name={name} error={error} hint={hint}>
      {(a) => <input {...a} value={fields[name]} onChange={(e) => onChange({ ...fields, [name]: e.target.value })} />}
    </Field>
  );
}
