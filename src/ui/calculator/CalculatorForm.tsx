import { useTranslation } from 'react-i18next';
import { INCOME_KINDS, LEAVE_CASES, LEAVE_DAYS, MAX_BIRTH_ORDER, MAX_CHILDREN_BORN, PAYERS, valueOn } from '../../core/light';
import type { Language } from '../../i18n/languages';
import { formatDate } from '../format';
import { ErrorText, fieldId, RadioGroup, SelectField, TextField } from './fields';
import { DEFAULT_VALUES, estimatedLeaveStart, type FormValues } from './formModel';
import { IncomeTable, type FormPartProps } from './IncomeTable';
import { typeDate } from './userDate';

const SHORTER: Record<FormValues['leaveCase'], string[]> = {
  normal: ['70', '56'],
  complicated: ['70', '56'],
  multiple: ['70', '56'],
  zone: ['93', '79'],
  zone_complicated: ['93', '79'],
  adoption: [],
};

export function CalculatorForm({ form, values, errors, visible, result }: FormPartProps) {
  const { t, i18n } = useTranslation('calc');
  const lang = i18n.language as Language;
  const { register } = form;
  // Dates: the dots appear as one types digits (the phone's numeric keypad has no dot).
  const dateField = (name: 'birthDate' | 'leaveStart') => {
    const registration = register(name);
    return {
      ...registration,
      onChange: (e: { target: HTMLInputElement; type?: string }) => {
        const typed = typeDate(form.getValues(name) ?? '', e.target.value);
        if (typed !== e.target.value) e.target.value = typed;
        return registration.onChange(e);
      },
    };
  };
  const err = (name: string) => (visible(name) ? errors[name] : undefined);
  const adoption = values.leaveCase === 'adoption';
  const estimate = values.leaveSource === 'estimate' && !adoption ? estimatedLeaveStart(values.birthDate, values.leaveCase) : null;

  return (
    <div className="form-sections">
      <section className="form-section" aria-labelledby="sec-person">
        <h2 id="sec-person">{t('form.person.title')}</h2>
        <RadioGroup
          name="payer"
          legend={t('form.payer.legend')}
          registration={register('payer')}
          initial={DEFAULT_VALUES.payer}
          options={PAYERS.map((p) => ({ value: p, label: t(`form.payer.${p}`), hint: t(`form.payer.${p}_hint`) }))}
        />
      </section>

      <section className="form-section" aria-labelledby="sec-dates">
        <h2 id="sec-dates">{t('form.dates.title')}</h2>
        <SelectField
          name="leaveCase"
          legend={t('form.leaveCase.legend')}
          registration={register('leaveCase')}
          options={LEAVE_CASES.map((c) => ({ value: c, label: t(`form.leaveCase.${c}`) }))}
        />
        <RadioGroup
          name="birthStatus"
          legend={t('form.birthStatus.legend')}
          registration={register('birthStatus')}
          initial={DEFAULT_VALUES.birthStatus}
          options={[
            { value: 'expected', label: t('form.birthStatus.expected') },
            { value: 'born', label: t('form.birthStatus.born') },
          ]}
        />
        <TextField
          name="birthDate"
          label={values.birthStatus === 'born' ? t('form.birthDate.born') : t('form.birthDate.expected')}
          hint={t('form.date_hint')}
          inputMode="numeric"
          placeholder={t('form.date_placeholder')}
          error={err('birthDate')}
          registration={dateField('birthDate')}
        />
        {adoption ? null : (
          <RadioGroup
            name="leaveSource"
            legend={t('form.leaveSource.legend')}
            registration={register('leaveSource')}
          initial={DEFAULT_VALUES.leaveSource}
            options={[
              { value: 'sheet', label: t('form.leaveSource.sheet') },
              { value: 'estimate', label: t('form.leaveSource.estimate') },
              { value: 'none', label: t('form.leaveSource.none'), hint: t('form.leaveSource.none_hint') },
            ]}
          />
        )}
        {values.leaveSource === 'sheet' || adoption ? (
          <TextField
            name="leaveStart"
            label={adoption ? t('form.leaveStart.adoption') : t('form.leaveStart.sheet')}
            hint={t('form.date_hint')}
            inputMode="numeric"
            placeholder={t('form.date_placeholder')}
            error={err('leaveStart')}
            registration={dateField('leaveStart')}
          />
        ) : null}
        {estimate ? (
          <p className="estimate" id="leave-estimate">
            {t('form.leaveSource.estimate_value', { date: formatDate(estimate, lang), count: values.leaveCase.startsWith('zone') ? 91 : 70 })}
          </p>
        ) : null}
        {adoption ? (
          <TextField
            name="adoptionDays"
            label={t('form.adoptionDays.label')}
            hint={t('form.adoptionDays.hint')}
            inputMode="numeric"
            error={err('adoptionDays')}
            registration={register('adoptionDays')}
          />
        ) : values.leaveSource !== 'none' ? (
          <SelectField
            name="sheetDays"
            legend={t('form.sheetDays.legend')}
            registration={register('sheetDays')}
            error={err('sheetDays')}
            options={[
              { value: '', label: t('form.sheetDays.standard', { count: standardDays(values.leaveCase) }) },
              ...SHORTER[values.leaveCase].map((d) => ({ value: d, label: t(`form.sheetDays.d${d}`) })),
            ]}
          />
        ) : null}
      </section>

      <section className="form-section" aria-labelledby="sec-children">
        <h2 id="sec-children">{t('form.children.title')}</h2>
        <SelectField
          name="childrenBorn"
          legend={t('form.childrenBorn.legend')}
          registration={register('childrenBorn')}
          error={err('childrenBorn')}
          options={Array.from({ length: MAX_CHILDREN_BORN }, (_, i) => String(i + 1)).map((n) => ({ value: n, label: n }))}
        />
        <SelectField
          name="birthOrder"
          legend={t('form.birthOrder.legend')}
          hint={t('form.birthOrder.hint')}
          registration={register('birthOrder')}
          error={err('birthOrder')}
          options={Array.from({ length: MAX_BIRTH_ORDER }, (_, i) => String(i + 1)).map((n) => ({ value: n, label: t('form.birthOrder.option', { count: Number(n), ordinal: n }) }))}
        />
      </section>

      <section className="form-section" aria-labelledby="sec-income">
        <h2 id="sec-income">{t('form.income.title')}</h2>
        <RadioGroup
          name="incomeKind"
          legend={t('form.incomeKind.legend')}
          registration={register('incomeKind')}
          initial={DEFAULT_VALUES.incomeKind}
          options={INCOME_KINDS.map((k) => ({ value: k, label: t(`form.incomeKind.${k}`), hint: t(`form.incomeKind.${k}_hint`) }))}
        />
        <IncomeTable form={form} values={values} errors={errors} visible={visible} result={result} />
        <ErrorText id={`${fieldId('income')}-error`} code={err('income')} />
      </section>
    </div>
  );
}

function standardDays(c: FormValues['leaveCase']): number {
  const rule = valueOn(LEAVE_DAYS, '2008-01-01').value;
  return c === 'adoption' ? rule.adoptionMaxDays : rule.standard[c];
}
