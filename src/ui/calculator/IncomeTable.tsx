/**
 * The months of income, built from the dates: both windows, each month marked with the windows it belongs
 * to; one column per payer. Fill every month at once, then edit single months; paste a column from a
 * spreadsheet. Months from the leave start on are empty by default, and the table says why that matters.
 */
import { useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CalcResult, MonthRow } from '../../core';
import type { Language } from '../../i18n/languages';
import { formatMoney, formatMonth } from '../format';
import { formatTyped, parseAmount } from './amounts';
import { planPaste, type PastePlan } from './paste';
import { ErrorText, fieldId } from './fields';
import { MAX_PAYERS } from '../../core/light';
import { amountField, tableMonths, type FieldErrors, type FormValues } from './formModel';

/** What each part of the form is given: the form, its values, their errors and which to show, the result. */
export interface FormPartProps {
  form: UseFormReturn<FormValues>;
  values: FormValues;
  errors: FieldErrors;
  visible: (name: string) => boolean;
  result: CalcResult | null;
}

export function IncomeTable({ form, values, errors, visible, result }: FormPartProps) {
  const { t, i18n } = useTranslation('calc');
  const lang = i18n.language as Language;
  const months = tableMonths(values);
  const [fill, setFill] = useState<string[]>([]);
  const [pasted, setPasted] = useState<Pick<PastePlan, 'skipped' | 'cut'> | null>(null);
  const rows = new Map<string, MonthRow>((result?.months ?? []).map((r) => [r.month, r]));
  const payers = Array.from({ length: values.payerCount }, (_, p) => p);
  const anyLeave = months.some((m) => m.onLeave);

  if (months.length === 0) {
    return <p className="hint">{t('form.income.needs_dates')}</p>;
  }

  const set = (month: string, p: number, value: string) => form.setValue(amountField(month, p) as never, value as never, { shouldDirty: true, shouldTouch: true });

  const fillColumn = (p: number) => {
    for (const m of months) if (!m.onLeave) set(m.month, p, fill[p] ?? '');
  };

  // A row or block from a spreadsheet fills months downward and payers rightward, adding payer columns.
  const onPaste = (start: number, p: number) => (e: ClipboardEvent<HTMLInputElement>) => {
    const plan = planPaste(e.clipboardData.getData('text'), { months: months.map((m) => m.month), row: start, payer: p, payerCount: values.payerCount, maxPayers: MAX_PAYERS });
    if (plan === null) return; // one value: the browser pastes it into this cell
    e.preventDefault();
    if (plan.payerCount > values.payerCount) form.setValue('payerCount', plan.payerCount, { shouldDirty: true });
    for (const w of plan.writes) set(w.month, w.payer, w.value);
    setPasted(plan.skipped.length > 0 || plan.cut > 0 ? { skipped: plan.skipped, cut: plan.cut } : null);
  };

  // Like a spreadsheet: Enter and the up and down arrows move between months, left and right between payers
  // (at the start or end of the text).
  const onKeyDown = (index: number, p: number) => (e: KeyboardEvent<HTMLInputElement>) => {
    const el = e.currentTarget;
    const atStart = el.selectionStart === 0 && el.selectionEnd === 0;
    const atEnd = el.selectionStart === el.value.length;
    const move: Record<string, [number, number] | null> = {
      Enter: e.shiftKey ? [-1, 0] : [1, 0],
      ArrowDown: [1, 0],
      ArrowUp: [-1, 0],
      ArrowRight: atEnd ? [0, 1] : null,
      ArrowLeft: atStart ? [0, -1] : null,
    };
    const step = move[e.key];
    if (!step || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = months[index + step[0]];
    const payer = p + step[1];
    if (e.key === 'Enter') e.preventDefault(); // never submits from a month cell
    if (!target || payer < 0 || payer >= values.payerCount) return;
    e.preventDefault();
    const next = document.getElementById(fieldId(amountField(target.month, payer))) as HTMLInputElement | null;
    next?.focus();
    next?.select();
  };

  const payerLabel = (p: number) => t(values.payer === 'employee' ? 'form.income.employer' : 'form.income.source', { n: p + 1 });

  return (
    <div className="income">
      <p className="hint" id="income-hint">
        {t(`form.income.hint_${values.incomeKind}`)}
      </p>
      <div className="fill-row">
        {payers.map((p) => (
          <div key={p} className="fill">
            <label htmlFor={`fill-${p}`}>{t('form.income.fill_label', { payer: payerLabel(p) })}</label>
            <div className="fill-controls">
              <input
                id={`fill-${p}`}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={fill[p] ?? ''}
                onChange={(e) => setFill((f) => Object.assign([...f], { [p]: e.target.value }))}
              />
              <button type="button" onClick={() => fillColumn(p)}>
                {t('form.income.fill_button')}
              </button>
            </div>
          </div>
        ))}
      </div>
      {anyLeave ? <p className="note leave-note">{t('form.income.leave_note')}</p> : null}
      <div className="table-scroll" role="region" aria-labelledby="income-caption" tabIndex={0}>
        <table className="income-table">
          <caption id="income-caption">{t('form.income.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('form.income.month')}</th>
              {payers.map((p) => (
                <th scope="col" key={p}>
                  {payerLabel(p)}
                  {values.incomeKind === 'contributions' && values.payer === 'employee' ? (
                    <label className="single-payment">
                      <input
                        type="checkbox"
                        checked={values.singlePayment[p] === true}
                        onChange={(e) => form.setValue('singlePayment', Object.assign([...values.singlePayment], { [p]: e.target.checked }), { shouldDirty: true })}
                      />{' '}
                      {t('form.income.single_payment')}
                    </label>
                  ) : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {months.map((m, index) => {
              const row = rows.get(m.month);
              return (
                <tr key={m.month} className={m.onLeave ? 'on-leave' : undefined}>
                  <th scope="row">
                    <span className="month-name">{formatMonth(m.month, lang)}</span>
                    <span className="windows">
                      {m.inMaternity ? <span className="badge badge-m">{t('form.income.window_maternity')}</span> : null}
                      {m.inChildcare ? <span className="badge badge-c">{t('form.income.window_childcare')}</span> : null}
                      {m.onLeave ? <span className="badge badge-leave">{t('form.income.on_leave')}</span> : null}
                    </span>
                  </th>
                  {payers.map((p) => {
                    const name = amountField(m.month, p);
                    const id = fieldId(name);
                    const error = visible(name) ? errors[name] : undefined;
                    const payer = row?.payers[p];
                    const note = payer?.capped ? t('form.income.capped', { base: formatMoney(payer.base, lang) }) : payer?.floored ? t('form.income.floored', { base: formatMoney(payer.base, lang) }) : null;
                    return (
                      <td key={p}>
                        <input
                          id={id}
                          type="text"
                          inputMode="decimal"
                          autoComplete="off"
                          aria-label={`${formatMonth(m.month, lang)}, ${payerLabel(p)}`}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={[error ? `${id}-error` : '', note ? `${id}-note` : ''].filter(Boolean).join(' ') || undefined}
                          {...form.register(name as never, {
                            // Once typed, an amount is shown grouped ("260000" → "260 000"), as its neighbours are.
                            onBlur: (e: { target: HTMLInputElement }) => {
                              const parsed = parseAmount(e.target.value);
                              if (parsed.ok && parsed.value !== '' && formatTyped(parsed.value) !== e.target.value) set(m.month, p, formatTyped(parsed.value));
                            },
                          })}
                          onPaste={onPaste(index, p)}
                          onKeyDown={onKeyDown(index, p)}
                        />
                        {note ? (
                          <span id={`${id}-note`} className="cell-note">
                            {note}
                          </span>
                        ) : null}
                        <ErrorText id={`${id}-error`} code={error} />
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {pasted ? (
        <div className="paste-note" role="status">
          {pasted.skipped.map((line) => (
            <p key={line.line}>{t('form.income.paste_skipped', { line: line.line, text: line.text })}</p>
          ))}
          {pasted.cut > 0 ? <p>{t('form.income.paste_cut', { count: pasted.cut })}</p> : null}
        </div>
      ) : null}
      <div className="payer-buttons">
        {values.payerCount < MAX_PAYERS ? (
          <button type="button" onClick={() => form.setValue('payerCount', values.payerCount + 1, { shouldDirty: true })}>
            {t('form.income.add_payer')}
          </button>
        ) : null}
        {values.payerCount > 1 ? (
          <button type="button" onClick={() => form.setValue('payerCount', values.payerCount - 1, { shouldDirty: true })}>
            {t('form.income.remove_payer', { payer: payerLabel(values.payerCount - 1) })}
          </button>
        ) : null}
      </div>
    </div>
  );
}
