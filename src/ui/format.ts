/** The one place that formats money, dates and months for people: `Intl` with kk-KZ / ru-KZ. */
import { INTL_LOCALE, type Language } from '../i18n/languages';

const moneyFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Some browsers (Chromium builds with a reduced ICU) accept `kk-KZ` but format it with root data: "KZT 612,360"
 * and "2026 M03 2". Detect that once and fall back: the Kazakh number pattern is the Russian one (non-breaking
 * space groups, decimal comma, " ₸"), and Kazakh dates are written out from CLDR's month names.
 */
const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];
let kazakhIntl: boolean | undefined;
function hasKazakhIntl(): boolean {
  if (kazakhIntl === undefined) {
    try {
      kazakhIntl =
        new Intl.NumberFormat('kk-KZ', { style: 'currency', currency: 'KZT' }).format(1).includes('₸') &&
        new Intl.DateTimeFormat('kk-KZ', { month: 'long', timeZone: 'UTC' }).format(new Date('2026-03-02T00:00:00Z')).includes('наурыз');
    } catch {
      kazakhIntl = false;
    }
  }
  return kazakhIntl;
}

function numberLocale(lang: Language): string {
  return lang === 'kk' && !hasKazakhIntl() ? INTL_LOCALE.ru : INTL_LOCALE[lang];
}

function kazakhFallback(iso: string, withDay: boolean): string | null {
  if (hasKazakhIntl()) return null;
  const [y, m, d] = iso.split('-');
  return withDay ? `${Number(y)} ж. ${Number(d)} ${KK_MONTHS[Number(m) - 1]}` : `${Number(y)} ж. ${KK_MONTHS[Number(m) - 1]}`;
}

function moneyFormat(lang: Language, fraction: boolean): Intl.NumberFormat {
  const key = `${lang}|${fraction}`;
  let f = moneyFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(numberLocale(lang), { style: 'currency', currency: 'KZT', minimumFractionDigits: fraction ? 2 : 0, maximumFractionDigits: 2 });
    moneyFormats.set(key, f);
  }
  return f;
}

/** "680 400 ₸", "32 725,83 ₸": tiyn shown only when there are any. `value` is the core's decimal string. */
export function formatMoney(value: string, lang: Language): string {
  const fraction = /\.\d*[1-9]/.test(value);
  // Intl formats a decimal string exactly (no binary float in between).
  return moneyFormat(lang, fraction).format(value as unknown as number);
}

const numberFormats = new Map<Language, Intl.NumberFormat>();

/** "7", "0,9": a decimal string with the language's decimal mark. */
export function formatNumber(value: string, lang: Language): string {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(numberLocale(lang), { maximumFractionDigits: 6 });
    numberFormats.set(lang, f);
  }
  return f.format(value as unknown as number);
}

/** "40 %", "12,5 %" from a share written as a decimal ("0.4"); the same in both languages (a no-break space before %). */
export function formatRate(value: string, lang: Language): string {
  return `${formatNumber(String(Number(value) * 100), lang)}\u00a0%`;
}

function dateFormat(lang: Language, options: Intl.DateTimeFormatOptions, key: string): Intl.DateTimeFormat {
  const k = `${lang}|${key}`;
  let f = dateFormats.get(k);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[lang], { ...options, timeZone: 'UTC' });
    dateFormats.set(k, f);
  }
  return f;
}

/** "2 марта 2026 г." / "2026 ж. 2 наурыз" from `YYYY-MM-DD`. */
export function formatDate(iso: string, lang: Language): string {
  if (lang === 'kk') {
    const fallback = kazakhFallback(iso, true);
    if (fallback !== null) return keepYearTogether(fallback);
  }
  return keepYearTogether(dateFormat(lang, { dateStyle: 'long' }, 'long').format(new Date(`${iso}T00:00:00Z`)));
}

/** "2026 г." and "2026 ж." never break between the year and its mark (a phone showed "г." alone on a line). */
function keepYearTogether(text: string): string {
  return text.replace(/(\d) (г\.|ж\.)/gu, '$1\u00a0$2');
}

/** "02.03.2026" style short date. */
export function formatShortDate(iso: string, lang: Language): string {
  return dateFormat(lang === 'kk' && !hasKazakhIntl() ? 'ru' : lang, { year: 'numeric', month: '2-digit', day: '2-digit' }, 'short').format(new Date(`${iso}T00:00:00Z`));
}

/** "март 2026 г." / "2026 ж. наурыз" from `YYYY-MM`. */
export function formatMonth(month: string, lang: Language): string {
  if (lang === 'kk') {
    const fallback = kazakhFallback(`${month}-01`, false);
    if (fallback !== null) return keepYearTogether(fallback);
  }
  return keepYearTogether(dateFormat(lang, { year: 'numeric', month: 'long' }, 'month').format(new Date(`${month}-01T00:00:00Z`)));
}

/**
 * "27.11.2026", written out without `Intl`: for the first screen, where creating a locale's formatters would
 * cost the phone tens of milliseconds before the page answers.
 */
export function formatNumericDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}
