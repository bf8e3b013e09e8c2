/**
 * "To reach the maximum": for each payment, the average monthly income at which its cap is reached, what one
 * payer's monthly amount would have to be in every month of the window, and how far the case is from it. The
 * figures are the core's (result.maximum, core/rules/maximum.ts).
 */
import { useTranslation } from 'react-i18next';
import type { CalcResult, MaximumTarget } from '../../core';
import type { Language } from '../../i18n/languages';
import { formatMoney, formatMonth } from '../format';
import { useNextTexts } from './nextTexts';
import { Money } from './Result';

function Target({ which, target }: { which: 'maternity' | 'childcare'; target: MaximumTarget }) {
  const { t, i18n } = useTranslation(['next', 'calc']);
  const lang = i18n.language as Language;
  const id = (name: string) => `maximum-${which}-${name}`;
  return (
    <div className="maximum-target" data-testid={id('target')}>
      <h4>{t(`calc:result.${which}.title`)}</h4>
      {target.reached ? (
        <p>
          {t('maximum.reached_1')} <Money value={target.current} testId={id('current')} /> {t('maximum.reached_2')} <Money value={target.average} testId={id('average')} />.
        </p>
      ) : (
        <>
          <p>
            {t('maximum.at_1')} <Money value={target.average} testId={id('average')} />
            {t('maximum.at_2', { months: target.months, count: target.months, from: formatMonth(target.windowFrom, lang), to: formatMonth(target.windowTo, lang) })}
          </p>
          <p>
            {t('maximum.yours')} <Money value={target.current} testId={id('current')} /> —{' '}
            <span data-testid={id('shortfall')} data-value={target.shortfall}>
              {t('maximum.short', { amount: formatMoney(target.shortfall, lang) })}
            </span>
            ;{' '}
            <span data-testid={id('months-below')} data-value={String(target.monthsBelow)}>
              {t('maximum.below', { count: target.monthsBelow, months: target.months })}
            </span>
          </p>
          {target.monthly !== null ? (
            <p>
              {t(target.declared ? 'maximum.monthly_declared' : `maximum.monthly_${target.kind}`)} <Money value={target.monthly} testId={id('monthly')} /> {t('maximum.monthly_suffix')}
            </p>
          ) : (
            <p>
              {t('maximum.out_of_reach_1')} <Money value={target.payerMax} testId={id('payer-max')} />
              {t('maximum.out_of_reach_2')}
            </p>
          )}
        </>
      )}
    </div>
  );
}

export function Maximum({ result }: { result: CalcResult }) {
  const { t } = useTranslation('next');
  const ready = useNextTexts();
  const max = result.maximum;
  if (!max || !ready) return null;
  return (
    <section className="result-section" aria-labelledby="res-maximum">
      <details className="maximum" data-testid="maximum">
        <summary>
          <h3 id="res-maximum">{t('maximum.title')}</h3>
        </summary>
        <p className="hint">{t('maximum.hint')}</p>
        {max.maternity ? <Target which="maternity" target={max.maternity} /> : null}
        {max.childcare ? <Target which="childcare" target={max.childcare} /> : null}
      </details>
    </section>
  );
}
