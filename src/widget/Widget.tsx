import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalcResult } from '../core';
import { Calculator } from '../ui/calculator/Calculator';
import { asHostMessage, PROTOCOL_VERSION, summarize, WIDGET_SOURCE, type WidgetMessage } from './protocol';
import type { WidgetOptions } from './options';

function post(message: WidgetMessage, targetOrigin: string) {
  if (window.parent !== window) window.parent.postMessage(message, targetOrigin);
}

/** Posts the document's height to the host whenever it changes, rounded up so the host never shows a scrollbar. */
function useHeightReporter(targetOrigin: string): () => void {
  const last = useRef(0);
  const report = useCallback(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last.current) return;
    last.current = height;
    post({ source: WIDGET_SOURCE, version: PROTOCOL_VERSION, type: 'height', height }, targetOrigin);
  }, [targetOrigin]);
  useEffect(() => {
    const observer = new ResizeObserver(report);
    observer.observe(document.documentElement);
    observer.observe(document.body);
    report();
    return () => observer.disconnect();
  }, [report]);
  return () => {
    last.current = 0;
    report();
  };
}

export function Widget({ options, siteUrl }: { options: WidgetOptions; siteUrl: string }) {
  const { t, i18n } = useTranslation('widget');
  const emitTo = options.emitTo;
  const resend = useHeightReporter(emitTo ?? '*');
  const latest = useRef<CalcResult | null>(null);

  const onResult = useCallback(
    (result: CalcResult | null) => {
      latest.current = result;
      if (emitTo) post({ source: WIDGET_SOURCE, version: PROTOCOL_VERSION, type: 'result', result: summarize(result) }, emitTo);
    },
    [emitTo],
  );

  // Messages from the host: only from the parent window, only from the origin that opted in, only known shapes.
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent || emitTo === null || event.origin !== emitTo) return;
      const message = asHostMessage(event.data);
      if (message === null) return;
      if (message.type === 'request-height') resend();
      else post({ source: WIDGET_SOURCE, version: PROTOCOL_VERSION, type: 'result', result: summarize(latest.current) }, emitTo);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [emitTo, resend]);

  const fullUrl = `${siteUrl}?lang=${i18n.language}`;
  // The link takes the case along (the page's #case=), added when followed so the first render stays static.
  const withCase = (e: { currentTarget: HTMLAnchorElement }) => {
    e.currentTarget.href = `${fullUrl}${window.location.hash}`;
  };
  return (
    <div className="widget">
      <main id="main" className="page widget-page" aria-label={t('title')}>
        <h1 className="widget-title">{t('title')}</h1>
        <Calculator keeping={options.preview ? 'nothing' : 'widget'} onResult={onResult} resultNotice={emitTo ? <p className="notice host-notice">{t('host_receives', { origin: emitTo })}</p> : null} />
      </main>
      <footer className="widget-footer">
        <p>
          {t('about')}{' '}
          <a href={fullUrl} target="_blank" rel="noopener noreferrer" onClick={withCase} onAuxClick={withCase}>
            {t('open_full')}
          </a>
        </p>
      </footer>
    </div>
  );
}
