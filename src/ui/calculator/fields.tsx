/** Small accessible form controls: a label, an optional hint, and an error tied to the input. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';

export function fieldId(name: string): string {
  return `f-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export function ErrorText({ id, code }: { id: string; code: string | undefined }) {
  const { t } = useTranslation('errors');
  if (!code) return null;
  return (
    <p id={id} className="field-error">
      {t(code)}
    </p>
  );
}

interface TextFieldProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  registration: UseFormRegisterReturn;
  inputMode?: 'text' | 'numeric' | 'decimal';
  placeholder?: string;
  autoComplete?: string;
}

export function TextField({ name, label, hint, error, registration, inputMode = 'text', placeholder, autoComplete = 'off' }: TextFieldProps) {
  const id = fieldId(name);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <input id={id} type="text" inputMode={inputMode} placeholder={placeholder} autoComplete={autoComplete} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...registration} />
      <ErrorText id={`${id}-error`} code={error} />
    </div>
  );
}

interface ChoiceProps {
  name: string;
  /**
   * The value shown checked in the prerendered HTML, before scripts run. It never changes afterwards: from
   * then on react-hook-form alone sets which option is checked.
   */
  initial?: string;
  legend: ReactNode;
  options: readonly { value: string; label: ReactNode; hint?: ReactNode }[];
  registration: UseFormRegisterReturn;
}

export function RadioGroup({ name, legend, options, registration, initial }: ChoiceProps) {
  const id = fieldId(name);
  return (
    <fieldset className="choice">
      <legend>{legend}</legend>
      {options.map((o) => (
        <div key={o.value} className="choice-option">
          <input type="radio" id={`${id}-${o.value}`} value={o.value} defaultChecked={initial === o.value} aria-describedby={o.hint ? `${id}-${o.value}-hint` : undefined} {...registration} />
          <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
          {o.hint ? (
            <span id={`${id}-${o.value}-hint`} className="hint">
              {o.hint}
            </span>
          ) : null}
        </div>
      ))}
    </fieldset>
  );
}

export function SelectField({ name, legend, options, registration, hint, error }: ChoiceProps & { hint?: ReactNode; error?: string }) {
  const id = fieldId(name);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{legend}</label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...registration}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label as string}
          </option>
        ))}
      </select>
      <ErrorText id={`${id}-error`} code={error} />
    </div>
  );
}
