/** The one place that formats money, dates and months for people: `Intl` with kk-KZ / ru-KZ. */
import { INTL_LOCALE, type Language } from '../i18n/languages';

const moneyFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function moneyFormat(lang: Language, fraction: boolean): Intl.NumberFormat {
  const key = `${lang}|${fraction}`;
  let f = moneyFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[lang], { style: 'currency', currency: 'KZT', minimumFractionDigits: fraction ? 2 : 0, maximumFractionDigits: 2 });
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

/** A plain number with the local grouping, for amounts typed in the form: "250 000". */
export function formatNumber(value: string, lang: Language): string {
  return new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: 2 }).format(value as unknown as number);
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
  return dateFormat(lang, { dateStyle: 'long' }, 'long').format(new Date(`${iso}T00:00:00Z`));
}

/** "02.03.2026" style short date. */
export function formatShortDate(iso: string, lang: Language): string {
  return dateFormat(lang, { year: 'numeric', month: '2-digit', day: '2-digit' }, 'short').format(new Date(`${iso}T00:00:00Z`));
}

/** "март 2026 г." / "2026 ж. наурыз" from `YYYY-MM`. */
export function formatMonth(month: string, lang: Language): string {
  return dateFormat(lang, { year: 'numeric', month: 'long' }, 'month').format(new Date(`${month}-01T00:00:00Z`));
}
