/** The guide for sites that embed the calculator: every option, the snippet, and a live preview. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/languages';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { PROTOCOL_VERSION, WIDGET_SOURCE } from '../widget/protocol';

interface Choice {
  lang: Language;
  theme: 'light' | 'dark' | 'auto';
  accent: string;
  transparent: boolean;
  emit: boolean;
}

const DEFAULT_ACCENT = '#0a6e6e';

/** One option of the guide as radio buttons (the calculator's RadioGroup belongs to its form; these are plain state). */
function Radios<V extends string>({ legend, name, values, current, label, pick }: { legend: string; name: string; values: readonly V[]; current: V; label: (v: V) => string; pick: (v: V) => void }) {
  return (
    <fieldset className="choice">
      <legend>{legend}</legend>
      {values.map((v) => (
        <div className="choice-option" key={v}>
          <input type="radio" id={`o-${name}-${v}`} name={`o-${name}`} checked={current === v} onChange={() => pick(v)} />
          <label htmlFor={`o-${name}-${v}`}>{label(v)}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** A snippet to copy: its label (and hint) above it, the copy button below, each on its own line. */
function Snippet({ id, label, hint, rows, code, copyLabel, onCopy }: { id: string; label: string; hint?: string; rows: number; code: string; copyLabel: string; onCopy: () => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? <p className="hint">{hint}</p> : null}
      <textarea id={id} className="snippet" readOnly rows={rows} value={code} />
      <button type="button" onClick={onCopy}>
        {copyLabel}
      </button>
    </div>
  );
}

function widgetUrl(base: string, c: Choice, host?: string): string {
  const url = new URL('widget.html', base);
  url.searchParams.set('lang', c.lang);
  if (c.theme !== 'light') url.searchParams.set('theme', c.theme);
  if (c.accent.toLowerCase() !== DEFAULT_ACCENT) url.searchParams.set('accent', c.accent);
  if (c.transparent) url.searchParams.set('bg', 'transparent');
  if (c.emit && host) {
    url.searchParams.set('emit', '1');
    url.searchParams.set('origin', host);
  }
  return url.href;
}

/** The preview's address: the widget with `preview=1`, which keeps its input in memory only. */
function withPreview(href: string): string {
  const url = new URL(href);
  url.searchParams.set('preview', '1');
  return url.href;
}

function scriptSnippet(base: string, c: Choice): string {
  const attrs = [`src="${new URL('embed.js', base).href}"`, `data-lang="${c.lang}"`];
  if (c.theme !== 'light') attrs.push(`data-theme="${c.theme}"`);
  if (c.accent.toLowerCase() !== DEFAULT_ACCENT) attrs.push(`data-accent="${c.accent}"`);
  if (c.transparent) attrs.push('data-bg="transparent"');
  if (c.emit) attrs.push('data-emit-results');
  return `<script ${attrs.join(' ')} async></script>`;
}

function iframeSnippet(base: string, c: Choice, title: string): string {
  return `<iframe src="${widgetUrl(base, { ...c, emit: false })}" title="${title}" style="display:block;width:100%;height:1400px;border:0" loading="lazy"></iframe>`;
}

export function EmbedGuide() {
  const { t, i18n } = useTranslation('embed');
  const lang = i18n.language as Language;
  const [choice, setChoice] = useState<Choice>({ lang, theme: 'light', accent: DEFAULT_ACCENT, transparent: false, emit: false });
  const [copied, setCopied] = useState('');
  const [height, setHeight] = useState(900);
  const frame = useRef<HTMLIFrameElement>(null);
  const base = new URL('./', window.location.href).href;
  // The preview keeps nothing: it must neither show the visitor's own saved calculations nor touch them.
  const previewUrl = withPreview(widgetUrl(base, choice, window.location.origin));

  // The preview follows the widget's height, as the loader does on a partner's page.
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      const m = e.data as { source?: string; version?: number; type?: string; height?: number };
      if (e.source !== frame.current?.contentWindow || e.origin !== window.location.origin) return;
      if (m?.source === WIDGET_SOURCE && m.version === PROTOCOL_VERSION && m.type === 'height' && typeof m.height === 'number') setHeight(Math.ceil(m.height));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  const set = <K extends keyof Choice>(key: K, value: Choice[K]) => setChoice((c) => ({ ...c, [key]: value }));
  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(t('copied', { what }));
    } catch {
      setCopied(t('copy_failed'));
    }
  };
  const script = scriptSnippet(base, choice);
  const iframe = iframeSnippet(base, choice, t('frame_title'));

  return (
    <>
      <header className="site-header">
        <a className="brand" href={`./?lang=${lang}`}>
          {t('common:app.brand')}
        </a>
        <LanguageSwitch />
      </header>
      <main id="main" className="page embed-page" aria-labelledby="embed-title">
        <h1 id="embed-title">{t('title')}</h1>
        <p className="lead">{t('lead')}</p>

        <section className="form-section" aria-labelledby="opt-h">
          <h2 id="opt-h">{t('options.title')}</h2>
          <Radios legend={t('options.lang')} name="lang" values={['kk', 'ru'] as const} current={choice.lang} label={(l) => t(`options.lang_${l}`)} pick={(l) => set('lang', l)} />
          <Radios legend={t('options.theme')} name="theme" values={['light', 'dark', 'auto'] as const} current={choice.theme} label={(v) => t(`options.theme_${v}`)} pick={(v) => set('theme', v)} />
          <div className="field">
            <label htmlFor="o-accent">{t('options.accent')}</label>
            <p className="hint" id="o-accent-hint">
              {t('options.accent_hint')}
            </p>
            <input id="o-accent" type="color" aria-describedby="o-accent-hint" value={choice.accent} onChange={(e) => set('accent', e.target.value)} />
          </div>
          <div className="choice-option">
            <input type="checkbox" id="o-bg" checked={choice.transparent} onChange={(e) => set('transparent', e.target.checked)} />
            <label htmlFor="o-bg">{t('options.bg')}</label>
          </div>
          <div className="choice-option">
            <input type="checkbox" id="o-emit" aria-describedby="o-emit-hint" checked={choice.emit} onChange={(e) => set('emit', e.target.checked)} />
            <label htmlFor="o-emit">{t('options.emit')}</label>
            <span className="hint" id="o-emit-hint">
              {t('options.emit_hint')}
            </span>
          </div>
        </section>

        <section className="form-section" aria-labelledby="snip-h">
          <h2 id="snip-h">{t('snippet.title')}</h2>
          <Snippet id="snippet-script" label={t('snippet.script')} rows={3} code={script} copyLabel={t('snippet.copy')} onCopy={() => void copy(script, t('snippet.script_short'))} />
          <Snippet id="snippet-iframe" label={t('snippet.iframe')} hint={t('snippet.iframe_hint')} rows={4} code={iframe} copyLabel={t('snippet.copy')} onCopy={() => void copy(iframe, t('snippet.iframe_short'))} />
          <p role="status" className="status">
            {copied}
          </p>
        </section>

        <section className="result-section" aria-labelledby="prev-h">
          <h2 id="prev-h">{t('preview')}</h2>
          <iframe ref={frame} className="preview-frame" title={t('frame_title')} src={previewUrl} height={height} />
        </section>

        <section className="result-section" aria-labelledby="doc-h">
          <h2 id="doc-h">{t('doc.title')}</h2>
          <table className="schedule doc-table">
            <caption>{t('doc.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('doc.attribute')}</th>
                <th scope="col">{t('doc.values')}</th>
                <th scope="col">{t('doc.meaning')}</th>
              </tr>
            </thead>
            <tbody>
              {(['lang', 'theme', 'accent', 'bg', 'emit', 'case'] as const).map((k) => (
                <tr key={k}>
                  <td>
                    <code>{t(`doc.rows.${k}.attr`)}</code>
                  </td>
                  <td>{t(`doc.rows.${k}.values`)}</td>
                  <td>{t(`doc.rows.${k}.meaning`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('doc.protocol_title')}</h3>
          <p>{t('doc.protocol')}</p>
          <pre className="snippet">{`{ source: "gfss-calc", version: 1, type: "height", height: 1234 }
{ source: "gfss-calc", version: 1, type: "result", result: { maternity, childcare, nonInsuredTotal } }
{ source: "gfss-calc-host", version: 1, type: "request-height" | "request-result" }`}</pre>
          <p>{t('doc.event')}</p>
          <h3>{t('doc.headers_title')}</h3>
          <p>{t('doc.headers')}</p>
          <p>{t('doc.privacy')}</p>
        </section>
      </main>
    </>
  );
}
