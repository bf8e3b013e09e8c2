/**
 * The calendar file (calendar.ts) read back: real results of the core from worked examples, written as
 * iCalendar text, unfolded and parsed here, and compared with dates and amounts worked out by hand.
 * RFC 5545's details are checked on the raw text: CRLF, lines of at most 75 octets, TEXT escaping.
 */
import i18next, { type TFunction } from 'i18next';
import { describe, expect, test } from 'vitest';
import kkCalc from '../../../locales/kk/calc.json';
import ruCalc from '../../../locales/ru/calc.json';
import kkNext from '../../../locales/kk/next.json';
import ruNext from '../../../locales/ru/next.json';
import type { CalcResult } from '../../core';
import { months, resultOf } from '../../testing/cases';
import { LANGUAGES, type Language } from '../../i18n/languages';
import { calendarIcs } from './calendar';

/**
 * The calendar's texts as proposed for `next:calendar.*`. They are added under the locale files without
 * overwriting: once the locale files have them, the files' wording is what the test reads.
 */
const PROPOSED: Record<Language, Record<string, unknown>> = {
  kk: {
    name: 'МӘСҚ төлемдері: демалыс және бала күтімі',
    amount_each: '{{count}} баланың әрқайсысына {{amount}} (барлығы {{total}})',
    amount_split: '{{count}} балаға барлығы {{total}} ({{amounts}})',
    leave_start: {
      summary: 'Жүктілікке және босануға байланысты демалыстың басталуы',
      summary_adoption: 'Жаңа туған баланы асырап алуға байланысты демалыстың басталуы',
      description: 'Жүктілікке және босануға байланысты төлем: {{days}} үшін қолға {{amount}}.',
    },
    leave_end: {
      summary: 'Парақ бойынша демалыстың соңғы күні',
      description: 'Парақ бойынша демалыс — {{from}} күнінен {{to}} күніне дейін, {{days}}.',
    },
    birth: {
      summary: 'Баланың туған күні',
      summary_children: 'Балалардың туған күні ({{count}})',
      description: 'Осы күннен бастап бала 1,5 жасқа толғанға дейін оның күтіміне байланысты төлемге құқық бар: {{payments}}, біріншісі — қолға {{amount}}.',
    },
    payment: {
      summary: 'Бала күтіміне байланысты төлем ({{index}}/{{count}})',
      summary_children: '{{children}} баланың күтіміне байланысты төлем ({{index}}/{{count}})',
      description: '{{from}} күнінен {{to}} күніне дейінгі кезең үшін қолға {{amount}}.',
      projected: 'Бұл болжам: осы жылға АЕК немесе ЕТЖ бюджет туралы заңмен әлі бекітілмеген, сома өзгеруі мүмкін.',
    },
    deadline: {
      maternity_summary: 'Жүктілікке және босануға байланысты төлемге жүгіну мерзімі',
      maternity_description: 'Жүктілікке және босануға байланысты төлемге {{date}} күніне дейін өтініш беріңіз — демалыс басталған күннен бастап 12 ай. Қолға: {{amount}}.',
      childcare_summary: 'Бала күтіміне байланысты төлемге жүгіну мерзімі',
      childcare_description: 'Бала күтіміне байланысты төлемге {{date}} күніне дейін өтініш беріңіз — бала туған күннен бастап 18 ай. Барлығы қолға: {{total}} ({{payments}}).',
    },
  },
  ru: {
    name: 'Выплаты ГФСС: отпуск и уход за ребёнком',
    amount_each: 'по {{amount}} на каждого из {{count}} детей (всего {{total}})',
    amount_split: 'всего {{total}} на {{count}} детей ({{amounts}})',
    leave_start: {
      summary: 'Начало отпуска по беременности и родам',
      summary_adoption: 'Начало отпуска при усыновлении новорождённого',
      description: 'Выплата по беременности и родам: {{amount}} на руки за {{days}}.',
    },
    leave_end: {
      summary: 'Последний день отпуска по листу',
      description: 'Отпуск по листу — с {{from}} по {{to}}, {{days}}.',
    },
    birth: {
      summary: 'Рождение ребёнка',
      summary_children: 'Рождение детей ({{count}})',
      description: 'С этого дня — право на выплату по уходу за ребёнком до 1,5 лет: {{payments}}, первая — {{amount}} на руки.',
    },
    payment: {
      summary: 'Выплата по уходу за ребёнком ({{index}}/{{count}})',
      summary_children: 'Выплата по уходу за {{children}} детьми ({{index}}/{{count}})',
      description: 'За период с {{from}} по {{to}}: {{amount}} на руки.',
      projected: 'Это прогноз: МРП или МЗП на этот год ещё не утверждены законом о бюджете, сумма может измениться.',
    },
    deadline: {
      maternity_summary: 'Срок обращения за выплатой по беременности и родам',
      maternity_description: 'Подайте заявление на выплату по беременности и родам до {{date}} — 12 месяцев со дня начала отпуска. На руки: {{amount}}.',
      childcare_summary: 'Срок обращения за выплатой по уходу за ребёнком',
      childcare_description: 'Подайте заявление на выплату по уходу за ребёнком до {{date}} — 18 месяцев со дня рождения. Всего на руки: {{total}} ({{payments}}).',
    },
  },
};

const missing: string[] = [];
function tFor(lang: Language): TFunction {
  const i18n = i18next.createInstance();
  void i18n.init({
    lng: lang,
    fallbackLng: false,
    ns: ['calc', 'next'],
    defaultNS: 'calc',
    resources: { [lang]: { calc: lang === 'kk' ? kkCalc : ruCalc, next: lang === 'kk' ? kkNext : ruNext } },
    interpolation: { escapeValue: false },
    initAsync: false,
    saveMissing: true,
    missingKeyHandler: (_lngs: readonly string[], ns: string, key: string) => {
      missing.push(`${lang} ${ns}:${key}`);
    },
  });
  // deep, no overwrite: a key the locale file already has keeps the file's text.
  i18n.addResourceBundle(lang, 'next', { calendar: PROPOSED[lang] }, true, false);
  return i18n.t;
}
const T: Record<Language, TFunction> = { kk: tFor('kk'), ru: tFor('ru') };

const STAMP = '20260101T090000Z';
const SEED = 'case-42';
/** Letters Kazakh has and Russian does not. */
const KAZAKH_LETTER = /[әғқңөұүһі]/iu;
const NBSP = '\u00a0';

// ---------------------------------------------------------------------------------------------------------
// The cases

/** EXAMPLES.md M1 + C1: salary 180 000 in 2024-05…2026-02, leave 2026-03-02 (normal, 126 days), birth 2026-05-11, 1st child. */
const C1M1 = resultOf({
  payer: 'employee', leaveStart: '2026-03-02', leaveCase: 'normal', birthDate: '2026-05-11',
  income: { kind: 'salary', months: months('2024-05', '2026-02', '180000') },
});
/** As C1M1, twins: the leave of a multiple birth (140 days, EXAMPLES.md M2's arithmetic) and two children (C4's rule). */
const TWINS = resultOf({
  payer: 'employee', leaveStart: '2026-03-02', leaveCase: 'multiple', birthDate: '2026-05-11', childrenBorn: 2,
  income: { kind: 'salary', months: months('2024-05', '2026-02', '180000') },
});
/** A 3rd child born 2025-12-15, salary 50 000 a month in the whole window 2023-12…2025-11: the floor of a 3rd child. */
const THIRD = resultOf({
  payer: 'employee', birthDate: '2025-12-15', birthOrder: 3,
  income: { kind: 'salary', months: months('2023-12', '2025-11', '50000') },
});
/** EXAMPLES.md C3 + C5's floors at once: twins (orders 1 and 2) born 2026-05-11, base 85 000 (1 МЗП) in 2026-02…04 only. */
const TWINS_FLOOR = resultOf({
  payer: 'employee', birthDate: '2026-05-11', childrenBorn: 2,
  income: { kind: 'base', months: months('2026-02', '2026-04', '85000') },
});
/** Adoption of a newborn born 2026-03-01, adopted (first day of the sheet) 2026-03-10, a sheet of 40 days. */
const ADOPTION = resultOf({
  payer: 'employee', leaveStart: '2026-03-10', leaveCase: 'adoption', leaveDays: 40, birthDate: '2026-03-01',
  income: { kind: 'salary', months: months('2024-03', '2026-02', '180000') },
});
/** No income at all: neither payment is due. */
const NO_INCOME = resultOf({ leaveStart: '2026-03-02', birthDate: '2026-05-11', income: { kind: 'salary', months: [] } });
/** M1's income a year later: a leave from 2026-08-28 ends on 2026-12-31 (the next day is in another year). */
const YEAR_END = resultOf({
  payer: 'employee', leaveStart: '2026-08-28', leaveCase: 'normal',
  income: { kind: 'salary', months: months('2025-08', '2026-07', '180000') },
});

// ---------------------------------------------------------------------------------------------------------
// A small reader: unfold, split into properties, unescape, nest components

interface Property {
  name: string;
  params: Record<string, string>;
  /** Raw (escaped) value. */
  raw: string;
}
interface Component {
  name: string;
  props: Property[];
  children: Component[];
}

function unfold(text: string): string[] {
  return text.split('\r\n').slice(0, -1).reduce<string[]>((lines, line) => {
    if (line.startsWith(' ')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
    return lines;
  }, []);
}

function property(line: string): Property {
  const colon = line.indexOf(':');
  const [name, ...params] = line.slice(0, colon).split(';');
  return { name, params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])), raw: line.slice(colon + 1) };
}

function unescapeText(raw: string): string {
  return raw.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function parse(text: string): Component {
  const stack: Component[] = [{ name: '', props: [], children: [] }];
  for (const line of unfold(text)) {
    const p = property(line);
    if (p.name === 'BEGIN') {
      const c: Component = { name: p.raw, props: [], children: [] };
      stack[stack.length - 1].children.push(c);
      stack.push(c);
    } else if (p.name === 'END') {
      expect(stack.pop()?.name).toBe(p.raw);
    } else stack[stack.length - 1].props.push(p);
  }
  expect(stack).toHaveLength(1);
  expect(stack[0].children).toHaveLength(1);
  return stack[0].children[0];
}

function prop(c: Component, name: string): Property {
  const found = c.props.filter((p) => p.name === name);
  expect(found, `${c.name} ${name}`).toHaveLength(1);
  return found[0];
}
const text = (c: Component, name: string) => unescapeText(prop(c, name).raw);

interface Event {
  kind: string;
  date: string;
  end: string;
  summary: string;
  description: string;
  alarm: Component | null;
  component: Component;
}

function events(ics: string, seed = SEED): Event[] {
  const cal = parse(ics);
  expect(cal.name).toBe('VCALENDAR');
  return cal.children.map((e) => {
    expect(e.name).toBe('VEVENT');
    const raw = prop(e, 'UID').raw;
    expect(raw.startsWith(`${seed}-`), raw).toBe(true);
    const uid = /^([a-z-]+)-(\d{8})@gfss-calc$/.exec(raw.slice(seed.length + 1));
    expect(uid, raw).not.toBeNull();
    const date = prop(e, 'DTSTART');
    expect(date.params).toEqual({ VALUE: 'DATE' });
    expect(uid![2]).toBe(date.raw);
    const alarms = e.children.filter((c) => c.name === 'VALARM');
    expect(alarms.length).toBeLessThanOrEqual(1);
    return {
      kind: uid![1],
      date: date.raw,
      end: prop(e, 'DTEND').raw,
      summary: text(e, 'SUMMARY'),
      description: text(e, 'DESCRIPTION'),
      alarm: alarms[0] ?? null,
      component: e,
    };
  });
}

const ics = (result: CalcResult, lang: Language, t: TFunction = T[lang]) => calendarIcs(result, t, lang, STAMP, SEED);

/** The 11th of each month from 2026-05 to 2027-10 (EXAMPLES.md C1: 18 payments, the first from 2026-05-11). */
const C1_PAYMENT_DATES = months('2026-05', '2027-10', '').map((m) => `${m.month.replace('-', '')}11`);

// ---------------------------------------------------------------------------------------------------------

describe('the events of a case', () => {
  test('M1 + C1: the leave, the birth, 18 payments and both deadlines, in date order', () => {
    for (const lang of LANGUAGES) {
      const list = events(ics(C1M1, lang));
      const expected: [string, string][] = [
        ['leave-start', '20260302'], // M1: leave from 2026-03-02
        ['birth', '20260511'], // C1: birth 2026-05-11
        ...C1_PAYMENT_DATES.slice(0, 2).map((d): [string, string] => ['payment', d]),
        ['leave-end', '20260705'], // 126 days from 2026-03-02: 30 + 30 + 31 + 30 + 5 → 2026-07-05
        ...C1_PAYMENT_DATES.slice(2, 10).map((d): [string, string] => ['payment', d]),
        ['deadline-maternity', '20270302'], // 12 months from the leave start (art. 77 p.4)
        ...C1_PAYMENT_DATES.slice(10).map((d): [string, string] => ['payment', d]),
        ['deadline-childcare', '20271111'], // 18 months from the birth (art. 84 p.5)
      ];
      expect(list.map((e) => [e.kind, e.date])).toEqual(expected);
      expect(list).toHaveLength(23);
    }
  });

  test('every event lasts one day: DTEND is the next day, across a month and a year', () => {
    const list = events(ics(C1M1, 'ru'));
    expect(list.find((e) => e.kind === 'leave-end')!.end).toBe('20260706');
    expect(list.find((e) => e.kind === 'deadline-maternity')!.end).toBe('20270303');
    const yearEnd = events(ics(YEAR_END, 'ru'));
    // 2026-08-28 + 126 days: 4 + 30 + 31 + 30 + 31 → 2026-12-31.
    expect(yearEnd.map((e) => [e.kind, e.date, e.end])).toEqual([
      ['leave-start', '20260828', '20260829'],
      ['leave-end', '20261231', '20270101'],
      ['deadline-maternity', '20270828', '20270829'],
    ]);
  });

  test('summaries name the event in the page’s language', () => {
    for (const lang of LANGUAGES) {
      const t = T[lang];
      const list = events(ics(C1M1, lang));
      const byKind = (kind: string) => list.filter((e) => e.kind === kind);
      expect(byKind('leave-start')[0].summary).toBe(t('next:calendar.leave_start.summary'));
      expect(byKind('leave-end')[0].summary).toBe(t('next:calendar.leave_end.summary'));
      expect(byKind('birth')[0].summary).toBe(t('next:calendar.birth.summary'));
      expect(byKind('deadline-maternity')[0].summary).toBe(t('next:calendar.deadline.maternity_summary'));
      expect(byKind('deadline-childcare')[0].summary).toBe(t('next:calendar.deadline.childcare_summary'));
      expect(byKind('payment').map((e) => e.summary)).toEqual(
        C1_PAYMENT_DATES.map((_, i) => t('next:calendar.payment.summary', { index: i + 1, count: 18 })),
      );
      expect(byKind('payment')[2].summary).toContain('3/18');
      for (const e of list) {
        expect(KAZAKH_LETTER.test(e.summary), `${lang}: ${e.summary}`).toBe(lang === 'kk');
        expect(e.summary).toMatch(/[а-яё]/iu);
        expect(prop(e.component, 'SUMMARY').params).toEqual({ LANGUAGE: lang });
        expect(prop(e.component, 'DESCRIPTION').params).toEqual({ LANGUAGE: lang });
      }
    }
  });

  test('descriptions give the amounts (M1 net 612 360, C1 net 53 460 × 18 = 962 280) and the deadlines’ dates', () => {
    const ru = events(ics(C1M1, 'ru'));
    const kk = events(ics(C1M1, 'kk'));
    const one = (list: Event[], kind: string) => list.find((e) => e.kind === kind)!;
    for (const list of [ru, kk]) {
      expect(one(list, 'leave-start').description).toContain(`612${NBSP}360${NBSP}₸`);
      expect(one(list, 'deadline-maternity').description).toContain(`612${NBSP}360${NBSP}₸`);
      expect(one(list, 'deadline-childcare').description).toContain(`962${NBSP}280${NBSP}₸`);
      expect(one(list, 'birth').description).toContain(`53${NBSP}460${NBSP}₸`);
      const payments = list.filter((e) => e.kind === 'payment');
      for (const p of payments) expect(p.description).toContain(`53${NBSP}460${NBSP}₸`);
      // 53 460 is 40 % of the average, under the cap and above the floor: no year's МРП or МЗП changes it.
      for (const p of payments) expect(p.description).not.toContain(T[list === ru ? 'ru' : 'kk']('next:calendar.payment.projected'));
    }
    expect(one(ru, 'leave-start').description).toContain('126 дней');
    expect(one(kk, 'leave-start').description).toContain('126 күн');
    expect(one(ru, 'deadline-maternity').description).toContain(`2 марта 2027${NBSP}г.`);
    expect(one(kk, 'deadline-maternity').description).toContain(`2027${NBSP}ж. 2 наурыз`);
    expect(one(ru, 'deadline-childcare').description).toContain(`11 ноября 2027${NBSP}г.`);
    expect(one(ru, 'deadline-childcare').description).toContain('18 выплат');
    expect(one(ru, 'leave-end').description).toContain(`с 2 марта 2026${NBSP}г. по 5 июля 2026${NBSP}г.`);
    // The first payment's period: 2026-05-11 … 2026-06-10 (C1 case file).
    expect(ru.find((e) => e.kind === 'payment')!.description).toContain(`с 11 мая 2026${NBSP}г. по 10 июня 2026${NBSP}г.`);
    expect(kk.find((e) => e.kind === 'payment')!.description).toContain(`2026${NBSP}ж. 11 мамыр`);
  });

  test('the deadlines, and only they, carry a display alarm a week before', () => {
    for (const lang of LANGUAGES) {
      for (const e of events(ics(C1M1, lang))) {
        if (e.kind.startsWith('deadline-')) {
          expect(e.alarm, e.kind).not.toBeNull();
          expect(prop(e.alarm!, 'ACTION').raw).toBe('DISPLAY');
          expect(prop(e.alarm!, 'TRIGGER').raw).toBe('-P7D');
          expect(text(e.alarm!, 'DESCRIPTION')).toBe(e.summary);
        } else expect(e.alarm, e.kind).toBeNull();
        expect(prop(e.component, 'TRANSP').raw).toBe('TRANSPARENT');
        expect(prop(e.component, 'DTSTAMP').raw).toBe(STAMP);
      }
    }
  });

  test('twins: the number of children in the summaries, the amount per child and for both', () => {
    // Leave of a multiple birth: 140 days → 2026-07-19; net 162 000 × 140 ÷ 30 × 0.9 = 680 400 (EXAMPLES.md M2's arithmetic).
    // Childcare: C1's 53 460 for each of the 2 children, 106 920 together; 2 × 962 280 = 1 924 560 in all.
    for (const lang of LANGUAGES) {
      const t = T[lang];
      const list = events(ics(TWINS, lang));
      expect(list.filter((e) => e.kind === 'payment').map((e) => e.date)).toEqual(C1_PAYMENT_DATES);
      expect(list.find((e) => e.kind === 'leave-end')!.date).toBe('20260719');
      expect(list.find((e) => e.kind === 'leave-start')!.description).toContain(`680${NBSP}400${NBSP}₸`);
      const birth = list.find((e) => e.kind === 'birth')!;
      expect(birth.summary).toBe(t('next:calendar.birth.summary_children', { count: 2 }));
      expect(birth.summary).toContain('2');
      for (const [i, p] of list.filter((e) => e.kind === 'payment').entries()) {
        expect(p.summary).toBe(t('next:calendar.payment.summary_children', { index: i + 1, count: 18, children: 2 }));
        expect(p.description).toContain(`53${NBSP}460${NBSP}₸`);
        expect(p.description).toContain(`106${NBSP}920${NBSP}₸`);
      }
      expect(list.find((e) => e.kind === 'deadline-childcare')!.description).toContain(`1${NBSP}924${NBSP}560${NBSP}₸`);
    }
  });

  test('twins on the floor: each child’s amount differs, so the description gives both and their sum', () => {
    // Floors after ОПВ = the childcare allowance (RULES.md §4): 1st child 5.76 МРП, 2nd 6.81 МРП (art. 82).
    // 2026 (МРП 4 325): 24 912 (C3) + 29 453.25 (C5) = 54 365.25, for the periods from 2026-05-11 to 2026-12-11;
    // 2027 (forecast МРП 4 606): 26 530.56 + 31 366.86 = 57 897.42, from 2027-01-11: a forecast.
    const m = (a: string) => `${a.replace(' ', NBSP)}${NBSP}₸`;
    for (const lang of LANGUAGES) {
      const payments = events(ics(TWINS_FLOOR, lang)).filter((e) => e.kind === 'payment');
      expect(payments.map((e) => e.date)).toEqual(C1_PAYMENT_DATES);
      payments.forEach((p, i) => {
        const [total, first, second] = i < 8 ? ['54 365,25', '24 912', '29 453,25'] : ['57 897,42', '26 530,56', '31 366,86'];
        expect(p.description, p.date).toContain(`${m(first)} + ${m(second)}`);
        expect(p.description, p.date).toContain(m(total));
        expect(p.description.includes(T[lang]('next:calendar.payment.projected')), p.date).toBe(i >= 8);
      });
    }
  });

  test('a 3rd child on the floor: the amount follows the МРП, and the 2027 amounts are marked as a forecast', () => {
    // Floor = childcare allowance of a 3rd child, 7.85 МРП (art. 82), after ОПВ (RULES.md §4: gross = allowance ÷ 0.9):
    // 7.85 × 3 932 (МРП 2025) = 30 866.20 for the period that starts in 2025;
    // 7.85 × 4 325 (МРП 2026) = 33 951.25 from 2026-01-15;
    // 7.85 × 4 606 (Ministry's forecast МРП 2027, RULES.md §5) = 36 157.10 from 2027-01-15: a forecast.
    const dates = months('2025-12', '2027-05', '').map((m) => `${m.month.replace('-', '')}15`);
    const amounts = ['30 866,20', ...Array<string>(12).fill('33 951,25'), ...Array<string>(5).fill('36 157,10')].map(
      (a) => `${a.replace(' ', NBSP)}${NBSP}₸`,
    );
    for (const lang of LANGUAGES) {
      const t = T[lang];
      const list = events(ics(THIRD, lang));
      expect(list.map((e) => [e.kind, e.date])).toEqual([
        ['birth', '20251215'],
        ...dates.map((d) => ['payment', d]),
        ['deadline-childcare', '20270615'], // 18 months from 2025-12-15
      ]);
      const payments = list.filter((e) => e.kind === 'payment');
      payments.forEach((p, i) => {
        expect(p.description, p.date).toContain(amounts[i]);
        expect(p.description.includes(t('next:calendar.payment.projected')), p.date).toBe(i >= 13);
      });
      expect(list[0].description).toContain(amounts[0]);
    }
  });

  test('an adoption: the leave starts on the adoption, and the birth says the calculator counts from it', () => {
    for (const lang of LANGUAGES) {
      const t = T[lang];
      const list = events(ics(ADOPTION, lang));
      const start = list.find((e) => e.kind === 'leave-start')!;
      expect(start.date).toBe('20260310');
      expect(start.summary).toBe(t('next:calendar.leave_start.summary_adoption'));
      expect(start.summary).not.toBe(t('next:calendar.leave_start.summary'));
      // 40 days from 2026-03-10: 22 in March + 18 in April → 2026-04-18.
      expect(list.find((e) => e.kind === 'leave-end')!.date).toBe('20260418');
      const birth = list.find((e) => e.kind === 'birth')!;
      expect(birth.date).toBe('20260301');
      expect(birth.description).toContain(t('calc:warnings.adoption_childcare_from_birth'));
      expect(list[0].kind).toBe('birth');
    }
  });

  test('no income: the birth alone, with no amount, no payment and no deadline', () => {
    for (const lang of LANGUAGES) {
      const list = events(ics(NO_INCOME, lang));
      expect(list.map((e) => [e.kind, e.date])).toEqual([['birth', '20260511']]);
      expect(list[0].description).toBe(T[lang]('calc:timeline.childcare_ineligible'));
      expect(list[0].description).not.toContain('₸');
    }
  });

  test('an empty result gives an empty calendar', () => {
    const empty: CalcResult = { version: 1, months: [], parameters: [], assumptions: [], warnings: [] };
    expect(events(ics(empty, 'kk'))).toEqual([]);
  });
});

describe('the calendar itself', () => {
  test('the header, in the page’s language', () => {
    for (const lang of LANGUAGES) {
      const cal = parse(ics(C1M1, lang));
      expect(prop(cal, 'VERSION').raw).toBe('2.0');
      expect(prop(cal, 'PRODID').raw).toBe(`-//gfss-calc//${lang}`);
      expect(prop(cal, 'CALSCALE').raw).toBe('GREGORIAN');
      expect(prop(cal, 'METHOD').raw).toBe('PUBLISH');
      expect(text(cal, 'X-WR-CALNAME')).toBe(T[lang]('next:calendar.name'));
      expect(KAZAKH_LETTER.test(text(cal, 'X-WR-CALNAME'))).toBe(lang === 'kk');
    }
  });

  test('every text comes from the locale: no missing key, no placeholder left', () => {
    for (const lang of LANGUAGES) {
      for (const result of [C1M1, TWINS, TWINS_FLOOR, THIRD, ADOPTION, NO_INCOME]) {
        const out = ics(result, lang);
        expect(out).not.toContain('{{');
        expect(out).not.toContain('calendar.');
      }
    }
    expect(missing).toEqual([]);
  });

  test('UIDs are stable for the same case and seed, unique in the file, and only DTSTAMP follows the stamp', () => {
    const a = ics(C1M1, 'ru');
    expect(ics(C1M1, 'ru')).toBe(a);
    const uids = parse(a).children.map((e) => prop(e, 'UID').raw);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toContain('case-42-birth-20260511@gfss-calc');
    expect(uids).toContain('case-42-payment-20260611@gfss-calc');
    expect(uids).toContain('case-42-deadline-maternity-20270302@gfss-calc');
    // The other language: the same UIDs (the same events, reworded).
    expect(parse(ics(C1M1, 'kk')).children.map((e) => prop(e, 'UID').raw)).toEqual(uids);
    const later = calendarIcs(C1M1, T.ru, 'ru', '20260301T120000Z', SEED);
    const differing = unfold(a).filter((line, i) => line !== unfold(later)[i]);
    expect(differing.length).toBe(uids.length);
    for (const line of differing) expect(line).toBe(`DTSTAMP:${STAMP}`);
  });

  test('a seed is made safe for a UID', () => {
    const uid = parse(calendarIcs(NO_INCOME, T.ru, 'ru', STAMP, 'a b;c,ä/1')).children[0].props.find((p) => p.name === 'UID')!.raw;
    expect(uid).toBe('a-b-c---1-birth-20260511@gfss-calc');
  });

  test('a malformed DTSTAMP is refused', () => {
    expect(() => calendarIcs(C1M1, T.ru, 'ru', '2026-01-01T09:00:00Z', SEED)).toThrow(/DTSTAMP/);
  });
});

describe('RFC 5545 on the raw text', () => {
  const all = LANGUAGES.flatMap((lang) => [C1M1, TWINS, TWINS_FLOOR, THIRD, ADOPTION, NO_INCOME, YEAR_END].map((r) => ics(r, lang)));

  test('CRLF ends every line, and there is no bare CR or LF', () => {
    for (const out of all) {
      expect(out.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(out.endsWith('\r\nEND:VCALENDAR\r\n')).toBe(true);
      expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    }
  });

  test('lines are folded at 75 octets of UTF-8, only when needed, never inside a character', () => {
    let folded = 0;
    for (const out of all) {
      const lines = out.split('\r\n').slice(0, -1);
      lines.forEach((line, i) => {
        const octets = Buffer.byteLength(line, 'utf8');
        expect(octets, line).toBeLessThanOrEqual(75);
        // No half of a surrogate pair at either end of a line.
        expect(line).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
        const next = lines[i + 1];
        if (next?.startsWith(' ')) {
          folded++;
          expect(next[1], 'one space, then text').not.toBeUndefined();
          // Folded only because the next character would not fit.
          expect(octets + Buffer.byteLength(String.fromCodePoint(next.codePointAt(1)!), 'utf8')).toBeGreaterThan(75);
        }
      });
    }
    expect(folded).toBeGreaterThan(50);
  });

  test('a long line of 2- and 4-byte characters folds between characters and unfolds to the same text', () => {
    const long = `${'Қазақстан 👶 '.repeat(20)}.`;
    const t = ((key: string, options?: object) => (key === 'next:calendar.name' ? long : T.kk(key, options as never))) as unknown as TFunction;
    const out = calendarIcs(C1M1, t, 'kk', STAMP, SEED);
    const raw = out.split('\r\n');
    const start = raw.findIndex((l) => l.startsWith('X-WR-CALNAME:'));
    expect(raw[start + 1].startsWith(' ')).toBe(true);
    for (const line of raw) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
      expect(line).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
    }
    expect(text(parse(out), 'X-WR-CALNAME')).toBe(long);
  });

  test('TEXT values escape backslash, semicolon, comma and line breaks, and read back the same', () => {
    const tricky = 'a, b; c\\d\ne';
    const t = ((key: string, options?: object) => {
      const s = T.ru(key, options as never);
      return key.startsWith('next:calendar.') ? `${s} ${tricky}` : s;
    }) as unknown as TFunction;
    const out = calendarIcs(C1M1, t, 'ru', STAMP, SEED);
    const lines = unfold(out);
    expect(lines).toContain(`SUMMARY;LANGUAGE=ru:${T.ru('next:calendar.birth.summary')} a\\, b\\; c\\\\d\\ne`);
    expect(lines).toContain(`X-WR-CALNAME:${T.ru('next:calendar.name')} a\\, b\\; c\\\\d\\ne`);
    const list = events(out);
    expect(list.find((e) => e.kind === 'birth')!.summary).toBe(`${T.ru('next:calendar.birth.summary')} ${tricky}`);
    for (const e of list) expect(e.summary.endsWith(tricky)).toBe(true);
  });

  test('the amounts’ decimal commas and a description’s lines are escaped', () => {
    const lines = unfold(ics(THIRD, 'kk'));
    const first = lines.find((l) => l.startsWith('DESCRIPTION') && l.includes('30'))!;
    expect(first).toContain(`30${NBSP}866\\,20${NBSP}₸`);
    // A projected payment: the amount, then the forecast note on a line of its own.
    const projected = lines.filter((l) => l.startsWith('DESCRIPTION') && l.includes(`36${NBSP}157\\,10`));
    expect(projected).toHaveLength(5);
    for (const l of projected) expect(l).toMatch(/\\n/);
    for (const l of lines) {
      const value = l.slice(l.indexOf(':') + 1);
      // Every comma and semicolon of a value is escaped (our values have no lists).
      expect(value.replace(/\\[\\;,nN]/g, '')).not.toMatch(/[,;\\]/);
    }
  });
});
