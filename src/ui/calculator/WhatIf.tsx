/**
 * "What if": a copy of the person's case, changed by the edits people ask about (scenario.ts), computed by
 * the same core and shown beside the current result — each payment, the grand total, the dates and deadlines,
 * the difference, and why they differ (core/compare.ts). Loaded only when the person opens it (or a comparison
 * link or a reload brings one); kept in storage as it changes (whatIfStore.ts).
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalcResult, Case, CaseInput } from '../../core';
import type { Figure } from '../../core';
import { LEAVE_CASES, MAX_CHILDREN_BORN, PAYERS } from '../../core/light';
import type { Language } from '../../i18n/languages';
import { changeLines, comparisonAsText, figureDiff, figureValue, groupTitle, reasonGroups, reasonText } from './compareText';
import { formatMoney, formatMonth, formatNumericDate } from '../format';
import { DEFAULT_VALUES, isoOf } from './formModel';
import { changesOf, countedMonths, payersOf, withAnotherPayer, withEdit, withIncomeFrom, withoutPayer } from './scenario';
import type { StoredScenario } from './whatIfStore';
import type { WhatIfKit } from './WhatIfEntry';
import './whatif.css';

export interface WhatIfProps {
  /**
   * What the comparison uses from the rest of the page (the engine, parsing, copying, storage), passed in
   * rather than imported: the page's files then stay byte for byte as they were (WhatIfEntry.tsx).
   */
  kit: WhatIfKit;
  result: CalcResult;
  input: CaseInput;
  /** `input` in the case format's JSON, as the store keys a scenario by it. */
  inputJson: string;
  stored: StoredScenario | null;
  onClose: () => void;
}

type Typed = Record<string, string>;


/** A signed class for a difference: the page colours it, and says it in words for a screen reader. */
const sign = (f: Figure) => {
  const n = f.kind === 'money' ? Number(f.diff) : (f.days ?? 0);
  return n > 0 ? 'up' : n < 0 ? 'down' : 'same';
};

export default function WhatIf({ kit, result, input, inputJson, stored, onClose }: WhatIfProps) {
  const { compareResults, computeCase, parseCase, validate } = kit.engine;
  const { copyText, encodeCase, parseAmount, typeDate, writeScenario } = kit;
  /** A typed date as the form reads it: its ISO date ('' when empty), or the form's own message key. */
  const readDate = (text: string): { iso: string } | { error: string } => {
    if (text.trim() === '') return { iso: '' };
    const iso = isoOf(text);
    if (iso !== null) return { iso };
    const checked = validate({ ...DEFAULT_VALUES, leaveSource: 'sheet', leaveStart: text });
    return { error: (!checked.ok && checked.errors.leaveStart) || 'date.format' };
  };
  const parsed = (c: CaseInput | null): Case | null => {
    if (c === null) return null;
    const p = parseCase(c);
    return p.ok ? p.value : null;
  };
  const { t, i18n } = useTranslation(['next', 'calc', 'errors']);
  const lang = i18n.language as Language;
  const uid = useId();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- parseCase is the engine's, the same for the page's life
  const current = useMemo(() => parsed(input), [input]);
  const fromLinkBroken = stored !== null && stored.scenario === null;
  const [scenario, setScenario] = useState<Case | null>(() => parsed(stored?.scenario ?? null) ?? current);
  const [base, setBase] = useState<string>(() => stored?.base ?? inputJson);
  const [typed, setTyped] = useState<Typed>(() => stored?.typed ?? {});
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  /** Why a date field's text was not taken (a message key), by field. */
  const [dateProblems, setDateProblems] = useState<Record<string, string | null>>({});
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // As the result's own link: income goes into a link only when the person asks for it (kept with the scenario).
  const withIncome = typed.linkIncome === '1';

  useEffect(() => {
    if (scenario) writeScenario({ v: 1, scenario, base, open: true, typed });
  }, [writeScenario, scenario, base, typed]);

  const b = useMemo(() => (scenario ? computeCase(scenario) : null), [computeCase, scenario]);
  const comparison = useMemo(() => (current && scenario && b ? compareResults({ case: current, result }, { case: scenario, result: b }) : null), [compareResults, current, scenario, result, b]);
  const changes = useMemo(() => (current && scenario ? changesOf(current, scenario) : null), [current, scenario]);
  // The months a raise or another employer can start from: the scenario's windows (else the current case's).
  const counted = useMemo(() => {
    const own = [b?.maternity, b?.childcare].filter((w) => w !== undefined);
    return countedMonths(own.length > 0 ? own : [result.maternity, result.childcare].filter((w) => w !== undefined));
  }, [b, result]);

  if (!current || !scenario || !comparison || !changes) return null;

  const dateProblem = (field: 'leaveStart' | 'birthDate', code: string | null) => setDateProblems((old) => ({ ...old, [field]: code }));

  /**
   * Takes a changed scenario when it is a valid case; else says why — on the date field that was changed, when
   * one was, else under the fields — and keeps the one there is.
   */
  const take = (next: Case | null, done?: string, field?: 'leaveStart' | 'birthDate') => {
    if (next === null) return false;
    const p = parseCase(next);
    if (!p.ok) {
      if (field) dateProblem(field, (p.errors.find((e) => e.path === field) ?? p.errors[0]).code);
      else setProblem(t(`errors:${p.errors[0].code}`));
      return false;
    }
    if (field) dateProblem(field, null);
    setProblem(null);
    setScenario(p.value);
    if (done) setStatus(done);
    return true;
  };

  const type = (name: string, value: string) => setTyped((old) => ({ ...old, [name]: value }));
  const forget = (...names: string[]) => setTyped((old) => Object.fromEntries(Object.entries(old).filter(([k]) => !names.includes(k))));

  /**
   * A date is taken when its text is complete — a four-digit year (or ISO), or when the field is left or Enter
   * pressed — never half-typed («01.01.20» on the way to 01.01.2007 is 2020). A text that is no date, or a date
   * the case format refuses, marks the field and leaves the scenario's date as it was.
   */
  const commitDate = (name: 'leaveStart' | 'birthDate', text: string) => {
    const read = readDate(text);
    if ('error' in read) return dateProblem(name, read.error);
    const value = read.iso === '' ? undefined : read.iso;
    if (value === scenario[name]) return dateProblem(name, null);
    take(withEdit(scenario, { field: name, value }), undefined, name);
  };
  const complete = (text: string) => /\d{4}\D*$/.test(text.trim()) || /^\d{4}-\d{1,2}-\d{1,2}$/.test(text.trim());

  const dateField = (name: 'leaveStart' | 'birthDate', label: string) => {
    const date = scenario[name];
    const text = typed[name] ?? (date ? formatNumericDate(date) : '');
    const code = dateProblems[name];
    const error = code ? t(`errors:${code}`) : null;
    const id = `${uid}-${name}`;
    return (
      <div className="whatif-field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          data-testid={`whatif-${name}`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('calc:form.date_placeholder')}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            const value = typeDate(text, e.target.value);
            type(name, value);
            if (complete(value)) commitDate(name, value);
            else dateProblem(name, null);
          }}
          onBlur={() => commitDate(name, text)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commitDate(name, text);
            }
          }}
        />
        {error ? (
          <p className="field-error" id={`${id}-error`}>
            {error}
            {/* The form's messages end without a full stop; a second sentence needs one. */}
            {date ? `${/[.!?]$/.test(error) ? '' : '.'} ${t('next:whatif.kept_date', { date: formatNumericDate(date) })}` : ''}
          </p>
        ) : null}
      </div>
    );
  };

  const monthOptions = counted.map((m) => (
    <option key={m} value={m}>
      {formatMonth(m, lang)}
    </option>
  ));
  const defaultFrom = counted.at(-1) ?? '';

  /** An amount from a month on: a raise of the first payer, or another employer. */
  const fromMonth = (which: 'raise' | 'second') => {
    const fromName = `${which}From`;
    const amountName = `${which}Amount`;
    const from = counted.includes(typed[fromName] ?? '') ? typed[fromName] : defaultFrom;
    const amount = parseAmount(typed[amountName] ?? '');
    const amountError = touched[amountName] && (!amount.ok || amount.value === '') ? t(amount.ok ? 'errors:required' : `errors:${amount.error}`) : null;
    const apply = () => {
      setTouched((old) => ({ ...old, [amountName]: true }));
      if (!amount.ok || amount.value === '' || !from) return;
      // Another employer paying nothing would change nothing but the count of employers.
      if (which === 'second' && /^0*(\.0*)?$/.test(amount.value)) return setProblem(t('next:whatif.zero_employer'));
      const next = which === 'raise' ? withIncomeFrom(scenario, from, amount.value, counted) : withAnotherPayer(scenario, from, amount.value, counted);
      if (next === null) setProblem(t('next:whatif.too_many_payers'));
      else if (take(next, t(`next:whatif.applied_${which}`, { month: formatMonth(from, lang) }))) {
        // Applied: the emptied field is ready for the next change, not in error.
        forget(amountName);
        setTouched((old) => ({ ...old, [amountName]: false }));
      }
    };
    const id = `${uid}-${which}`;
    return (
      <fieldset className="whatif-group">
        <legend>{t(`next:whatif.${which}_legend`)}</legend>
        <div className="whatif-row">
          <div className="whatif-field">
            <label htmlFor={`${id}-from`}>{t('next:whatif.from_month')}</label>
            <select id={`${id}-from`} data-testid={`whatif-${which}-from`} value={from} onChange={(e) => type(fromName, e.target.value)}>
              {monthOptions}
            </select>
          </div>
          <div className="whatif-field">
            <label htmlFor={`${id}-amount`}>{t(`next:whatif.amount_${scenario.income.kind}`)}</label>
            <input
              id={`${id}-amount`}
              data-testid={`whatif-${which}-amount`}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={typed[amountName] ?? ''}
              aria-invalid={amountError ? true : undefined}
              aria-describedby={amountError ? `${id}-amount-error` : undefined}
              onChange={(e) => type(amountName, e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  apply();
                }
              }}
            />
            {amountError ? (
              <p className="field-error" id={`${id}-amount-error`}>
                {amountError}
              </p>
            ) : null}
          </div>
        </div>
        <button type="button" data-testid={`whatif-${which}-apply`} onClick={apply}>
          {t(`next:whatif.${which}_apply`)}
        </button>
      </fieldset>
    );
  };

  const link = `${window.location.origin}${window.location.pathname}?lang=${lang}#${encodeCase(input, withIncome)}&compare=${encodeCase(scenario, withIncome).slice('case='.length)}`;
  const copy = async (text: string, done: string) => setStatus((await copyText(text)) ? done : t('calc:actions.copy_failed'));
  const print = () => {
    document.documentElement.dataset.printing = 'whatif';
    const done = () => {
      delete document.documentElement.dataset.printing;
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  };
  const grand = comparison.figures.find((f) => f.id === 'grand_total');
  const changed = changeLines(changes, t, lang);
  const payers = payersOf(scenario);

  return (
    <div className="whatif" data-testid="whatif">
      <p className="hint">{t('next:whatif.honest')}</p>
      {fromLinkBroken ? <p className="notice">{t('next:whatif.link_broken')}</p> : null}
      {base !== inputJson ? <p className="hint">{t('next:whatif.copied_before')}</p> : null}

      {/* The effect in one line, above the fields: it answers at once as a field changes. */}
      <p className="compare-headline" aria-live="polite" data-testid="compare-headline">
        {grand && grand.kind === 'money' && (grand.a !== null || grand.b !== null) ? t(`next:whatif.headline_${sign(grand)}`, { amount: formatMoney(grand.diff.replace(/^-/, ''), lang) }) : null}
      </p>

      <div className="whatif-edit no-print">
        <h4>{t('next:whatif.edit_title')}</h4>
        <div className="whatif-row">
          {dateField('leaveStart', t('next:whatif.leave'))}
          {dateField('birthDate', t('next:whatif.birth'))}
        </div>
        <div className="whatif-field">
          <label htmlFor={`${uid}-payer`}>{t('next:whatif.payer')}</label>
          <select id={`${uid}-payer`} data-testid="whatif-payer" value={scenario.payer} onChange={(e) => take(withEdit(scenario, { field: 'payer', value: e.target.value as Case['payer'] }))}>
            {PAYERS.map((p) => (
              <option key={p} value={p}>
                {t(`calc:form.payer.${p}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="whatif-row">
          <div className="whatif-field">
            <label htmlFor={`${uid}-leaveCase`}>{t('calc:form.leaveCase.legend')}</label>
            <select id={`${uid}-leaveCase`} data-testid="whatif-leaveCase" value={scenario.leaveCase} onChange={(e) => take(withEdit(scenario, { field: 'leaveCase', value: e.target.value as Case['leaveCase'] }))}>
              {LEAVE_CASES.map((c) => (
                <option key={c} value={c}>
                  {t(`calc:form.leaveCase.${c}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="whatif-field">
            <label htmlFor={`${uid}-children`}>{t('calc:form.childrenBorn.legend')}</label>
            <select id={`${uid}-children`} data-testid="whatif-childrenBorn" value={scenario.childrenBorn} onChange={(e) => take(withEdit(scenario, { field: 'childrenBorn', value: Number(e.target.value) }))}>
              {Array.from({ length: MAX_CHILDREN_BORN }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
        </div>
        {counted.length > 0 ? (
          <>
            {fromMonth('raise')}
            {fromMonth('second')}
          </>
        ) : null}
        {payers > 1 ? (
          <ul className="whatif-payers">
            {Array.from({ length: payers - 1 }, (_, i) => i + 1).map((p) => (
              <li key={p}>
                {t('next:whatif.payer_n', { n: p + 1 })}{' '}
                <button
                  type="button"
                  className="link-button"
                  data-testid={`whatif-remove-payer-${p + 1}`}
                  aria-label={t('next:whatif.remove_payer_n', { n: p + 1 })}
                  onClick={() => {
                    take(withoutPayer(scenario, p), t('next:whatif.removed_payer', { n: p + 1 }));
                    // The button goes with its employer: the focus goes to where another one is added.
                    requestAnimationFrame(() => document.getElementById(`${uid}-second-amount`)?.focus());
                  }}
                >
                  {t('next:whatif.remove_payer')}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        {problem ? (
          <p className="field-error" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="action-buttons">
          <button
            type="button"
            data-testid="whatif-reset"
            onClick={() => {
              setScenario(current);
              setBase(inputJson);
              setTyped((old): Typed => (old.linkIncome ? { linkIncome: old.linkIncome } : {}));
              setTouched({});
              setDateProblems({});
              setProblem(null);
              setStatus(t('next:whatif.reset_done'));
            }}
          >
            {t('next:whatif.reset')}
          </button>
          <button type="button" data-testid="whatif-close" onClick={onClose}>
            {t('next:whatif.close')}
          </button>
        </div>
      </div>

      <h4>{t('next:whatif.changes_title')}</h4>
      <ul data-testid="compare-changes">
        {(changed.length > 0 ? changed : [t('next:whatif.no_changes')]).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>


      <div className="table-scroll compare-scroll" role="region" aria-labelledby={`${uid}-caption`} tabIndex={0}>
        <table className="compare" data-testid="compare-table">
          <caption id={`${uid}-caption`}>{t('next:whatif.table_caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('next:whatif.col_figure')}</th>
              <th scope="col">{t('next:whatif.col_a')}</th>
              <th scope="col">{t('next:whatif.col_b')}</th>
              <th scope="col">{t('next:whatif.col_diff')}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.figures
              .filter((f) => f.a !== null || f.b !== null)
              .map((f) => (
                <tr key={f.id} className={`compare-${f.kind}`}>
                  <th scope="row">{t(`next:whatif.figure.${f.id}`)}</th>
                  <td data-label={t('next:whatif.col_a')} data-testid={`compare-${f.id}-a`} data-value={f.a ?? ''}>
                    {figureValue(f, 'a', t, lang)}
                  </td>
                  <td data-label={t('next:whatif.col_b')} data-testid={`compare-${f.id}-b`} data-value={f.b ?? ''}>
                    {figureValue(f, 'b', t, lang)}
                  </td>
                  <td data-label={t('next:whatif.col_diff')} data-testid={`compare-${f.id}-diff`} data-value={f.kind === 'money' ? f.diff : String(f.days ?? '')} className={`diff diff-${sign(f)}`}>
                    {figureDiff(f, t, lang)}
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>

      <h4>{t('next:whatif.reasons_title')}</h4>
      <div data-testid="compare-reasons" className="compare-reasons">
        {comparison.reasons.length === 0 ? <p>{t('next:whatif.no_reasons')}</p> : null}
        {reasonGroups(comparison.reasons).map((group) => (
          <div key={group.payment ?? 'case'}>
            <p className="reason-group">{groupTitle(group.payment, t)}</p>
            <ul>
              {group.reasons.map((r, i) => (
                <li key={i} data-code={r.code}>
                  {reasonText(r, t, lang)}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>

      <div className="whatif-share no-print">
        <div className="action-buttons">
          <button type="button" data-testid="whatif-copy" onClick={() => void copy(comparisonAsText(comparison, changes, t, lang, link), t('next:whatif.copied'))}>
            {t('next:whatif.copy')}
          </button>
          <button type="button" data-testid="whatif-print" onClick={print}>
            {t('next:whatif.print')}
          </button>
        </div>
        <div className="choice-option">
          <input type="checkbox" id={`${uid}-income`} data-testid="whatif-link-income" checked={withIncome} onChange={(e) => type('linkIncome', e.target.checked ? '1' : '')} />
          <label htmlFor={`${uid}-income`}>{t('next:whatif.link_income')}</label>
        </div>
        <label htmlFor={`${uid}-link`}>{t('next:whatif.link_label')}</label>
        <input id={`${uid}-link`} data-testid="whatif-link" type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
        <button type="button" onClick={() => void copy(link, t('calc:actions.link_copied'))}>
          {t('calc:actions.copy_link')}
        </button>
      </div>
      <p role="status" className="status no-print">
        {status}
      </p>
    </div>
  );
}
