/**
 * The widget's message protocol (version 1), between the widget (in the iframe) and the page that embeds it.
 *
 * Widget → host, posted to the parent window:
 *   { source: 'gfss-calc', version: 1, type: 'height', height }   whenever the content height changes
 *       (whole CSS pixels, rounded up; sent to any origin: a height tells nothing about the user);
 *   { source: 'gfss-calc', version: 1, type: 'result', result }   only when the host opted in
 *       (`data-emit-results`), only to the host's exact origin; `result` is `ResultSummary` or null.
 * Host → widget, accepted only from the parent window at the opted-in origin, and only in this shape:
 *   { source: 'gfss-calc-host', version: 1, type: 'request-height' }
 *   { source: 'gfss-calc-host', version: 1, type: 'request-result' }
 */
import type { CalcResult } from '../core';

export const WIDGET_SOURCE = 'gfss-calc';
export const HOST_SOURCE = 'gfss-calc-host';
export const PROTOCOL_VERSION = 1;

export interface ResultSummary {
  maternity: { eligible: boolean; days: number; gross: string; pension: string; net: string } | null;
  childcare: { eligible: boolean; months: number; monthlyGross: string; monthlyNet: string; totalGross: string; totalNet: string } | null;
  nonInsuredTotal: string | null;
}

export type WidgetMessage =
  | { source: typeof WIDGET_SOURCE; version: 1; type: 'height'; height: number }
  | { source: typeof WIDGET_SOURCE; version: 1; type: 'result'; result: ResultSummary | null };

export interface HostMessage {
  source: typeof HOST_SOURCE;
  version: typeof PROTOCOL_VERSION;
  type: 'request-height' | 'request-result';
}

/** A message from the host, if it has exactly this shape (no other keys, no other values). */
export function asHostMessage(data: unknown): HostMessage | null {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;
  const m = data as Record<string, unknown>;
  if (Object.keys(m).length !== 3 || m.source !== HOST_SOURCE || m.version !== PROTOCOL_VERSION) return null;
  return m.type === 'request-height' || m.type === 'request-result' ? (m as unknown as HostMessage) : null;
}

export function summarize(result: CalcResult | null): ResultSummary | null {
  if (!result) return null;
  const m = result.maternity;
  const c = result.childcare;
  return {
    maternity: m ? { eligible: m.eligible, days: m.days, gross: m.gross, pension: m.pension, net: m.net } : null,
    childcare: c ? { eligible: c.eligible, months: c.months, monthlyGross: c.monthlyGross, monthlyNet: c.monthlyNet, totalGross: c.totalGross, totalNet: c.totalNet } : null,
    nonInsuredTotal: result.allowances?.nonInsuredTotal ?? null,
  };
}
