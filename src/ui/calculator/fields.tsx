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

/** What ties a control to its hint and its error. */
interface ControlAria {
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** A labelled field: the label, an optional hint, the control (given the ids to point at), and its error. */
function Field({ id, label, hint, error, control }: { id: string; label: ReactNode; hint?: ReactNode; error?: string; control: (aria: ControlAria) => ReactNode }) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {control({ 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      <ErrorText id={`${id}-error`} code={error} />
    </div>
  );
}

export function TextField({ name, label, hint, error, registration, inputMode = 'text', placeholder, autoComplete = 'off' }: TextFieldProps) {
  const id = fieldId(name);
  return (
    <Field
      id={id}
      label={label}
      hint={hint}
      error={error}
      control={(aria) => <input id={id} type="text" inputMode={inputMode} placeholder={placeholder} autoComplete={autoComplete} {...aria} {...registration} />}
    />
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
  return (
    <Field
      id={id}
      label={legend}
      hint={hint}
      error={error}
      control={(aria) => (
        <select id={id} {...aria} {...registration}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label as string}
            </option>
          ))}
        </select>
      )}
    />
  );
}
