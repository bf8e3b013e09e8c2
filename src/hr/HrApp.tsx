/**
 * The HR workbench: a table of employees in (a file or a paste), every one computed by the calculator's core
 * in a worker, the results as a sortable table, each employee's full explained result and plain-text answer,
 * and the results out as CSV or XLSX. Nothing leaves the device.
 */
import { lazy, memo, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { allowedValues, COLUMN_NAMES, valueName, type EnumColumn } from '../batch/columns';
import type { TableProblem } from '../batch/table';
import type { CalcResult } from '../core';
import type { Language } from '../i18n/languages';
import { download } from '../ui/download';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { formatDate, formatMoney } from '../ui/format';
import { problemMessage, resultsCsv, resultsXlsx, templateCsv, templateXlsx, textsFile } from './files';
import type { HrRow } from './protocol';
import { kindOf } from './read';
import { employeeText } from './text';
import { useBatch } from './useBatch';

const Detail = lazy(() => import('./Detail'));

const PAGE = 100;
const PASTE_KEY = 'gfss-hr-paste';
/** The most pasted text kept in the browser (localStorage holds about 5 MB a site). */
const PASTE_KEEP_LIMIT = 2_000_000;

type SortKey = 'row' | 'id' | 'maternity' | 'monthly' | 'childcare' | 'total' | 'deadline';
const num = (v: string | null | undefined) => (v == null ? -1 : Number(v));

function sortValue(r: HrRow, key: SortKey): number | string {
  const s = r.summary;
  switch (key) {
    case 'row':
      return r.row;
    case 'id':
      return r.id;
    case 'maternity':
      return num(s?.maternity?.net);
    case 'monthly':
      return num(s?.childcare?.monthly[0]?.net);
    case 'childcare':
      return num(s?.childcare?.totalNet);
    case 'total':
      return num(s?.grandNet);
    case 'deadline':
      return [s?.maternity?.eligible ? s.maternity.deadline : '', s?.childcare?.eligible ? s.childcare.deadline : ''].filter(Boolean).sort()[0] ?? '9999';
  }
}

function Money({ value, testId }: { value: string; testId?: string }) {
  const { i18n } = useTranslation();
  return (
    <span className="money" data-testid={testId} data-value={value}>
      {formatMoney(value, i18n.language as Language)}
    </span>
  );
}

export function HrApp() {
  const { t, i18n } = useTranslation('hr');
  const lang = i18n.language as Language;
  const { state, run, results } = useBatch();
  const [paste, setPaste] = useState(() => {
    try {
      return localStorage.getItem(PASTE_KEY) ?? '';
    } catch {
      return '';
    }
  });
  const [pasteError, setPasteError] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'row', dir: 1 });
  const [filter, setFilter] = useState('');
  const [page, setPage] = useState(0);
  const [open, setOpen] = useState<{ index: number; id: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const openerRef = useRef<HTMLElement | null>(null);
  const resultsRef = useRef<HTMLElement>(null);

  // What is pasted is kept (a reload, a closed tab); another tab's paste shows here too.
  useEffect(() => {
    const timer = setTimeout(() => {
      try {
        // Too long to keep: the last kept text is removed, so that a reload never shows an older paste as this one.
        if (paste === '' || paste.length > PASTE_KEEP_LIMIT) localStorage.removeItem(PASTE_KEY);
        else localStorage.setItem(PASTE_KEY, paste);
      } catch {
        /* storage full or off: the text stays on the page */
      }
    }, 300);
    return () => clearTimeout(timer);
  }, [paste]);
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key === PASTE_KEY) setPaste((current) => (e.newValue !== null && e.newValue !== current ? e.newValue : current));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const allowed = useCallback((column: string) => allowedValues(column).map((v) => `${valueName(column as EnumColumn, v, lang)} (${v})`).join(', '), [lang]);

  const [unreadable, setUnreadable] = useState<string | null>(null);
  const loadFile = useCallback(
    async (file: File) => {
      let data: ArrayBuffer;
      try {
        data = await file.arrayBuffer();
      } catch {
        // A folder dropped, a file removed or locked since it was chosen.
        setUnreadable(file.name);
        return;
      }
      setUnreadable(null);
      setOpen(null);
      setPage(0);
      run(kindOf(file.name, new Uint8Array(data.slice(0, 64))), file.name, data);
    },
    [run],
  );

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) void loadFile(file);
    e.target.value = '';
  };
  // A file dropped on the zone (the file input beside it is the keyboard's way in).
  const dropRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const zone = dropRef.current;
    if (!zone) return;
    const over = (e: DragEvent) => {
      e.preventDefault();
      setDragging(true);
    };
    const leave = () => setDragging(false);
    const drop = (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      e.stopPropagation();
      const file = e.dataTransfer?.files[0];
      if (file) void loadFile(file);
    };
    zone.addEventListener('dragover', over);
    zone.addEventListener('dragleave', leave);
    zone.addEventListener('drop', drop);
    // A file dropped beside the zone would make the browser open it in place of the page (and its results): it is
    // taken as if dropped on the zone.
    const pageOver = (e: DragEvent) => e.preventDefault();
    window.addEventListener('dragover', pageOver);
    window.addEventListener('drop', drop);
    return () => {
      zone.removeEventListener('dragover', over);
      zone.removeEventListener('dragleave', leave);
      zone.removeEventListener('drop', drop);
      window.removeEventListener('dragover', pageOver);
      window.removeEventListener('drop', drop);
    };
  }, [loadFile]);
  const onPasteRun = () => {
    const lines = paste.split(/\r?\n/).filter((l) => l.trim() !== '');
    // JSON starts with [ or {; a spreadsheet's rows hold tabs (a header «[Таб.№]» is not JSON).
    const json = /^\s*[[{]/.test(paste) && !paste.includes('\t');
    if (!json && lines.length < 2) {
      setPasteError(true);
      return;
    }
    setPasteError(false);
    setOpen(null);
    setPage(0);
    run(json ? 'json' : 'paste', t('input.paste_button'), paste);
  };

  const computed = useMemo(() => state.rows.filter((r) => r.summary !== null), [state.rows]);
  const rejected = useMemo(() => state.rows.filter((r) => r.summary === null), [state.rows]);
  const shown = useMemo(() => {
    const q = filter.trim().toLowerCase();
    const list = q ? computed.filter((r) => r.id.toLowerCase().includes(q) || String(r.row) === q) : computed.slice();
    return list.sort((a, b) => {
      const x = sortValue(a, sort.key);
      const y = sortValue(b, sort.key);
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), lang);
      return (c || a.row - b.row) * sort.dir;
    });
  }, [computed, filter, sort, lang]);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE));
  const pageRows = shown.slice(page * PAGE, page * PAGE + PAGE);

  // One loader for the page's life: the detail asks the worker again only when the employee changes.
  const loadOne = useMemo(() => loadResult(results), [results]);
  useEffect(() => {
    document.title = t('meta.title');
  }, [t, lang]);

  const working = state.status === 'reading' || state.status === 'computing';
  const finished = state.status === 'done';
  const base = state.name.replace(/\.[^.]+$/, '') || t('export.results_file');

  // An employee opened is a step in the history: Back closes it and stays on the workbench (and its results).
  const openRow = useCallback(
    (r: HrRow, opener: HTMLElement) => {
      openerRef.current = opener;
      setOpen({ index: r.index, id: r.id || t('results.row_label', { row: r.row }) });
      window.history.pushState({ hrDetail: r.index }, '');
    },
    [t],
  );
  useEffect(() => {
    const onPop = () => {
      setOpen(null);
      requestAnimationFrame(() => openerRef.current?.focus());
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const closeDetail = () => {
    if ((window.history.state as { hrDetail?: number } | null)?.hrDetail !== undefined) {
      window.history.back(); // popstate closes it
      return;
    }
    setOpen(null);
    requestAnimationFrame(() => openerRef.current?.focus());
  };

  const [exportFailed, setExportFailed] = useState(false);
  const exportAll = async (kind: 'csv' | 'xlsx') => {
    setBusy(true);
    setExportFailed(false);
    try {
      if (kind === 'csv') download(resultsCsv(state.header, state.rows, t, lang, allowed), `${base}-${t('export.results_file')}.csv`);
      else download(await resultsXlsx(state.header, state.rows, t, lang, allowed), `${base}-${t('export.results_file')}.xlsx`);
    } catch {
      setExportFailed(true);
    } finally {
      setBusy(false);
    }
  };
  const allTexts = async () => {
    setBusy(true);
    try {
      const texts: string[] = [];
      for (let i = 0; i < computed.length; i += 500) {
        const chunk = await results(computed.slice(i, i + 500).map((r) => r.index));
        if (chunk === null) return; // another file was loaded: nothing of this one is written
        for (const one of chunk) if (one.result) texts.push(employeeText(one.id || `#${one.index + 1}`, one.result, t, lang));
      }
      download(textsFile(texts, t), `${base}-${t('export.texts_file')}.txt`);
    } finally {
      setBusy(false);
    }
  };

  const sortButton = (key: SortKey, label: string) => (
    <button
      type="button"
      className="link-button sort-button"
      aria-label={t('results.sort_by', { column: label })}
      onClick={() => {
        setSort((s) => ({ key, dir: s.key === key ? (s.dir === 1 ? -1 : 1) : key === 'id' || key === 'row' || key === 'deadline' ? 1 : -1 }));
        setPage(0);
      }}
    >
      {label}
      <span aria-hidden="true">{sort.key === key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ' ↕'}</span>
    </button>
  );
  const ariaSort = (key: SortKey) => (sort.key === key ? (sort.dir === 1 ? 'ascending' : 'descending') : undefined);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('skip')}
      </a>
      <header className="site-header no-print">
        <p className="brand">{t('common:app.brand')}</p>
        <LanguageSwitch />
      </header>
      <main id="main" className="page hr-page" tabIndex={-1}>
        <div hidden={open !== null}>
          <h1>{t('title')}</h1>
          <p className="lead">{t('lead')}</p>

          <section className="card hr-input no-print" aria-labelledby="hr-input-title">
            <h2 id="hr-input-title">{t('input.title')}</h2>
            <div className={`dropzone${dragging ? ' dropzone-active' : ''}`} ref={dropRef}>
              <label htmlFor="hr-file" className="file-label">{t('input.file_label')}</label>
              <input id="hr-file" className="file-input" type="file" accept=".csv,.txt,.tsv,.xlsx,.xls,.json,.ndjson,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-describedby="hr-file-hint" onChange={onFile} />
              <p className="hint" id="hr-file-hint">
                {dragging ? t('input.drop_here') : t('input.file_hint')}
              </p>
            </div>
            <div className="field">
              <label htmlFor="hr-paste">{t('input.paste_label')}</label>
              <p className="hint" id="hr-paste-hint">{paste.length > PASTE_KEEP_LIMIT ? t('input.not_kept') : t('input.kept')}</p>
              <textarea id="hr-paste" rows={5} spellCheck={false} value={paste} aria-describedby={pasteError ? 'hr-paste-hint hr-paste-error' : 'hr-paste-hint'} aria-invalid={pasteError || undefined} onChange={(e) => setPaste(e.target.value)} />
              {pasteError ? (
                <p className="error" id="hr-paste-error">
                  {t('input.paste_empty')}
                </p>
              ) : null}
              <div className="form-buttons">
                <button type="button" className="primary" onClick={onPasteRun} disabled={working}>
                  {t('input.paste_button')}
                </button>
                {paste ? (
                  <button type="button" onClick={() => setPaste('')}>
                    {t('input.clear')}
                  </button>
                ) : null}
              </div>
            </div>
            <details className="layout-help">
              <summary>{t('input.layout_title')}</summary>
              <p>{t('input.layout_intro')}</p>
              <ul>
                {(['id', 'payer', 'leaveStart', 'leaveCase', 'leaveDays', 'birthDate', 'birthOrder', 'childrenBorn', 'incomeKind', 'singlePayment'] as const).map((c) => (
                  <li key={c}>
                    <strong>{columnLabel(c, lang)}</strong> ({c}) — {t(`columns.${c}`)}
                    {allowedValues(c).length > 0 ? <span className="hint"> {t('input.allowed', { values: allowed(c) })}</span> : null}
                  </li>
                ))}
              </ul>
              <p>{t('input.layout_months')}</p>
              <p>{t('input.layout_values')}</p>
              <div className="form-buttons">
                <button type="button" data-testid="template-csv" onClick={() => download(templateCsv(t, lang), `${t('export.template_file')}.csv`)}>
                  {t('input.template_csv')}
                </button>
                <button type="button" data-testid="template-xlsx" onClick={() => void templateXlsx(t, lang).then((b) => download(b, `${t('export.template_file')}.xlsx`))}>
                  {t('input.template_xlsx')}
                </button>
              </div>
            </details>
          </section>

          <div className="hr-status no-print" role="status" aria-live="polite">
            {state.status === 'reading' ? <p>{t('status.reading', { name: state.name })}</p> : null}
            {state.status === 'computing' ? <p>{t('status.computing', { done: state.done, total: state.total })}</p> : null}
            {finished ? <p>{t('status.done', { count: state.total, seconds: ((state.ms ?? 0) / 1000).toLocaleString(lang === 'kk' ? 'kk-KZ' : 'ru-KZ', { minimumFractionDigits: 1, maximumFractionDigits: 2 }) })} {state.encoding && state.encoding !== 'utf-8' ? t('status.encoding', { encoding: state.encoding }) : ''}</p> : null}
            {state.status === 'blocked' ? <p className="error">{t('problems.blocking')}</p> : null}
            {unreadable !== null ? <p className="error">{t('failed', { message: t('errors.file.unreadable', { name: unreadable }) })}</p> : null}
            {state.status === 'failed' && state.failure ? <p className="error">{t('failed', { message: t(`errors.${state.failure.key}`, { detail: state.failure.detail ?? '' }) })}</p> : null}
          </div>
          {working ? <progress className="hr-progress" aria-label={t('status.progress')} max={Math.max(1, state.total)} value={state.done} /> : null}

          {state.blocking.length > 0 || state.notices.length > 0 ? (
            <section className="card hr-problems" aria-labelledby="hr-file-problems">
              <h2 id="hr-file-problems">{state.blocking.length > 0 ? t('problems.blocking') : t('problems.notices')}</h2>
              <ProblemList problems={[...state.blocking, ...state.notices]} allowed={allowed} testId="file-problem" />
            </section>
          ) : null}

          {state.rows.length > 0 || finished ? (
            <section className="hr-results" aria-labelledby="hr-results-title" ref={resultsRef}>
              <h2 id="hr-results-title">{t('results.title')}</h2>
              <p className="hr-counts">
                <span data-testid="hr-count" data-value={String(computed.length)}>
                  {t('summary.count', { count: computed.length })}
                </span>
                {' · '}
                <span data-testid="hr-errors" data-value={String(rejected.length)}>
                  {rejected.length > 0 ? t('summary.errors', { count: rejected.length }) : t('summary.no_errors')}
                </span>
              </p>

              {rejected.length > 0 ? (
                <section className="card hr-problems" aria-labelledby="hr-rejected-title">
                  <h3 id="hr-rejected-title">{t('problems.rejected')}</h3>
                  <ProblemList problems={rejected.flatMap((r) => r.problems)} allowed={allowed} testId="row-problem" />
                </section>
              ) : null}

              <div className="form-buttons no-print" aria-label={t('results.export_title')} role="group">
                <button type="button" data-testid="export-csv" disabled={!finished || busy} onClick={() => void exportAll('csv')}>
                  {t('results.export_csv')}
                </button>
                <button type="button" data-testid="export-xlsx" disabled={!finished || busy} onClick={() => void exportAll('xlsx')}>
                  {t('results.export_xlsx')}
                </button>
                <button type="button" data-testid="texts-all" disabled={!finished || busy || computed.length === 0} onClick={() => void allTexts()}>
                  {t('results.texts_all')}
                </button>
                <span role="status">{busy ? t('results.preparing') : exportFailed ? t('results.export_failed') : ''}</span>
              </div>

              {computed.length > 0 ? (
                <>
                  <div className="field hr-filter no-print">
                    <label htmlFor="hr-filter">{t('results.filter')}</label>
                    <input id="hr-filter" type="search" value={filter} onChange={(e) => { setFilter(e.target.value); setPage(0); }} />
                  </div>
                  {/* A wide table scrolls on its own; keyboard users scroll it once focused. */}
                  <div className="table-scroll" role="region" aria-labelledby="hr-table-caption" tabIndex={0}>
                    <table className="hr-table">
                      <caption id="hr-table-caption">{t('results.caption')}</caption>
                      <thead>
                        <tr>
                          <th scope="col" aria-sort={ariaSort('id')}>{sortButton('id', t('col.id'))}</th>
                          <th scope="col" aria-sort={ariaSort('maternity')}>{sortButton('maternity', t('col.maternity'))}</th>
                          <th scope="col" aria-sort={ariaSort('monthly')}>{sortButton('monthly', t('col.childcare_monthly'))}</th>
                          <th scope="col" aria-sort={ariaSort('childcare')}>{sortButton('childcare', t('col.childcare_total'))}</th>
                          <th scope="col" aria-sort={ariaSort('total')}>{sortButton('total', t('col.grand_total'))}</th>
                          <th scope="col" aria-sort={ariaSort('deadline')}>{sortButton('deadline', t('col.deadlines'))}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {pageRows.map((r) => (
                          <Row key={r.index} row={r} onOpen={openRow} />
                        ))}
                      </tbody>
                    </table>
                  </div>
                  {shown.length === 0 ? <p>{t('results.nothing_found')}</p> : null}
                  {pages > 1 ? (
                    <p className="print-only">{t('results.page', { from: page * PAGE + 1, to: Math.min(shown.length, page * PAGE + PAGE), total: shown.length })}</p>
                  ) : null}
                  {pages > 1 ? (
                    <nav className="pager no-print" aria-label={t('results.title')}>
                      <button type="button" disabled={page === 0} onClick={() => setPage((p) => p - 1)}>
                        {t('results.prev')}
                      </button>
                      <span>{t('results.page', { from: page * PAGE + 1, to: Math.min(shown.length, page * PAGE + PAGE), total: shown.length })}</span>
                      <button type="button" disabled={page >= pages - 1} onClick={() => setPage((p) => p + 1)}>
                        {t('results.next')}
                      </button>
                    </nav>
                  ) : null}
                </>
              ) : null}
            </section>
          ) : null}
          <p className="note">{t('privacy')}</p>
        </div>
        {open !== null ? (
          <Suspense fallback={<p role="status">{t('detail.loading')}</p>}>
            <Detail key={open.index} index={open.index} id={open.id} load={loadOne} onClose={closeDetail} />
          </Suspense>
        ) : null}
      </main>
      <footer className="site-footer no-print">
        <a href={`./?lang=${lang}`}>{t('back')}</a>
      </footer>
    </>
  );
}

function loadResult(results: ReturnType<typeof useBatch>['results']) {
  return (index: number): Promise<CalcResult | null> => results([index]).then((r) => r?.[0]?.result ?? null);
}

function columnLabel(c: keyof typeof COLUMN_NAMES, lang: Language): string {
  return COLUMN_NAMES[c][lang];
}

/** Problems of the same row saying the same thing (one bad amount copied along 24 months) as one line. */
function grouped(problems: readonly TableProblem[]): { first: TableProblem; columns: string[] }[] {
  const out: { first: TableProblem; columns: string[] }[] = [];
  const at = new Map<string, number>();
  for (const p of problems) {
    const key = `${p.row}\u0000${p.key}\u0000${JSON.stringify(p.params ?? {})}`;
    const i = at.get(key);
    if (i === undefined) {
      at.set(key, out.length);
      out.push({ first: p, columns: [p.column] });
    } else out[i].columns.push(p.column);
  }
  return out;
}

function ProblemList({ problems, allowed, testId }: { problems: readonly TableProblem[]; allowed: (column: string) => string; testId: string }) {
  const { t } = useTranslation('hr');
  const SHOWN = 200;
  const groups = grouped(problems);
  const columns = (list: string[]) =>
    list.length === 1 ? list[0] || t('problems.whole_row') : list.length <= 3 ? list.join(', ') : t('problems.columns', { first: list[0], last: list[list.length - 1], count: list.length });
  return (
    <>
      <div className="table-scroll" role="region" aria-label={t('problems.message')} tabIndex={0}>
        <table className="hr-problem-table">
          <thead>
            <tr>
              <th scope="col">{t('problems.row')}</th>
              <th scope="col">{t('problems.column')}</th>
              <th scope="col">{t('problems.message')}</th>
            </tr>
          </thead>
          <tbody>
            {groups.slice(0, SHOWN).map(({ first, columns: list }, i) => (
              <tr key={i} data-testid={testId} data-row={first.row} data-column={first.column} data-count={list.length}>
                <td>{first.row}</td>
                <td>{columns(list)}</td>
                <td>{problemMessage(first, t, allowed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {groups.length > SHOWN ? <p className="hint">{t('problems.more', { count: groups.length - SHOWN })}</p> : null}
    </>
  );
}

/** One employee's line; drawn again only when its row changes (rows keep arriving while a file is computed). */
const Row = memo(function Row({ row, onOpen }: { row: HrRow; onOpen: (r: HrRow, opener: HTMLElement) => void }) {
  const { t, i18n } = useTranslation('hr');
  const lang = i18n.language as Language;
  const s = row.summary;
  if (!s) return null;
  const m = s.maternity;
  const c = s.childcare;
  const name = row.id || t('results.row_label', { row: row.row });
  return (
    <tr data-testid="hr-row" data-row={row.row}>
      <th scope="row">
        <button type="button" className="link-button" aria-label={t('results.open', { id: name })} onClick={(e) => onOpen(row, e.currentTarget)}>
          {name}
        </button>
      </th>
      <td>
        {m === null ? (
          <span className="hint">{t('results.not_asked')}</span>
        ) : m.eligible ? (
          <>
            <Money value={m.net} testId="maternity-net" />
            <span className="hint cell-line">
              {t('col.maternity_gross')} <Money value={m.gross} testId="maternity-gross" />
            </span>
            <span className="hint cell-line">
              {formatDate(m.from, lang)} – {formatDate(m.to, lang)}
            </span>
          </>
        ) : (
          <span data-testid="maternity-net" data-value={m.net}>{t('results.ineligible')}</span>
        )}
      </td>
      <td>
        {c === null ? (
          <span className="hint">{t('results.not_asked')}</span>
        ) : c.eligible ? (
          c.monthly.map((a, i) => (
            <span key={a.from} className="cell-line">
              <Money value={a.net} testId={i === 0 ? 'childcare-monthly-net' : 'childcare-change-net'} /> {t('results.times', { count: a.count })}
              {i > 0 ? <span className="hint"> {t('results.from', { date: formatDate(a.from, lang) })}</span> : null}
              {c.children > 1 && i === 0 ? <span className="hint"> × {c.children}</span> : null}
            </span>
          ))
        ) : (
          <span>{t('results.ineligible')}</span>
        )}
      </td>
      <td>
        {c === null ? null : (
          <>
            <Money value={c.totalNet} testId="childcare-total-net" />
            {c.eligible ? <span className="hint cell-line">{formatDate(c.from, lang)} – {formatDate(c.to, lang)}</span> : null}
            {s.childcareAllowances ? <span className="hint cell-line">{t('results.allowance', { amount: formatMoney(s.childcareAllowances, lang) })}</span> : null}
          </>
        )}
      </td>
      <td>
        <Money value={s.grandNet} testId="grand-total" />
      </td>
      <td>
        {m?.eligible ? (
          <span className="cell-line cell-wrap" data-testid="maternity-deadline" data-value={m.deadline}>
            {formatDate(m.deadline, lang)} <span className="hint">{t('col.deadline_maternity')}</span>
          </span>
        ) : null}
        {c?.eligible ? (
          <span className="cell-line cell-wrap" data-testid="childcare-deadline" data-value={c.deadline}>
            {formatDate(c.deadline, lang)} <span className="hint">{t('col.deadline_childcare')}</span>
          </span>
        ) : null}
      </td>
    </tr>
  );
});
