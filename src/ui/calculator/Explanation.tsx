import { useTranslation } from 'react-i18next';
import type { CalcResult, LegalRef, ParameterUse, Step } from '../../core';
import { ACTS } from '../../core/light';
import type { Language } from '../../i18n/languages';
import { formatDate, formatMoney, formatNumber } from '../format';
import { useWide } from './useWide';
import { stepSentence, stepTitleKey } from './explain';

/** A value in tenge (МЗП, МРП) as money ("85 000 ₸"); any other as a number with the language's marks. */
function parameterValue(p: Pick<ParameterUse, 'unit' | 'value'>, lang: Language): string {
  return p.unit === 'KZT' ? formatMoney(p.value, lang) : formatNumber(p.value, lang);
}

/**
 * A parameter's value as the list of values used shows it, by its unit (the core's table says which): a share
 * as a percentage, multiples with МЗП or МРП, a list by birth order; nothing for a rule (its name says it).
 */
function listedValue(p: ParameterUse, lang: Language, t: (key: string) => string): string {
  const parts = p.value.split(' / ');
  if (!parts.every((x) => /^\d+(\.\d+)?$/.test(x))) return '';
  if (p.unit === 'ratio') return parts.map((x) => `${formatNumber(String(Number(x) * 100), lang)} %`).join(' / ');
  const shown = parts.map((value) => parameterValue({ unit: p.unit, value }, lang)).join(' / ');
  if (p.unit === 'MRP') return `${shown} ${t('law.units.mrp')}`;
  if (p.unit === 'MZP') return `${shown} ${t('law.units.mzp')}`;
  return shown;
}

/**
 * Every value of the law the calculation used: its name, value and date, how sure it is (law, official, secondary,
 * our reading, forecast) and where it comes from, linked to the act's official text or the publication.
 */
function ParameterList({ parameters }: { parameters: readonly ParameterUse[] }) {
  const { t, i18n } = useTranslation('calc');
  const lang = i18n.language as Language;
  return (
    <details className="steps-block" data-testid="parameters">
      <summary>{t('explain.parameters_title', { count: parameters.length })}</summary>
      <ul className="parameter-list">
        {parameters.map((p) => {
          const value = listedValue(p, lang, t);
          return (
            <li key={`${p.id}${p.from}${p.projected}`} data-testid="parameter" data-value={p.value} data-status={p.status}>
              {t(`params.${p.id}`)}
              {value ? `: ${value}` : ''} <span className="case-meta">{t('explain.parameter_from', { from: formatDate(p.from, lang) })}</span>{' '}
              <span className={p.status === 'law' ? 'tag' : 'tag tag-assumed'}>{t(`explain.status.${p.status}`)}</span>{' '}
              <span className="step-law">
                <LawLink legal={p.source} />
                {p.source.url ? (
                  <>
                    {' · '}
                    <a href={p.source.url} target="_blank" rel="noopener noreferrer">
                      {new URL(p.source.url).hostname}
                    </a>
                  </>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}

function LawLink({ legal }: { legal: LegalRef }) {
  const { t, i18n } = useTranslation('calc');
  const act = ACTS[legal.act];
  const text = [t(`law.acts.${legal.act}`), legal.article ? t('law.article', { article: legal.article }) : '', legal.point ? t('law.point', { point: legal.point }) : '']
    .filter(Boolean)
    .join(', ');
  const url = act.url?.[i18n.language as Language];
  return url ? (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {text}
    </a>
  ) : (
    <span>{text}</span>
  );
}

function StepItem({ step }: { step: Step }) {
  const { t, i18n } = useTranslation('calc');
  return (
    <li className="step">
      <p className="step-title">
        {t(stepTitleKey(step))}
        {step.applied === true ? <span className="tag">{t('steps.applied')}</span> : null}
        {step.applied === false ? <span className="tag tag-muted">{t('steps.not_applied')}</span> : null}
      </p>
      <p className="step-formula">{stepSentence(step, i18n.language as Language, t)}</p>
      <p className="step-law">
        {step.legal.map((l, i) => (
          <span key={i}>
            {i > 0 ? '; ' : ''}
            <LawLink legal={l} />
          </span>
        ))}
        {step.assumptions?.length ? <span className="tag tag-assumed">{t('steps.assumed')}</span> : null}
      </p>
    </li>
  );
}

export function Explanation({ result }: { result: CalcResult }) {
  const { t, i18n } = useTranslation('calc');
  const lang = i18n.language as Language;
  const wide = useWide();
  const projected = result.parameters.filter((p) => p.projected);
  const unconfirmed = result.parameters.filter((p) => p.unconfirmed);
  const assumed = result.parameters.filter((p) => p.status === 'assumed');
  return (
    <section className="result-section explanation" aria-labelledby="res-how">
      <h3 id="res-how">{t('explain.title')}</h3>
      {(['maternity', 'childcare'] as const).map((payment) => {
        const steps = result[payment]?.steps;
        return steps ? (
          <details open={wide || undefined} className="steps-block fold" key={payment}>
            <summary>
              {t(`result.${payment}.title`)}
              <span className="fold-line">{t('explain.steps_summary', { count: steps.length })}</span>
            </summary>
            <ol className="steps">
              {steps.map((s) => (
                <StepItem key={s.id} step={s} />
              ))}
            </ol>
          </details>
        ) : null;
      })}
      {result.warnings.length > 0 ? (
        <ul className="warnings">
          {result.warnings.map((w) => (
            <li key={w.code}>{t(`warnings.${w.code}`, { count: w.months?.length ?? 0 })}</li>
          ))}
        </ul>
      ) : null}
      <details className="steps-block">
        <summary>{t('explain.assumptions_title', { count: result.assumptions.length })}</summary>
        <p className="hint">{t('explain.assumptions_hint')}</p>
        <ul>
          {result.assumptions.map((a) => (
            <li key={a}>{t(`assumptions.${a}`)}</li>
          ))}
          {assumed.map((p) => (
            <li key={`${p.id}${p.from}`}>{t('explain.assumed_parameter', { name: t(`params.${p.id}`), from: formatDate(p.from, lang) })}</li>
          ))}
        </ul>
      </details>
      <ParameterList parameters={result.parameters} />
      {projected.length > 0 || unconfirmed.length > 0 ? (
        <ul className="warnings">
          {projected.map((p) => (
            <li key={`p${p.id}${p.from}`}>
              {p.status === 'forecast'
                ? t('explain.forecast_parameter', { name: t(`params.${p.id}`), value: parameterValue(p, lang), from: formatDate(p.from, lang) })
                : t('explain.projected_parameter', { name: t(`params.${p.id}`), value: parameterValue(p, lang) })}
            </li>
          ))}
          {unconfirmed.map((p) => (
            <li key={`u${p.id}${p.from}`}>{t('explain.unconfirmed_parameter', { name: t(`params.${p.id}`), value: parameterValue(p, lang), from: formatDate(p.from, lang) })}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
