// Form controls with the API's messages for their field under them.
import { type ReactNode, useId } from 'react';
import type { ApiError } from '../api';

/** Violations of one field (exact path). */
export function violationsOf(error: ApiError | null | undefined, field: string): string[] {
  return (error?.violations ?? []).filter((v) => v.field === field).map((v) => v.reason);
}

interface FieldProps {
  label: string;
  name: string;
  error?: ApiError | null;
  hint?: string;
  children: (props: {
    id: string;
    name: string;
    'aria-invalid': boolean;
    'aria-describedby': string | undefined;
  }) => ReactNode;
}

/** A labelled control with the API's messages for its field under it, tied to it for screen readers. */
export function Field({ label, name, error, hint, children }: FieldProps) {
  const id = useId();
  const messages = violationsOf(error, name);
  const described =
    [hint ? `${id}-hint` : '', messages.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${messages.length ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, name, 'aria-invalid': messages.length > 0, 'aria-describedby': described })}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {messages.length > 0 && (
        <p className="field-error" id={`${id}-error`} data-field={name}>
          {messages.join('; ')}
        </p>
      )}
    </div>
  );
}

export function Check({
  label,
  checked,
  onChange,
  name,
}: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  name: string;
}) {
  const id = useId();
  return (
    <div className="check">
      <input type="checkbox" id={id} name={name} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
