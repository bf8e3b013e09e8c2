/**
 * The year ahead as a picture: the pregnancy leave, the birth, the monthly childcare payments with their amounts,
 * the application deadlines and today. Inline SVG drawn by the app (no chart library), scaled to its container;
 * one image for assistive technology (`role="img"`) named by a <title> and a <desc> that say the same facts in
 * a sentence in the page's language. Colours come from app.css through classes (dark theme, print).
 * Pure: today's date is a prop, never read from a clock.
 */
import { useId, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CalcResult } from '../../core';
import type { Language } from '../../i18n/languages';
import { formatDate, formatMoney } from '../format';
import { FONT_SIZE, timelineLayout, timelineModel, VIEW_W, Y, type Marker, type TimelineModel } from './timeline';

/** The facts of the picture in sentences, for its text alternative. */
export function describeTimeline(model: TimelineModel, t: TFunction, lang: Language): string {
  const date = (iso: string) => formatDate(iso, lang);
  const money = (value: string) => formatMoney(value, lang);
  const out: string[] = [];
  const { leave, birth, payments, runs } = model;
  if (leave) {
    out.push(
      leave.net !== null
        ? t('timeline.leave', { from: date(leave.from), to: date(leave.to), amount: money(leave.net) })
        : t('timeline.leave_unpaid', { from: date(leave.from), to: date(leave.to) }),
    );
  }
  if (birth) {
    out.push(birth.children > 1 ? t('timeline.birth_children', { count: birth.children, date: date(birth.date) }) : t('timeline.birth', { date: date(birth.date) }));
  }
  if (payments.length > 0) {
    const range = { count: payments.length, from: date(payments[0].from), to: date(payments[payments.length - 1].to), amount: money(runs[0].net) };
    out.push(runs.length > 1 ? t('timeline.payments_changing', range) : t('timeline.payments', range));
    for (const run of runs.slice(1)) out.push(t('timeline.change', { date: date(run.from), amount: money(run.net) }));
    if (model.projectedFrom) out.push(t('timeline.projected', { date: date(model.projectedFrom) }));
    if (birth && birth.children > 1) out.push(t('timeline.children_total'));
  } else if (birth && !model.childcareEligible) {
    out.push(t('timeline.childcare_ineligible'));
  }
  const maternity = model.deadlines.find((d) => d.kind === 'maternity');
  const childcare = model.deadlines.find((d) => d.kind === 'childcare');
  if (maternity && childcare) out.push(t('timeline.deadline_both', { maternity: date(maternity.date), childcare: date(childcare.date) }));
  else if (maternity) out.push(t('timeline.deadline_maternity', { date: date(maternity.date) }));
  else if (childcare) out.push(t('timeline.deadline_childcare', { date: date(childcare.date) }));
  if (model.today) out.push(t('timeline.today', { date: date(model.today) }));
  // A sentence that ends with a date ends with its abbreviation's point ("2026 г."): one point, not two.
  return out.map((s) => s.replace(/\.\.$/, '.')).join(' ');
}

/** The symbol of a marker, centred on (x, y). */
function MarkerSymbol({ kind, x, y }: { kind: Marker['kind']; x: number; y: number }) {
  if (kind === 'birth') return <circle className="tl-birth" cx={x} cy={y} r={4.5} />;
  if (kind === 'deadline') return <path className="tl-deadline" d={`M${x - 5} ${y - 4.5}h10l-5 9z`} />;
  return <path className="tl-today" d={`M${x} ${y - 5}l5 5-5 5-5-5z`} />;
}

const r = (n: number) => Math.round(n * 100) / 100;

export function Timeline({ result, today }: { result: CalcResult; today: string }) {
  const { t, i18n } = useTranslation('calc');
  const lang = i18n.language as Language;
  const id = useId();
  const model = timelineModel(result, today);
  if (!model) return null;
  const layout = timelineLayout(model, lang);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const projected = layout.bars.some((b) => b.projected);
  const hasDeadline = layout.markers.some((m) => m.kind === 'deadline');

  return (
    <div className="timeline" data-testid="timeline">
      <svg className="timeline-svg" viewBox={`0 ${layout.viewBox.y} ${VIEW_W} ${layout.viewBox.height}`} width="100%" role="img" aria-labelledby={`${titleId} ${descId}`} fontSize={FONT_SIZE}>
        <title id={titleId}>{t('timeline.title')}</title>
        <desc id={descId}>{describeTimeline(model, t, lang)}</desc>
        {layout.leave ? <rect className="tl-leave" x={r(layout.leave.x)} y={Y.leaveTop} width={r(layout.leave.width)} height={Y.leaveBottom - Y.leaveTop} rx={2} /> : null}
        {layout.bars.map((b, i) => (
          <rect key={i} className={b.projected ? 'tl-bar tl-bar-projected' : 'tl-bar'} x={r(b.x)} y={r(Y.barBase - b.height)} width={r(b.width)} height={r(b.height)} />
        ))}
        <line className="tl-axis" x1={layout.xStart} y1={Y.axis} x2={layout.xEnd} y2={Y.axis} />
        {layout.ticks.map((x) => (
          <line key={x} className="tl-tick" x1={r(x)} y1={Y.axis} x2={r(x)} y2={Y.tickEnd} />
        ))}
        {layout.markers.map((m, i) => (
          <g key={i}>
            <line className={`tl-line tl-line-${m.kind}`} x1={r(m.x)} y1={m.y} x2={r(m.x)} y2={Y.axis} />
            <MarkerSymbol kind={m.kind} x={r(m.x)} y={m.y} />
          </g>
        ))}
        {layout.amounts.map((l) => (
          <text key={`${l.x}-${l.y}`} className="tl-amount" x={r(l.x)} y={l.y} textAnchor={l.anchor} fontSize={FONT_SIZE}>
            {l.text}
          </text>
        ))}
        {layout.months.map((l) => (
          <text key={`${l.x}`} className="tl-label" x={r(l.x)} y={l.y} textAnchor={l.anchor} fontSize={FONT_SIZE}>
            {l.text}
          </text>
        ))}
        {layout.years.map((l) => (
          <text key={`${l.x}`} className="tl-label tl-year" x={r(l.x)} y={l.y} textAnchor={l.anchor} fontSize={FONT_SIZE}>
            {l.text}
          </text>
        ))}
      </svg>
      <ul className="timeline-legend" aria-hidden="true">
        {layout.leave ? <LegendItem label={t('timeline.legend.leave')} swatch={<rect className="tl-leave" x={1} y={3} width={14} height={8} rx={2} />} /> : null}
        {model.birth ? <LegendItem label={t('timeline.legend.birth')} swatch={<MarkerSymbol kind="birth" x={8} y={7} />} /> : null}
        {layout.bars.length > 0 ? <LegendItem label={t('timeline.legend.payments')} swatch={<rect className="tl-bar" x={3} y={1} width={10} height={12} />} /> : null}
        {projected ? <LegendItem label={t('timeline.legend.projected')} swatch={<rect className="tl-bar tl-bar-projected" x={3} y={1} width={10} height={12} />} /> : null}
        {hasDeadline ? <LegendItem label={t('timeline.legend.deadline')} swatch={<MarkerSymbol kind="deadline" x={8} y={7} />} /> : null}
        {model.today ? <LegendItem label={t('timeline.legend.today')} swatch={<MarkerSymbol kind="today" x={8} y={7} />} /> : null}
      </ul>
    </div>
  );
}

function LegendItem({ label, swatch }: { label: string; swatch: ReactNode }) {
  return (
    <li>
      <svg className="timeline-swatch" viewBox="0 0 16 14" width="16" height="14" aria-hidden="true" focusable="false">
        {swatch}
      </svg>
      {label}
    </li>
  );
}
