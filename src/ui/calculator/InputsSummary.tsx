/**
 * What was entered, compactly: shown only when printing (or saving as PDF), in place of the form, so that the
 * printed page carries the inputs beside the results, the steps and the note.
 */
import { useTranslation } from 'react-i18next';
import type { CalcResult } from '../../core';
import type { Language } from '../../i18n/languages';
import { formatDate, formatMoney, formatMonth } from '../format';
import type { FormValues } from './formModel';
import { PairList } from './Result';

export function InputsSummary({ values, result }: { values: FormValues; result: CalcResult }) {
  const { t, i18n } = useTranslation('calc');
  const lang = i18n.language as Language;
  const rows: [string, string][] = [
    [t('form.payer.legend'), t(`form.payer.${values.payer}`)],
    [t('form.leaveCase.legend'), t(`form.leaveCase.${values.leaveCase}`)],
  ];
  if (result.maternity) rows.push([t('result.dates.leave_start'), `${formatDate(result.maternity.rightDate, lang)} (${t('result.days_value', { count: result.maternity.days })})`]);
  if (result.childcare) rows.push([values.birthStatus === 'born' ? t('form.birthDate.born') : t('form.birthDate.expected'), formatDate(result.childcare.rightDate, lang)]);
  rows.push([t('form.childrenBorn.legend'), values.childrenBorn], [t('form.birthOrder.legend'), values.birthOrder], [t('form.incomeKind.legend'), t(`form.incomeKind.${values.incomeKind}`)]);
  return (
    <section className="result-section print-only" aria-labelledby="print-inputs">
      <h3 id="print-inputs">{t('print.inputs')}</h3>
      <PairList rows={rows} />
      <table className="schedule">
        <caption>{t('print.income')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('form.income.month')}</th>
            <th scope="col">{t('print.entered')}</th>
            <th scope="col">{t('print.counted')}</th>
          </tr>
        </thead>
        <tbody>
          {result.months.map((m) => (
            <tr key={m.month}>
              <td>{formatMonth(m.month, lang)}</td>
              <td>{m.payers.map((p) => formatMoney(p.amount, lang)).join(' + ')}</td>
              <td>{formatMoney(m.base, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
