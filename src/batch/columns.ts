/**
 * The table layout of an HR file: one row per employee, a header row, the case format's fields as columns and
 * one column per month of income (`YYYY-MM` for the first payer, `YYYY-MM#2`, `#3`… for further payers).
 * A column's English name (the case format's) is always read; so are its Kazakh and Russian names, which the
 * downloadable template uses. Values likewise: the case format's (`employee`) or the words below.
 */
import { INCOME_KINDS, LEAVE_CASES, PAYERS } from '../core/light';
import type { Language } from '../i18n/languages';

export const FIXED_COLUMNS = ['id', 'payer', 'leaveStart', 'leaveCase', 'leaveDays', 'birthDate', 'birthOrder', 'childrenBorn', 'incomeKind'] as const;
export type FixedColumn = (typeof FIXED_COLUMNS)[number];
/** The single payment (ЕП) flag of a payer: `singlePayment` for the first, `singlePayment#2`… (case format: income.singlePayment). */
export const SINGLE_PAYMENT = 'singlePayment';

type Names = Record<Language, string>;

/** Each column's name in the template, by language. */
export const COLUMN_NAMES: Record<FixedColumn | typeof SINGLE_PAYMENT, Names> = {
  id: { kk: 'Қызметкер', ru: 'Сотрудник' },
  payer: { kk: 'Жұмыспен қамтылу түрі', ru: 'Вид занятости' },
  leaveStart: { kk: 'Жүктілікке және босануға байланысты демалыстың басталуы', ru: 'Начало отпуска по беременности и родам' },
  leaveCase: { kk: 'Еңбекке жарамсыздық парағы бойынша жағдай', ru: 'Случай по листу нетрудоспособности' },
  leaveDays: { kk: 'Еңбекке жарамсыздық парағындағы күндер', ru: 'Дней в листе нетрудоспособности' },
  birthDate: { kk: 'Баланың туған күні', ru: 'Дата рождения ребёнка' },
  birthOrder: { kk: 'Баланың кезектілігі', ru: 'Очерёдность ребёнка' },
  childrenBorn: { kk: 'Бір мезгілде туған балалар саны', ru: 'Родилось детей одновременно' },
  incomeKind: { kk: 'Табыс түрі', ru: 'Вид дохода' },
  singlePayment: { kk: 'Бірыңғай төлем', ru: 'Единый платёж' },
};

/**
 * Other names a person may give a column (read, never written): earlier template names, and what 1C and HR
 * exports write. Not «Дата рождения» / «Туған күні» (in an HR export, the employee's own birthday), nor
 * «Количество детей» (the family's size), nor the results' own column names.
 */
const OTHER_COLUMN_NAMES: Partial<Record<FixedColumn | typeof SINGLE_PAYMENT, string[]>> = {
  id: ['ФИО', 'Ф.И.О.', 'ФИО сотрудника', 'Фамилия, имя, отчество', 'Работник', 'Физическое лицо', 'Табельный номер', 'Таб. номер', 'Таб. №', 'Табельный №', 'Т.А.Ә.', 'Тегі, аты, әкесінің аты', 'Аты-жөні', 'Жұмыскер', 'Табель нөмірі', 'Табельдік нөмір', 'Employee'],
  payer: ['Плательщик', 'Төлеуші'],
  leaveStart: ['Начало отпуска', 'Демалыстың басталуы', 'Начало декретного отпуска', 'Начало декрета', 'Начало отпуска по БиР', 'Начало листа нетрудоспособности'],
  leaveCase: ['Случай по листу', 'Парақ бойынша жағдай'],
  leaveDays: ['Дней в листе', 'Парақтағы күндер'],
  birthDate: ['Дата родов', 'Предполагаемая дата родов', 'ПДР', 'Босану күні', 'Болжамды босану күні'],
  birthOrder: ['Какой по счёту ребёнок', 'Ребёнок по счёту', 'Нешінші бала'],
  childrenBorn: ['Родилось детей', 'Туған балалар саны'],
  singlePayment: ['ЕП', 'БТ'],
};

export type EnumColumn = 'payer' | 'leaveCase' | 'incomeKind';

/** The words for each value, by language: the first is written in the template, all are read. */
export const VALUE_NAMES: {
  payer: Record<(typeof PAYERS)[number], Record<Language, string[]>>;
  leaveCase: Record<(typeof LEAVE_CASES)[number], Record<Language, string[]>>;
  incomeKind: Record<(typeof INCOME_KINDS)[number], Record<Language, string[]>>;
} = {
  payer: {
    employee: { kk: ['жалдамалы қызметкер', 'жалдамалы', 'жалдамалы жұмыскер', 'еңбек шарты бойынша'], ru: ['работник по найму', 'по найму', 'наёмный работник', 'работник', 'по трудовому договору'] },
    entrepreneur: { kk: ['жеке кәсіпкер', 'ЖК', 'дара кәсіпкер', 'ДК'], ru: ['индивидуальный предприниматель', 'ИП'] },
    self_employed_special: { kk: ['арнаулы режимдегі өзін-өзі жұмыспен қамтыған', 'өзін-өзі жұмыспен қамтыған', 'өзін-өзі жұмыспен қамтушы'], ru: ['самозанятый на спецрежиме', 'самозанятый'] },
    platform_worker: { kk: ['платформалық жұмыспен қамтылған', 'платформа'], ru: ['платформенный работник', 'платформа'] },
  },
  leaveCase: {
    normal: { kk: ['қалыпты босану', 'қалыпты'], ru: ['обычные роды', 'обычные'] },
    complicated: { kk: ['асқынған босану', 'асқынған'], ru: ['осложнённые роды', 'осложнённые'] },
    multiple: { kk: ['екі немесе одан да көп бала', 'көп бала', 'егіз'], ru: ['двое и более детей', 'многоплодные роды', 'многоплодие', 'двойня'] },
    zone: { kk: ['полигон аймағы'], ru: ['зона полигона'] },
    zone_complicated: { kk: ['полигон аймағы, асқынған'], ru: ['зона полигона, осложнённые'] },
    adoption: { kk: ['асырап алу'], ru: ['усыновление', 'удочерение'] },
  },
  incomeKind: {
    salary: { kk: ['жалақы', 'еңбекақы'], ru: ['зарплата', 'заработная плата', 'ЗП', 'начисленная зарплата'] },
    base: { kk: ['аударымдар төленген табыс', 'аударымдар табысы'], ru: ['доход для отчислений', 'доход, с которого платились отчисления', 'объект исчисления социальных отчислений', 'база отчислений'] },
    contributions: { kk: ['әлеуметтік аударымдар', 'аударымдар'], ru: ['социальные отчисления', 'соцотчисления', 'отчисления', 'СО'] },
  },
};

/** Yes and no as people write them in a cell. */
const YES = ['yes', 'true', '1', 'да', 'иә', 'ия', '+', 'x', 'х', 'v', '✓'];
const NO = ['no', 'false', '0', 'нет', 'жоқ', '-', '—'];

/** Characters that show nothing: zero-width, direction marks and embeddings, the soft hyphen, the BOM. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
export const withoutInvisible = (text: string) => text.replace(INVISIBLE, '');

/** Kazakh letters as people type them on a Russian keyboard (Кызметкер for Қызметкер). */
const KAZAKH_AS_RUSSIAN: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и' };

/**
 * A cell's text as compared with the names: lower case, ё as е, Kazakh letters as their Russian-keyboard
 * stand-ins, no dots (Ф.И.О., Таб.№), one space, no trailing colon.
 */
export function normalName(text: string): string {
  return withoutInvisible(text)
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[әғқңөұүһі]/g, (ch) => KAZAKH_AS_RUSSIAN[ch])
    .replace(/\./g, ' ')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/ ?№ ?/g, '№')
    .replace(/:+$/, '')
    .trim();
}

const FIXED_BY_NAME = new Map<string, FixedColumn | typeof SINGLE_PAYMENT>();
for (const [column, names] of Object.entries(COLUMN_NAMES) as [FixedColumn | typeof SINGLE_PAYMENT, Names][]) {
  for (const name of [column, names.kk, names.ru, ...(OTHER_COLUMN_NAMES[column] ?? [])]) FIXED_BY_NAME.set(normalName(name), column);
}

export type HeaderMeaning =
  | { kind: 'fixed'; column: FixedColumn }
  | { kind: 'singlePayment'; payer: number }
  | { kind: 'month'; month: string; payer: number }
  | { kind: 'unknown'; looksLikeMonth: boolean };

/** Is this text a payer suffix (`#2`)? Returns the payer's index from 0, or null. */
function payerOf(suffix: string | undefined): number | null {
  if (suffix === undefined) return 0;
  const n = Number(suffix);
  return Number.isInteger(n) && n >= 1 && n <= 10 ? n - 1 : null;
}

/**
 * What a header cell names. A month is `YYYY-MM`, or `MM.YYYY` as Russian and Kazakh spreadsheets write it,
 * or a date cell (Excel turns a typed `2025-03` into 1 March 2025), with `#2`… for a further payer.
 */
export function headerMeaning(cell: string | Date): HeaderMeaning {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? { kind: 'unknown', looksLikeMonth: false } : { kind: 'month', month: cell.toISOString().slice(0, 7), payer: 0 };
  const text = withoutInvisible(cell).replace(/[\s\u00a0\u202f]+/g, '');
  let m = /^(\d{4})-(\d{2})(?:#(\d+))?$/.exec(text);
  if (m && +m[2] >= 1 && +m[2] <= 12) {
    const payer = payerOf(m[3]);
    if (payer !== null) return { kind: 'month', month: `${m[1]}-${m[2]}`, payer };
  }
  m = /^(\d{1,2})\.(\d{4})(?:#(\d+))?$/.exec(text);
  if (m && +m[1] >= 1 && +m[1] <= 12) {
    const payer = payerOf(m[3]);
    if (payer !== null) return { kind: 'month', month: `${m[2]}-${m[1].padStart(2, '0')}`, payer };
  }
  // A month by its name, as a Russian or Kazakh Excel shows a date cell in a CSV: «мар.25», «март 2025», «қаң.26».
  m = /^(\p{L}+)\.?[-.]?(\d{2}|\d{4})(?:#(\d+))?$/u.exec(text);
  const named = m ? monthByName(m[1]) : null;
  if (m && named !== null) {
    const payer = payerOf(m[3]);
    if (payer !== null) return { kind: 'month', month: `${m[2].length === 2 ? `20${m[2]}` : m[2]}-${String(named).padStart(2, '0')}`, payer };
  }
  const [name, suffix, ...rest] = cell.split('#');
  const fixed = rest.length === 0 ? FIXED_BY_NAME.get(normalName(name)) : undefined;
  if (fixed === SINGLE_PAYMENT) {
    const payer = payerOf(suffix?.trim());
    if (payer !== null) return { kind: 'singlePayment', payer };
  } else if (fixed !== undefined && suffix === undefined) return { kind: 'fixed', column: fixed };
  // Digits in a header (a year, 03.25, мар.25, #2) make it a month written some other way: not read, it would lose income.
  return { kind: 'unknown', looksLikeMonth: /\d{4}|\d{1,2}[./-]\d{2}|\p{L}[./\-\s]?\d{2}\b|#/u.test(cell) };
}

/** Each month's names, Russian and Kazakh: as Excel abbreviates them and written out (nominative, genitive). */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['янв', 'январь', 'января', 'қаң', 'қаңтар'],
  ['фев', 'февр', 'февраль', 'февраля', 'ақп', 'ақпан'],
  ['мар', 'март', 'марта', 'нау', 'наурыз'],
  ['апр', 'апрель', 'апреля', 'сәу', 'сәуір'],
  ['май', 'мая', 'мам', 'мамыр'],
  ['июн', 'июнь', 'июня', 'мау', 'маусым'],
  ['июл', 'июль', 'июля', 'шіл', 'шілде'],
  ['авг', 'август', 'августа', 'там', 'тамыз'],
  ['сен', 'сент', 'сентябрь', 'сентября', 'қыр', 'қыркүйек'],
  ['окт', 'октябрь', 'октября', 'қаз', 'қазан'],
  ['ноя', 'нояб', 'ноябрь', 'ноября', 'қар', 'қараша'],
  ['дек', 'декабрь', 'декабря', 'жел', 'желтоқсан'],
].map((names) => names.map(normalName));

/** The month (1–12) a word names exactly, or null: «мар», «марта», «наурыз» → 3; «Декрет» → null. */
function monthByName(word: string): number | null {
  const w = normalName(word);
  const i = MONTH_NAMES.findIndex((names) => names.includes(w));
  return i < 0 ? null : i + 1;
}

/** The case format's value for a cell of an enumerated column, or null when the text names none. */
export function enumValue<C extends EnumColumn>(column: C, text: string): keyof (typeof VALUE_NAMES)[C] | null {
  const wanted = normalName(text);
  for (const [value, names] of Object.entries(VALUE_NAMES[column]) as [string, Record<Language, string[]>][]) {
    if (normalName(value) === wanted || [...names.kk, ...names.ru].some((n) => normalName(n) === wanted)) return value as keyof (typeof VALUE_NAMES)[C];
  }
  return null;
}

export function booleanValue(text: string): boolean | null {
  const wanted = normalName(text);
  if (YES.some((w) => normalName(w) === wanted)) return true;
  if (NO.some((w) => normalName(w) === wanted)) return false;
  return null;
}

/** A column's name as the template writes it in a language (`en` writes the case format's names). */
export function columnName(column: FixedColumn | typeof SINGLE_PAYMENT, lang: Language | 'en'): string {
  return lang === 'en' ? column : COLUMN_NAMES[column][lang];
}

/** A value's word as the template writes it. */
export function valueName(column: EnumColumn, value: string, lang: Language | 'en'): string {
  if (lang === 'en') return value;
  const names = (VALUE_NAMES[column] as Record<string, Record<Language, string[]>>)[value];
  return names ? names[lang][0] : value;
}

/** The values a column takes, in the case format's words. */
export function allowedValues(column: string): string[] {
  return column in VALUE_NAMES ? Object.keys(VALUE_NAMES[column as EnumColumn]) : [];
}
