/**
 * The explanation contract (core/result.ts `StepCatalogue`): every step id × variant the core emits has a title
 * and a sentence in both languages, and every sentence is filled in: no missing key, no placeholder without a
 * value, no `{{` left over, no value shown raw.
 */
import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { beforeAll, describe, expect, test } from 'vitest';
import { calculate, type CalcResult, type Step, type StepId, type StepVariant } from '../../core';
import { monthFromIndex, monthIndex } from '../../core/dates';
import { expandFill, type CaseFile } from '../../core/rules/cases/format';
import { count, money, step as makeStep } from '../../core/rules/step';
import type { Language } from '../../i18n/languages';
import { formatStepValue, stepSentence, stepSentenceKey, stepTitleKey } from './explain';

const calcFiles = import.meta.glob<Record<string, unknown>>('../../../locales/*/calc.json', { eager: true, import: 'default' });
const caseFiles = import.meta.glob<CaseFile>('../../core/rules/cases/*.cases.json', { eager: true, import: 'default' });
const LANGUAGES = ['kk', 'ru'] as const satisfies readonly Language[];

/** Every id and variant the core can emit. A variant added to the catalogue and not listed here fails to compile. */
const EXPECTED = {
  'maternity.window': ['standard'],
  'maternity.sum': ['standard'],
  'maternity.average': ['standard'],
  'maternity.cap': ['standard', 'none'],
  'maternity.days': ['standard', 'shorter', 'adoption'],
  'maternity.gross': ['standard'],
  'maternity.pension': ['standard'],
  'maternity.net': ['standard'],
  'childcare.window': ['standard'],
  'childcare.sum': ['standard'],
  'childcare.average': ['standard'],
  'childcare.amount': ['standard'],
  'childcare.cap': ['standard'],
  'childcare.floor': ['standard', 'ineligible'],
  'childcare.duration': ['standard'],
  'childcare.pension': ['standard'],
  'childcare.total': ['standard'],
  'childcare.pension_topup': ['standard'],
} as const satisfies { [I in StepId]: readonly StepVariant<I>[] };
type Unlisted = { [I in StepId]: Exclude<StepVariant<I>, (typeof EXPECTED)[I][number]> }[StepId];
const everyVariantListed: [Unlisted] extends [never] ? true : Unlisted = true;

/** Income of every month from `from` to `to`, one amount per payer. */
function months(from: string, to: string, ...amounts: string[]): { month: string; amounts: string[] }[] {
  const out = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) out.push({ month: monthFromIndex(i), amounts });
  return out;
}

/** Cases that together reach every variant (and the rules around them). */
const CASES: Record<string, unknown> = {
  'from 2025-04-08: the maternity cap, both caps applied, a top-up sheet possible': {
    leaveStart: '2026-03-02', birthDate: '2026-05-11', leaveCase: 'normal',
    income: { kind: 'salary', months: months('2024-01', '2026-02', '1000000', '1000000') },
  },
  'before 2025-04-08: no maternity cap': {
    leaveStart: '2024-06-03', birthDate: '2024-08-12', leaveCase: 'normal',
    income: { kind: 'salary', months: months('2022-06', '2024-05', '300000') },
  },
  '2015: the childcare cap is 10 МЗП, two payers, the cap applied': {
    leaveStart: '2015-04-01', birthDate: '2015-06-15', leaveCase: 'normal',
    income: { kind: 'salary', months: months('2013-01', '2015-03', '400000', '300000') },
  },
  '2015: low income, the floor applied': {
    leaveStart: '2015-04-01', birthDate: '2015-06-15',
    income: { kind: 'salary', months: months('2013-01', '2015-03', '20000') },
  },
  '2012: 12 payments and no pension top-up yet': {
    birthDate: '2012-05-10',
    income: { kind: 'salary', months: months('2010-01', '2012-04', '80000') },
  },
  'a shorter sheet': {
    leaveStart: '2026-03-02', leaveCase: 'normal', leaveDays: 70,
    income: { kind: 'salary', months: months('2025-01', '2026-02', '250000') },
  },
  'adoption of a newborn': {
    leaveStart: '2026-03-10', leaveCase: 'adoption', leaveDays: 40, birthDate: '2026-03-01',
    income: { kind: 'salary', months: months('2024-01', '2026-02', '250000') },
  },
  'twins, third and fourth children, zone': {
    leaveStart: '2026-01-05', birthDate: '2026-03-20', leaveCase: 'zone_complicated', childrenBorn: 2, birthOrder: 3,
    income: { kind: 'salary', months: months('2024-01', '2025-12', '150000') },
  },
  'a special-regime payer before 2026, contributions': {
    payer: 'self_employed_special', leaveStart: '2025-09-01', birthDate: '2025-11-10',
    income: { kind: 'contributions', months: months('2023-09', '2025-08', '3000') },
  },
  'an entrepreneur, base income': {
    payer: 'entrepreneur', leaveStart: '2026-03-02', birthDate: '2026-05-11',
    income: { kind: 'base', months: months('2024-03', '2026-02', '85000') },
  },
  'no income in either window': { leaveStart: '2026-03-02', birthDate: '2026-05-11' },
};

function resultOf(input: unknown): CalcResult {
  const outcome = calculate(input);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}

const stepsOf = (r: CalcResult): Step[] => [...(r.maternity?.steps ?? []), ...(r.childcare?.steps ?? [])];

const handResults = Object.fromEntries(Object.entries(CASES).map(([name, input]) => [name, resultOf(input)]));
/** Every valid case of the case files too. */
const fileResults: CalcResult[] = Object.values(caseFiles).flatMap((file) =>
  file.cases.filter((entry) => !entry.expectErrors).flatMap((entry) => {
    const outcome = calculate(expandFill(entry));
    return outcome.ok ? [outcome.result] : [];
  }),
);
const allSteps: Step[] = [...Object.values(handResults), ...fileResults].flatMap(stepsOf);

/** A real i18next instance per language with the locale file as it is, recording placeholders left without a value. */
const missing: string[] = [];
const instances = new Map<Language, I18n>();
beforeAll(async () => {
  for (const lang of LANGUAGES) {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: lang,
      fallbackLng: false,
      ns: ['calc'],
      defaultNS: 'calc',
      resources: { [lang]: { calc: calcFiles[`../../../locales/${lang}/calc.json`] } },
      interpolation: { escapeValue: false },
      returnNull: false,
      missingInterpolationHandler: (text: string, match: RegExpExecArray) => {
        missing.push(`${lang}: ${match[0]} in «${text}»`);
        return match[0];
      },
    });
    instances.set(lang, i18n);
  }
});
const tOf = (lang: Language): TFunction => instances.get(lang)!.t;

describe('the explanation contract', () => {
  test('the test lists every variant of the catalogue', () => {
    expect(everyVariantListed).toBe(true);
  });

  test('the core cannot build a step outside the catalogue (checked by tsc)', () => {
    const built = [
      // @ts-expect-error the cap of the standard variant must give its cap, МЗП and multiple
      makeStep('maternity.cap', 'standard', '', {}, money('1.00'), []),
      // @ts-expect-error a number of months is a count, not money
      makeStep('maternity.sum', 'standard', '', { monthsWithIncome: money('1.00') }, money('1.00'), []),
      // @ts-expect-error the childcare cap has no variant without a cap
      makeStep('childcare.cap', 'none', '', {}, money('1.00'), []),
      // @ts-expect-error the result of the days step is a count
      makeStep('maternity.days', 'shorter', '', { leaveCase: { kind: 'leave_case', value: 'normal' } }, money('1.00'), []),
      makeStep('maternity.days', 'shorter', '', { leaveCase: { kind: 'leave_case', value: 'normal' } }, count(70), []),
    ];
    expect(built.map((s) => s.variant)).toEqual(['standard', 'standard', 'none', 'shorter', 'shorter']);
  });

  test('the cases reach every step id × variant, and the core emits nothing else', () => {
    const seen = new Set(allSteps.map((s) => `${s.id}/${s.variant}`));
    const expected = new Set(Object.entries(EXPECTED).flatMap(([id, variants]) => variants.map((v) => `${id}/${v}`)));
    expect([...seen].sort()).toEqual([...expected].sort());
  });

  test('each step carries a typed value for each of its names', () => {
    for (const s of allSteps) {
      for (const v of [...Object.values(s.values), s.result]) {
        expect(['money', 'month', 'date', 'count', 'rate', 'factor', 'leave_case']).toContain(v.kind);
        expect(typeof v.value, s.id).toBe('string');
      }
    }
  });

  for (const lang of LANGUAGES) {
    test(`${lang}: every step's title and sentence exist and are filled in`, () => {
      const i18n = instances.get(lang)!;
      missing.length = 0;
      const checked = new Set<string>();
      for (const s of allSteps) {
        const key = `${s.id}/${s.variant}`;
        expect(i18n.exists(`calc:${stepTitleKey(s)}`), `${lang} title of ${key}`).toBe(true);
        expect(i18n.exists(`calc:${stepSentenceKey(s)}`), `${lang} sentence of ${key}`).toBe(true);
        const text = stepSentence(s, lang, tOf(lang));
        expect(text, `${lang} ${key}`).not.toContain('{{');
        expect(text, `${lang} ${key}`).not.toMatch(/undefined|NaN|null|\d{4}-\d{2}/);
        checked.add(key);
      }
      expect(missing).toEqual([]);
      expect(checked.size).toBe(Object.values(EXPECTED).flat().length);
    });
  }
});

describe('the sentences show the parameters used', () => {
  const step = <I extends StepId>(r: CalcResult, id: I): Step => {
    const s = stepsOf(r).find((x) => x.id === id);
    if (!s) throw new Error(`no ${id}`);
    return s;
  };

  test('before 2025-04-08 the maternity cap says there was none (no raw placeholders)', () => {
    const s = step(handResults['before 2025-04-08: no maternity cap'], 'maternity.cap');
    expect(s.variant).toBe('none');
    expect(s.applied).toBeUndefined();
    expect(stepSentence(s, 'ru', tOf('ru'))).toMatch(/^До 8 апреля 2025 года общего предела не было\. Учитывается 270\s000\s₸\.$/);
    expect(stepSentence(s, 'kk', tOf('kk'))).toMatch(/^2025 жылғы 8 сәуірге дейін жалпы шек болған жоқ\. Ескерілетін сома: 270\s000\s₸\.$/);
  });

  test('from 2025-04-08 the maternity cap names its multiple', () => {
    const s = step(handResults['from 2025-04-08: the maternity cap, both caps applied, a top-up sheet possible'], 'maternity.cap');
    expect(s.variant).toBe('standard');
    expect(s.applied).toBe(true);
    expect(s.formula).toBe('min(average, 7 × МЗП)');
    expect(stepSentence(s, 'ru', tOf('ru'))).toMatch(/^Не больше 7 МЗП: 7 × 85\s000\s₸ = 595\s000\s₸\. Учитывается 595\s000\s₸\.$/);
  });

  test('in 2015 the childcare cap is 40 % of 10 МЗП, in the formula and in both languages', () => {
    const s = step(handResults['2015: the childcare cap is 10 МЗП, two payers, the cap applied'], 'childcare.cap');
    expect(s.formula).toBe('min(amount, 0.4 × 10 × МЗП)');
    expect(s.values).toMatchObject({ multiple: { kind: 'factor', value: '10' }, coefficient: { kind: 'rate', value: '0.4' } });
    expect(stepSentence(s, 'ru', tOf('ru'))).toMatch(/^Не больше 40\u00a0% × 10 МЗП \(/);
    expect(stepSentence(s, 'kk', tOf('kk'))).toMatch(/^Ең көбі 40\u00a0% × 10 ЕТЖ \(/);
  });

  test('rates and divisors come from the parameters, with the language decimal mark', () => {
    const r = handResults['2015: low income, the floor applied'];
    const floor = step(r, 'childcare.floor');
    expect(floor.applied).toBe(true);
    expect(floor.formula).toBe('max(amount, allowance ÷ 0.9)');
    expect(stepSentence(floor, 'ru', tOf('ru'))).toContain('÷ 0,9,');
    expect(stepSentence(floor, 'kk', tOf('kk'))).toContain('÷ 0,9 ');
    expect(step(r, 'childcare.amount').formula).toBe('average × 0.4');
    expect(step(r, 'childcare.pension').formula).toBe('gross × 10 %');
    expect(stepSentence(step(r, 'childcare.pension'), 'kk', tOf('kk'))).toMatch(/^10\u00a0% × /);
    expect(step(r, 'childcare.pension_topup').formula).toBe('10 % × average − ОПВ withheld');
  });

  test('a shorter sheet and an adoption have their own sentences', () => {
    const shorter = step(handResults['a shorter sheet'], 'maternity.days');
    expect(shorter.variant).toBe('shorter');
    expect(stepSentence(shorter, 'ru', tOf('ru'))).toBe('Обычные роды — 126 дней; лист нетрудоспособности выдан на меньший срок: 70 дн.');
    const adoption = step(handResults['adoption of a newborn'], 'maternity.days');
    expect(adoption.variant).toBe('adoption');
    expect(adoption.formula).toContain('56th day');
    expect(stepSentence(adoption, 'ru', tOf('ru'))).toContain('до истечения 56 дней со дня рождения ребёнка — 40 дн.');
  });

  test('no income: the floor step says there is no payment', () => {
    const s = step(handResults['no income in either window'], 'childcare.floor');
    expect(s.variant).toBe('ineligible');
    expect(s.assumptions).toBeUndefined();
  });

  test('12 payments and no pension top-up before 2014', () => {
    const r = handResults['2012: 12 payments and no pension top-up yet'];
    expect(step(r, 'childcare.duration').result).toEqual({ kind: 'count', value: '12' });
    expect(stepsOf(r).some((s) => s.id === 'childcare.pension_topup')).toBe(false);
    expect(handResults['from 2025-04-08: the maternity cap, both caps applied, a top-up sheet possible'].maternity?.topUp).not.toBeNull();
  });
});

describe('values are formatted by their kind', () => {
  test.each(LANGUAGES)('%s', (lang) => {
    const t = tOf(lang);
    expect(formatStepValue({ kind: 'count', value: '18' }, lang, t)).toBe(18);
    expect(formatStepValue({ kind: 'rate', value: '0.4' }, lang, t)).toBe('40\u00a0%');
    expect(formatStepValue({ kind: 'rate', value: '0.07' }, lang, t)).toBe('7\u00a0%');
    expect(formatStepValue({ kind: 'factor', value: '0.9' }, lang, t)).toBe('0,9');
    expect(formatStepValue({ kind: 'money', value: '595000.00' }, lang, t)).toMatch(/^595\s000\s₸$/);
    expect(formatStepValue({ kind: 'month', value: '2025-03' }, lang, t)).toMatch(lang === 'ru' ? /^март 2025/ : /2025\u00a0ж\. наурыз/);
    expect(formatStepValue({ kind: 'date', value: '2026-03-02' }, lang, t)).toMatch(lang === 'ru' ? /^2 марта 2026/ : /^2026\u00a0ж\. 2 наурыз/);
    expect(formatStepValue({ kind: 'leave_case', value: 'zone' }, lang, t)).toMatch(lang === 'ru' ? /^Зона Семипалатинского/ : /^Семей/);
  });

  test('the sentence key: formula for the standard variant, formula_<variant> for the others', () => {
    expect(stepSentenceKey({ id: 'maternity.cap', variant: 'standard' })).toBe('steps.maternity.cap.formula');
    expect(stepSentenceKey({ id: 'maternity.cap', variant: 'none' })).toBe('steps.maternity.cap.formula_none');
    expect(stepTitleKey({ id: 'childcare.floor' })).toBe('steps.childcare.floor.title');
  });
});
