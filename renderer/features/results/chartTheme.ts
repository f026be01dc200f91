// Colours and text sizes of the results charts: the palette of renderer/app.css, as literal values
// because SVG presentation attributes (and printed reports) do not resolve CSS variables reliably.
import { CAUSES, IDLE_CAUSES, type IdleCause } from '../../../core';
import type { IdleSlice } from './chartData';

/** Colours of the charts. */
export const CHART_COLORS = {
  accent: '#2456c7',
  accentSoft: '#9db4e6',
  neutral: '#b7c0ce',
  grid: '#e6e8ec',
  axis: '#8a919c',
  text: '#5b626d',
  ok: '#1d7a46',
  warn: '#9a6400',
  danger: '#b3261e',
} as const;

/** Colour of each slice of the GPU time chart: busy in the GPU-compute colour, each waiting cause in its own (from the cause table). */
export const IDLE_COLORS: Readonly<Record<IdleSlice['key'], string>> = {
  busy: CAUSES['gpu-compute'].chartColor,
  ...(Object.fromEntries(IDLE_CAUSES.map((c) => [c, CAUSES[c].chartColor])) as Record<IdleCause, string>),
};

/** Tick text of the axes. */
export const TICK_STYLE = { fontSize: 11, fill: CHART_COLORS.text } as const;

/** Axis title text. */
export const AXIS_LABEL_STYLE = { fontSize: 11, fill: CHART_COLORS.text } as const;

/** Compact numbers for axis ticks: `22k`, `1.2M`. */
export function compactTick(value: number): string {
  return Number.isFinite(value) ? value.toLocaleString('en-US', { notation: 'compact', maximumFractionDigits: 1 }) : '';
}

/** `text` cut to `maxChars` with an ellipsis, for axis labels that must stay on one line. */
export function truncateLabel(text: string, maxChars: number): string {
  return text.length > maxChars ? `${text.slice(0, maxChars - 1).trimEnd()}…` : text;
}
