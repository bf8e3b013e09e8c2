/**
 * The result's dates as an iCalendar file (RFC 5545) in the page's language: the leave, the birth, each
 * month of the childcare payment with its amount, and the application deadlines with a reminder a week before.
 * Pure: the time stamp and the seed of the UIDs come in as arguments, so the same case gives the same file.
 */
import type { TFunction } from 'i18next';
import type { CalcResult, ChildcareResult, Payment } from '../../core';
import { addDays } from '../../core/light';
import type { Language } from '../../i18n/languages';
import { formatDate, formatMoney } from '../format';
import { amountProjected } from './projection';

type EventKind = 'leave-start' | 'leave-end' | 'birth' | 'payment' | 'deadline-maternity' | 'deadline-childcare';

interface CalendarEvent {
  kind: EventKind;
  /** `YYYY-MM-DD`. */
  date: string;
  summary: string;
  description: string;
  /** A reminder a week before (the application deadlines). */
  alarm: boolean;
}

/** RFC 5545 §3.1: a content line is at most 75 octets, not counting the CRLF. */
const MAX_OCTETS = 75;
const CRLF = '\r\n';
const STAMP = /^\d{8}T\d{6}Z$/;

/**
 * The result's dates as the text of an `.ics` file. `stamp` is the DTSTAMP (`YYYYMMDDTHHMMSSZ`, UTC);
 * `uidSeed` (a case id, say) makes the UIDs stable, so that importing the same case again updates its events
 * instead of doubling them.
 */
export function calendarIcs(result: CalcResult, t: TFunction, lang: Language, stamp: string, uidSeed: string): string {
  if (!STAMP.test(stamp)) throw new Error(`DTSTAMP must be YYYYMMDDTHHMMSSZ, got ${JSON.stringify(stamp)}`);
  const seed = uidSeed.replace(/[^A-Za-z0-9._-]/g, '-');
  // The sort is stable: events of one day keep the order they are made in (the leave, the birth, its payment).
  const events = calendarEvents(result, t, lang).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//gfss-calc//${lang}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(t('next:calendar.name'))}`,
  ];
  for (const e of events) {
    const day = compactDate(e.date);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${seed}-${e.kind}-${day}@gfss-calc`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${day}`,
      // An all-day event ends, exclusively, on the next day.
      `DTEND;VALUE=DATE:${compactDate(addDays(e.date, 1))}`,
      `SUMMARY;LANGUAGE=${lang}:${escapeText(e.summary)}`,
      `DESCRIPTION;LANGUAGE=${lang}:${escapeText(e.description)}`,
      'TRANSP:TRANSPARENT',
    );
    if (e.alarm) {
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER:-P7D', `DESCRIPTION;LANGUAGE=${lang}:${escapeText(e.summary)}`, 'END:VALARM');
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function calendarEvents(result: CalcResult, t: TFunction, lang: Language): CalendarEvent[] {
  const money = (v: string) => formatMoney(v, lang);
  const date = (iso: string) => formatDate(iso, lang);
  const events: CalendarEvent[] = [];

  const m = result.maternity;
  if (m?.eligible) {
    const days = t('calc:result.days_value', { count: m.days });
    events.push({
      kind: 'leave-start',
      date: m.rightDate,
      summary: t(m.leaveCase === 'adoption' ? 'next:calendar.leave_start.summary_adoption' : 'next:calendar.leave_start.summary'),
      description: t('next:calendar.leave_start.description', { amount: money(m.net), days }),
      alarm: false,
    });
    events.push({
      kind: 'leave-end',
      date: m.leaveEnd,
      summary: t('next:calendar.leave_end.summary'),
      description: t('next:calendar.leave_end.description', { from: date(m.rightDate), to: date(m.leaveEnd), days }),
      alarm: false,
    });
    events.push({
      kind: 'deadline-maternity',
      date: m.applicationDeadline,
      summary: t('next:calendar.deadline.maternity_summary'),
      description: t('next:calendar.deadline.maternity_description', { date: date(m.applicationDeadline), amount: money(m.net) }),
      alarm: true,
    });
  }

  const c = result.childcare;
  if (c) {
    const children = Math.max(1, c.children.length);
    const first = c.children[0]?.schedule ?? [];
    const birth: string[] = [];
    if (c.eligible && first.length > 0) {
      birth.push(
        t('next:calendar.birth.description', {
          payments: t('calc:result.payments_value', { count: first.length }),
          amount: amountPhrase(c, 0, t, lang),
        }),
      );
    } else birth.push(t('calc:timeline.childcare_ineligible'));
    // The core counts the childcare payment from the birth even for an adoption; the law, from the court's decision.
    if (m?.leaveCase === 'adoption') birth.push(t('calc:warnings.adoption_childcare_from_birth'));
    events.push({
      kind: 'birth',
      date: c.rightDate,
      summary: children > 1 ? t('next:calendar.birth.summary_children', { count: children }) : t('next:calendar.birth.summary'),
      description: birth.join('\n'),
      alarm: false,
    });

    if (c.eligible) {
      first.forEach((p, i) => {
        const description = [t('next:calendar.payment.description', { amount: amountPhrase(c, i, t, lang), from: date(p.from), to: date(p.to) })];
        if (paymentsAt(c, i).some(amountProjected)) description.push(t('next:calendar.payment.projected'));
        const place = { index: i + 1, count: first.length };
        events.push({
          kind: 'payment',
          date: p.from,
          summary: children > 1 ? t('next:calendar.payment.summary_children', { ...place, children }) : t('next:calendar.payment.summary', place),
          description: description.join('\n'),
          alarm: false,
        });
      });
      events.push({
        kind: 'deadline-childcare',
        date: c.applicationDeadline,
        summary: t('next:calendar.deadline.childcare_summary'),
        description: t('next:calendar.deadline.childcare_description', {
          date: date(c.applicationDeadline),
          total: money(c.totalNet),
          payments: t('calc:result.payments_value', { count: first.length }),
        }),
        alarm: true,
      });
    }
  }
  return events;
}

/** The i-th payment of every child (twins: one per child, all of the same period). */
function paymentsAt(c: ChildcareResult, i: number): Payment[] {
  return c.children.map((child) => child.schedule[i]).filter((p): p is Payment => p !== undefined);
}

/** The net of the i-th payment: the amount of one child, "по X на каждого из N детей", or each child's and the sum. */
function amountPhrase(c: ChildcareResult, i: number, t: TFunction, lang: Language): string {
  const payments = paymentsAt(c, i);
  if (payments.length <= 1) return formatMoney(payments[0]?.net ?? '0.00', lang);
  const total = formatMoney(sumMoney(payments.map((p) => p.net)), lang);
  if (payments.every((p) => p.net === payments[0].net)) {
    return t('next:calendar.amount_each', { amount: formatMoney(payments[0].net, lang), count: payments.length, total });
  }
  return t('next:calendar.amount_split', { amounts: payments.map((p) => formatMoney(p.net, lang)).join(' + '), count: payments.length, total });
}

/** Sum of the core's decimal strings, exactly (in tiyn). */
function sumMoney(values: readonly string[]): string {
  let tiyn = 0n;
  for (const v of values) {
    const negative = v.startsWith('-');
    const [whole, fraction = ''] = (negative ? v.slice(1) : v).split('.');
    const amount = BigInt(whole || '0') * 100n + BigInt((fraction + '00').slice(0, 2));
    tiyn += negative ? -amount : amount;
  }
  const sign = tiyn < 0n ? '-' : '';
  const abs = tiyn < 0n ? -tiyn : tiyn;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

function compactDate(iso: string): string {
  return iso.replaceAll('-', '');
}

/** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line at 75 octets of UTF-8 (RFC 5545 §3.1): a continuation line starts with one space, which
 * counts; a character is never split across lines.
 */
function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0) as number);
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}
