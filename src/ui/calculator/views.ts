/**
 * The parts of the page that show a result. A result needs the engine, so they load with it, not with the
 * first screen: the page is taken over sooner on a slow phone. Each is memoised: typing re-renders the form,
 * and a long result is drawn again only when it changes.
 */
import { memo } from 'react';
import './result.css';
import { Actions as ActionsView } from './Actions';
import { Glance as GlanceView } from './Glance';
import { InputsSummary as InputsSummaryView } from './InputsSummary';
import { MiniSummary as MiniSummaryView, ResultDetails as ResultDetailsView, Summary as SummaryView } from './Result';

export const Actions = /* @__PURE__ */ memo(ActionsView);
export const Glance = /* @__PURE__ */ memo(GlanceView);
export const InputsSummary = /* @__PURE__ */ memo(InputsSummaryView);
export const MiniSummary = /* @__PURE__ */ memo(MiniSummaryView);
export const ResultDetails = /* @__PURE__ */ memo(ResultDetailsView);
export const Summary = /* @__PURE__ */ memo(SummaryView);
