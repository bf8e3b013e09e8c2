/**
 * One employee's full result, as the calculator shows it (the answer at a glance, the figures, every step with
 * its article), with the plain-text answer to copy and a printout of this employee alone.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalcResult } from '../core';
import type { Language } from '../i18n/languages';
import { Glance, ResultDetails, Summary } from '../ui/calculator/views';
import { employeeText } from './text';

export default function Detail({ index, id, load, onClose }: { index: number; id: string; load: (index: number) => Promise<CalcResult | null>; onClose: () => void }) {
  const { t, i18n } = useTranslation('hr');
  const lang = i18n.language as Language;
  const [result, setResult] = useState<CalcResult | null>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const today = new Date().toISOString().slice(0, 10);

  useEffect(() => {
    let live = true;
    void load(index).then((r) => live && setResult(r));
    return () => {
      live = false;
    };
  }, [index, load]);
  // The heading takes the focus once, when the result first shows (not on a later render).
  const focused = useRef(false);
  useEffect(() => {
    if (result && !focused.current) {
      focused.current = true;
      headingRef.current?.focus();
    }
  }, [result]);

  if (!result) return <p role="status">{t('detail.loading')}</p>;
  const text = employeeText(id, result, t, lang);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <article className="hr-detail" aria-labelledby="hr-detail-title" data-testid="hr-detail">
      <div className="form-buttons no-print">
        <button type="button" onClick={onClose}>
          {t('detail.back')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('detail.print')}
        </button>
        <button type="button" className="primary" data-testid="copy-text" onClick={() => void copy()}>
          {t('detail.copy')}
        </button>
        <span role="status">{copied === 'yes' ? t('detail.copied') : copied === 'failed' ? t('detail.copy_failed') : ''}</span>
      </div>
      <h1 id="hr-detail-title" tabIndex={-1} ref={headingRef}>
        {t('detail.title', { id })}
      </h1>
      <h2 className="visually-hidden">{t('detail.result')}</h2>
      <Glance result={result} today={today} />
      <Summary result={result} />
      <ResultDetails result={result} estimated={false} today={today} />
      <div className="field no-print">
        <label htmlFor="hr-text">{t('detail.text_label')}</label>
        <textarea id="hr-text" readOnly rows={14} value={text} data-testid="employee-text" />
      </div>
    </article>
  );
}
