/** Copy the result as text, print it (or save as PDF), and share a link that restores the case. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalcResult, CaseInput } from '../../core';
import type { Language } from '../../i18n/languages';
import { resultAsText } from './plainText';
import { encodeCase } from './shareLink';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers, or clipboard permission refused: select a hidden textarea and copy it.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

export function Actions({ result, input }: { result: CalcResult; input: CaseInput }) {
  const { t, i18n } = useTranslation('calc');
  const lang = i18n.language as Language;
  const [withIncome, setWithIncome] = useState(false);
  const [status, setStatus] = useState('');
  const link = `${window.location.origin}${window.location.pathname}?lang=${lang}#${encodeCase(input, withIncome)}`;

  const copy = async (text: string, done: string) => setStatus((await copyText(text)) ? done : t('actions.copy_failed'));

  return (
    <section className="result-section actions no-print" aria-labelledby="res-actions">
      <h3 id="res-actions">{t('actions.title')}</h3>
      <div className="action-buttons">
        <button type="button" onClick={() => void copy(resultAsText(result, i18n.t, lang), t('actions.copied'))}>
          {t('actions.copy')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('actions.print')}
        </button>
      </div>
      <div className="share">
        <div className="choice-option">
          <input type="checkbox" id="share-income" checked={withIncome} onChange={(e) => setWithIncome(e.target.checked)} />
          <label htmlFor="share-income">{t('actions.include_income')}</label>
        </div>
        <label htmlFor="share-link">{t('actions.link_label')}</label>
        <input id="share-link" type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
        <button type="button" onClick={() => void copy(link, t('actions.link_copied'))}>
          {t('actions.copy_link')}
        </button>
      </div>
      <p role="status" className="status">
        {status}
      </p>
    </section>
  );
}
