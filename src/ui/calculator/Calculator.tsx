import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalcResult, CaseInput } from '../../core';
import { LAW_DATA } from '../../core/light';
import { formatNumericDate } from '../format';
import { CalculatorForm } from './CalculatorForm';
import { fieldId } from './fields';
import { openDetailsForPrint } from './print';
import { SavedCases, UndoBar } from './SavedCases';
import { todayIso } from './link';
import { useCalculator, type Keeping } from './useCalculator';

function pathValue(obj: unknown, name: string): unknown {
  let here = obj;
  for (const key of name.split('.')) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<string, unknown>)[key];
  }
  return here;
}

export interface CalculatorProps {
  /** Called with every new result (the widget sends it to the host page when the host asked for it). */
  onResult?: (result: CalcResult | null, input: CaseInput | null) => void;
  /** Shown at the top of the result: the widget says there that the host site receives the result. */
  resultNotice?: ReactNode;
  /** Where the person's cases are kept (the widget keeps its own; the guide's preview keeps nothing). */
  keeping?: Keeping;
}

export function Calculator({ onResult, resultNotice, keeping = 'calculator' }: CalculatorProps = {}) {
  const { t } = useTranslation('calc');
  const { form, values, calculation, notices, dismiss, ready, cases, undo, views, lawKnownUntil } = useCalculator(keeping);
  const { Actions, Glance, InputsSummary, MiniSummary, ResultDetails, Summary } = views ?? {};
  // Today, by the device's clock, for "the next deadline" (the core itself has no clock).
  const [today] = useState(todayIso);
  const [showAll, setShowAll] = useState(false);
  useEffect(openDetailsForPrint, []);
  const touched = form.formState.touchedFields;
  const errors = calculation.validated.ok ? {} : calculation.validated.errors;

  const visible = (name: string) => {
    if (showAll || pathValue(touched, name) === true) return true;
    const v = pathValue(values, name);
    return typeof v === 'string' && v.trim() !== '';
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setShowAll(true);
    const first = Object.keys(errors)[0];
    if (first) document.getElementById(fieldId(first))?.focus();
    else document.getElementById('result-heading')?.focus();
  };

  // Clearing starts a new case: the one cleared stays in the saved list, and Undo brings it back.
  const reset = () => {
    cases.startNew();
    setShowAll(false);
  };

  const result = calculation.result;
  const input = calculation.validated.ok ? calculation.validated.input : null;
  useEffect(() => onResult?.(result, input), [onResult, result, input]);
  const errorCount = Object.keys(errors).filter(visible).length;

  return (
    <div className="calculator" data-ready={ready}>
      {notices.length > 0 ? (
        <div className="notices no-print" role="status">
          {notices.map((n) => (
            <p key={n} className={`notice notice-${n}`}>
              {t(`notices.${n}`)}{' '}
              <button type="button" className="link-button" onClick={() => dismiss(n)}>
                {t('notices.dismiss')}
              </button>
            </p>
          ))}
        </div>
      ) : null}
      {keeping !== 'nothing' ? <SavedCases cases={cases} undo={undo} /> : null}
      <div className="layout">
        <form className="calc-form no-print" noValidate autoComplete="off" onSubmit={onSubmit} aria-label={t('form.label')}>
          <CalculatorForm form={form} values={values} errors={errors} visible={visible} result={result} />
          {result && MiniSummary ? <MiniSummary result={result} /> : null}
          <div className="form-buttons no-print">
            <button type="submit" className="primary">
              {t('form.calculate')}
            </button>
            <button type="button" onClick={reset}>
              {t('form.reset')}
            </button>
          </div>
          {undo && undo.kind === 'cleared' ? <UndoBar undo={undo} /> : null}
        </form>
        <section className="result" aria-labelledby="result-heading">
          <h2 id="result-heading" tabIndex={-1}>
            {t('result.title')}
          </h2>
          {resultNotice}
          <div aria-live="polite" aria-atomic="true" className="live">
            {result && Summary && Glance ? (
              <>
                <Glance result={result} today={today} />
                <Summary result={result} />
              </>
            ) : (
              <p className="placeholder">{errorCount > 0 ? t('result.fix_errors', { count: errorCount }) : t('result.placeholder')}</p>
            )}
          </div>
          {result && calculation.validated.ok && InputsSummary && ResultDetails && Actions ? (
            <>
              <InputsSummary values={calculation.values} result={result} />
              <ResultDetails result={result} today={today} estimated={calculation.values.leaveSource === 'estimate' && calculation.values.leaveCase !== 'adoption'} />
              <Actions result={result} input={calculation.validated.input} />
            </>
          ) : null}
          <p className="disclaimer">
            {result ? <span className="print-only">{t('calculated_on', { date: formatNumericDate(today) })} </span> : null}
            {t('disclaimer')} {lawKnownUntil ? t('law_data', { date: formatNumericDate(LAW_DATA.updated), until: formatNumericDate(lawKnownUntil) }) : null}
          </p>
        </section>
      </div>
    </div>
  );
}
