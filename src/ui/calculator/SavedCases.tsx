/**
 * The person's saved calculations: which one the form shows, the others to switch back to, a new one, and
 * deleting one (with Undo). Opening a link or clearing the form adds to this list; nothing replaces a case.
 */
import { useTranslation } from 'react-i18next';
import type { FormValues } from './formModel';
import type { SavedCase } from './savedCases';
import type { useCalculator } from './useCalculator';

type Calc = ReturnType<typeof useCalculator>;

/** A case named by what the person recognises: the birth date, the leave start, how many months of income. */
function useCaseLabel() {
  const { t } = useTranslation('calc');
  return (v: FormValues): string => {
    const parts: string[] = [];
    if (v.birthDate.trim()) parts.push(t('cases.item_birth', { date: v.birthDate.trim() }));
    if (v.leaveSource === 'sheet' && v.leaveStart.trim()) parts.push(t('cases.item_leave', { date: v.leaveStart.trim() }));
    const months = Object.values(v.amounts).filter((row) => row.some((a) => a && a.trim())).length;
    if (months > 0) parts.push(t('cases.item_months', { count: months }));
    const text = parts.length > 0 ? parts.join(' · ') : t('cases.item_empty');
    return text.charAt(0).toLocaleUpperCase() + text.slice(1);
  };
}

/** "02.12.2026, 06:40" in the browser's time zone: the same digits in both languages, without Intl. */
function editedAt(time: number): string {
  const d = new Date(time);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getDate())}.${two(d.getMonth() + 1)}.${d.getFullYear()}, ${two(d.getHours())}:${two(d.getMinutes())}`;
}

export function SavedCases({ cases, undo }: { cases: Calc['cases']; undo: Calc['undo'] }) {
  const { t } = useTranslation('calc');
  const label = useCaseLabel();
  const list: SavedCase[] = cases.list;
  if (list.length === 0 && !(undo && undo.kind === 'deleted')) return null;
  return (
    <details className="saved-cases no-print" data-testid="saved-cases" open={list.length > 1 || undefined}>
      <summary>{t('cases.title', { count: list.length })}</summary>
      <p className="hint">{t('cases.hint')}</p>
      {undo && undo.kind === 'deleted' ? <UndoBar undo={undo} /> : null}
      <ul className="case-list">
        {list.map((c) => {
          const name = label(c.values);
          const current = c.id === cases.currentId;
          return (
            <li key={c.id} data-testid="saved-case" aria-current={current ? 'true' : undefined} className={current ? 'current' : undefined}>
              <span className="case-name">{name}</span>
              <span className="case-meta">
                {t('cases.edited', { when: editedAt(c.updated) })}
                {current ? ` · ${t('cases.current')}` : ''}
              </span>
              <span className="case-buttons">
                {current ? null : (
                  <button type="button" aria-label={t('cases.open_label', { label: name })} onClick={() => cases.open(c.id)}>
                    {t('cases.open')}
                  </button>
                )}
                <button type="button" className="link-button" aria-label={t('cases.delete_label', { label: name })} onClick={() => cases.remove(c.id)}>
                  {t('cases.delete')}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={cases.startNew}>
        {t('cases.new')}
      </button>
    </details>
  );
}

/** "Done — Undo": the way back from clearing the form or deleting a case. */
export function UndoBar({ undo }: { undo: NonNullable<Calc['undo']> }) {
  const { t } = useTranslation('calc');
  return (
    <div className="notice undo-bar no-print" role="status">
      {t(`undo.${undo.kind}`)}{' '}
      <button type="button" onClick={undo.take}>
        {t('undo.button')}
      </button>{' '}
      <button type="button" className="link-button" onClick={undo.dismiss}>
        {t('notices.dismiss')}
      </button>
    </div>
  );
}
