import i18next, { type i18n as I18n } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, test } from 'vitest';
import kkCalc from '../../../locales/kk/calc.json';
import ruCalc from '../../../locales/ru/calc.json';
import type { CalcResult } from '../../core';
import { months, resultOf } from '../../testing/cases';
import { LANGUAGES, type Language } from '../../i18n/languages';
import { formatDate, formatMoney } from '../format';
import { Timeline } from './Timeline';
import { FONT_SIZE, textWidth } from './timeline';

function i18nFor(lang: Language): I18n {
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    lng: lang,
    fallbackLng: false,
    ns: ['calc'],
    defaultNS: 'calc',
    resources: { kk: { calc: kkCalc }, ru: { calc: ruCalc } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18n;
}
const instances = { kk: i18nFor('kk'), ru: i18nFor('ru') };

/** C1 (EXAMPLES.md) with its leave M1: 22 months of 180 000 before the leave. */
const C1 = resultOf({ leaveStart: '2026-03-02', birthDate: '2026-05-11', income: { kind: 'salary', months: months('2024-05', '2026-02', '180000') } });
/** A third child on the floor, which rises with the МРП of 2026. */
const RISE = resultOf({ birthDate: '2025-12-15', birthOrder: 3, income: { kind: 'salary', months: months('2023-12', '2025-11', '50000') } });
const BIRTH_ONLY = resultOf({ birthDate: '2026-05-11', income: { kind: 'salary', months: months('2024-05', '2026-02', '180000') } });
const LEAVE_ONLY = resultOf({ leaveStart: '2026-03-02', income: { kind: 'salary', months: months('2025-03', '2026-02', '180000') } });

function render(result: CalcResult, lang: Language, today = '2026-01-20'): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={instances[lang]}>
      <Timeline result={result} today={today} />
    </I18nextProvider>,
  );
}

function unescape(html: string): string {
  return html.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** The accessible name of the SVG: the elements its aria-labelledby points at, in order. */
function textAlternative(html: string): string {
  const svg = /<svg[^>]*role="img"[^>]*>/.exec(html)?.[0];
  expect(svg).toBeDefined();
  const ids = attr(svg!, 'aria-labelledby')!.split(' ');
  return ids
    .map((id) => {
      const m = new RegExp(`<(title|desc) id="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">([^<]*)</\\1>`).exec(html);
      expect(m, id).not.toBeNull();
      return unescape(m![2]);
    })
    .join(' ');
}

interface SvgText {
  x: number;
  y: number;
  size: number;
  anchor: string;
  text: string;
}

function texts(html: string): SvgText[] {
  return [...html.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map((m) => ({
    x: Number(attr(m[1], 'x')),
    y: Number(attr(m[1], 'y')),
    size: Number(attr(m[1], 'font-size')),
    anchor: attr(m[1], 'text-anchor') ?? 'start',
    text: unescape(m[2]),
  }));
}

function viewBoxWidth(html: string): number {
  const vb = attr(/<svg[^>]*role="img"[^>]*>/.exec(html)![0], 'viewBox')!.split(' ').map(Number);
  return vb[2];
}

/** The picture alone, without its legend. */
function picture(html: string): string {
  return html.slice(0, html.indexOf('</svg>'));
}

function barHeights(html: string): number[] {
  return [...picture(html).matchAll(/<rect class="tl-bar[^"]*"[^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]));
}

function count(html: string, needle: string): number {
  return html.split(needle).length - 1;
}

describe.each(LANGUAGES)('timeline of C1 (leave 2026-03-02, birth 2026-05-11) in %s', (lang) => {
  const html = render(C1, lang);
  const alt = textAlternative(html);

  test('one image for assistive technology, named by its <title> and <desc>', () => {
    expect(html).toContain('data-testid="timeline"');
    expect(count(html, 'role="img"')).toBe(1);
    expect(html).toMatch(/<svg[^>]*viewBox="0 0 \d+ \d+"[^>]*width="100%"/);
    expect(alt.startsWith(lang === 'kk' ? kkCalc.timeline.title : ruCalc.timeline.title)).toBe(true);
  });

  test('the text alternative says the leave, the birth, the 18 payments and their amount, both deadlines', () => {
    for (const d of ['2026-03-02', '2026-07-05', '2026-05-11', '2027-03-02', '2027-11-11', '2027-11-10']) expect(alt).toContain(formatDate(d, lang));
    expect(alt).toContain('18');
    expect(alt).toContain(formatMoney('53460.00', lang));
    expect(alt).toContain(formatMoney('612360.00', lang));
    expect(alt).toContain(lang === 'ru' ? '18 ежемесячных выплат' : 'ай сайынғы 18 төлем');
    expect(html).not.toContain('{{');
    expect(html).not.toContain('timeline.');
  });

  test('draws the leave, 18 bars of the same height, the birth and two deadlines; today only within the axis', () => {
    expect(count(html, 'class="tl-leave"')).toBe(2); // the band and its legend swatch
    const heights = barHeights(html);
    expect(heights).toHaveLength(18);
    expect(new Set(heights).size).toBe(1);
    // From 2027-01 the МРП is a projection, but 53 460 is 40 % of the average, above the floor: not a projected
    // amount (projection.ts), so no bar is drawn as one and the legend does not name it.
    expect(count(picture(html), 'tl-bar-projected')).toBe(0);
    expect(html).not.toContain(lang === 'ru' ? ruCalc.timeline.legend.projected : kkCalc.timeline.legend.projected);
    expect(count(html, 'class="tl-birth"')).toBe(2);
    expect(count(html, 'class="tl-deadline"')).toBe(3);
    expect(count(html, 'class="tl-today"')).toBe(0); // 2026-01-20 is before the leave
    const inside = render(C1, lang, '2026-04-01');
    expect(count(inside, 'class="tl-today"')).toBe(2);
    expect(textAlternative(inside)).toContain(formatDate('2026-04-01', lang));
    expect(count(render(C1, lang, '2030-01-01'), 'class="tl-today"')).toBe(0);
  });

  test('the amount is written over the bars, months and years along the axis', () => {
    const labels = texts(html).map((t) => t.text);
    expect(labels).toContain(formatMoney('53460.00', lang));
    expect(labels).toContain('2026');
    expect(labels).toContain('2027');
    expect(labels.filter((l) => /^\D+$/.test(l)).length).toBeGreaterThanOrEqual(4);
  });

  test('prints (no no-print) and is pure: the same props, the same markup', () => {
    expect(html).not.toContain('no-print');
    expect(render(C1, lang)).toBe(html);
  });
});

describe.each(LANGUAGES)('other cases in %s', (lang) => {
  test('an amount that changes: 30 866,20 ₸, then 33 951,25 ₸ from January 2026, and the bars rise', () => {
    const html = render(RISE, lang);
    const alt = textAlternative(html);
    expect(alt).toContain(formatMoney('30866.20', lang));
    expect(alt).toContain(formatMoney('33951.25', lang));
    expect(alt).toContain(formatDate('2026-01-15', lang));
    expect(alt).toContain(formatDate('2027-06-15', lang)); // apply by
    const labels = texts(html).map((t) => t.text);
    expect(labels).toContain(formatMoney('30866.20', lang));
    expect(labels).toContain(formatMoney('33951.25', lang));
    const heights = barHeights(html);
    expect(heights).toHaveLength(18);
    expect(heights[1]).toBeGreaterThan(heights[0]);
    expect(heights[1] / heights[0]).toBeCloseTo(33951.25 / 30866.2, 2);
    expect(html).not.toContain('{{');
  });

  test('only a birth date: no leave, the payments and their deadline', () => {
    const html = render(BIRTH_ONLY, lang, '2026-06-01');
    const alt = textAlternative(html);
    expect(html).not.toContain('tl-leave');
    expect(alt).toContain(formatDate('2026-05-11', lang));
    expect(alt).toContain('18');
    expect(alt).toContain(formatMoney('53460.00', lang));
    expect(alt).toContain(formatDate('2027-11-11', lang));
    expect(alt).not.toContain(formatDate('2027-03-02', lang));
    expect(count(html, 'class="tl-deadline"')).toBe(2);
    expect(count(html, 'class="tl-today"')).toBe(2);
    expect(html).not.toContain('{{');
  });

  test('only a leave start: the leave, its payment and deadline, no bars', () => {
    const html = render(LEAVE_ONLY, lang);
    const alt = textAlternative(html);
    expect(alt).toContain(formatDate('2026-03-02', lang));
    expect(alt).toContain(formatDate('2026-07-05', lang));
    expect(alt).toContain(formatDate('2027-03-02', lang));
    expect(alt).toContain(formatMoney(LEAVE_ONLY.maternity!.net, lang));
    expect(html).not.toContain('tl-bar');
    expect(html).not.toContain('tl-birth');
    expect(count(html, 'class="tl-deadline"')).toBe(2);
    expect(html).not.toContain('{{');
  });

  test('no Fund payment: the dates without amounts or deadlines', () => {
    const none = resultOf({ leaveStart: '2026-03-02', birthDate: '2026-05-11', income: { kind: 'salary', months: [] } });
    const html = render(none, lang);
    const alt = textAlternative(html);
    expect(alt).toContain(lang === 'ru' ? ruCalc.timeline.childcare_ineligible : kkCalc.timeline.childcare_ineligible);
    expect(alt).toContain(formatDate('2026-05-11', lang));
    expect(html).not.toContain('tl-bar');
    expect(html).not.toContain('tl-deadline');
    expect(html).not.toContain('{{');
  });

  test('twins: the amounts of both children together, with a plural for the children', () => {
    const twins = resultOf({ leaveStart: '2026-03-02', leaveCase: 'multiple', birthDate: '2026-05-11', childrenBorn: 2, income: { kind: 'salary', months: months('2024-05', '2026-04', '180000') } });
    const alt = textAlternative(render(twins, lang));
    expect(alt).toContain(formatMoney('116640.00', lang)); // 2 × 58 320
    expect(alt).toContain(lang === 'ru' ? 'Рождение 2 детей' : '2 баланың');
    expect(alt).toContain(lang === 'ru' ? ruCalc.timeline.children_total : kkCalc.timeline.children_total);
  });
});

describe('readable at 320 px, labels apart', () => {
  const cases: [string, CalcResult][] = [
    ['C1', C1],
    ['rise', RISE],
    ['birth only', BIRTH_ONLY],
    ['leave only', LEAVE_ONLY],
    ['dates far apart', resultOf({ leaveStart: '2025-01-06', birthDate: '2026-05-11', income: { kind: 'salary', months: months('2024-01', '2026-04', '400000') } })],
  ];

  test.each(LANGUAGES)('every text is at least 11 px when the SVG is 320 px wide (%s)', (lang) => {
    for (const [name, result] of cases) {
      const html = render(result, lang, '2026-06-01');
      const scale = 320 / viewBoxWidth(html);
      const sizes = texts(html).map((t) => t.size);
      expect(sizes.length, name).toBeGreaterThan(0);
      expect(Math.min(...sizes) * scale, name).toBeGreaterThanOrEqual(11);
      expect(Math.min(...sizes), name).toBe(FONT_SIZE);
    }
  });

  test.each(LANGUAGES)('labels of a row do not overlap and stay inside the viewBox (%s)', (lang) => {
    for (const [name, result] of cases) {
      const html = render(result, lang, '2026-06-01');
      const width = viewBoxWidth(html);
      const boxes = texts(html).map((t) => {
        const w = textWidth(t.text, t.size);
        const left = t.anchor === 'middle' ? t.x - w / 2 : t.x;
        return { ...t, left, right: left + w };
      });
      for (const b of boxes) {
        expect(b.left, `${name}: ${b.text}`).toBeGreaterThanOrEqual(-0.01);
        expect(b.right, `${name}: ${b.text}`).toBeLessThanOrEqual(width + 0.01);
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i];
          const b = boxes[j];
          // Rows are at least a font size apart: texts on different rows cannot touch.
          if (Math.abs(a.y - b.y) >= a.size) continue;
          expect(a.right <= b.left || b.right <= a.left, `${name}: «${a.text}» and «${b.text}»`).toBe(true);
        }
      }
    }
  });
});
