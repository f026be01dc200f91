/**
 * Formatting of the planner's numbers for display: every string carries its unit, and the unit is
 * chosen so the number stays readable (minutes for a short run, days for a long one). Locale is fixed
 * to en-US so screenshots, tests and reports read the same on every machine.
 */

/** Shown where a value is not known yet. */
export const PLACEHOLDER = '—';

const LOCALE = 'en-US';

function isUsable(value: number): boolean {
  return Number.isFinite(value);
}

/** A number with thousands separators and at most `maxFractionDigits` decimals, e.g. `27,120`. */
export function formatNumber(value: number, maxFractionDigits = 0): string {
  if (!isUsable(value)) return PLACEHOLDER;
  return value.toLocaleString(LOCALE, { maximumFractionDigits: maxFractionDigits, minimumFractionDigits: 0 });
}

/** Three significant digits for small magnitudes, whole numbers from 100 up (`8.53`, `85.3`, `853`, `8,530`). */
function readable(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude >= 100) return formatNumber(value, 0);
  if (magnitude >= 10) return formatNumber(value, 1);
  return formatNumber(value, 2);
}

/**
 * Throughput in samples per second, e.g. `27,120 img/s`; from ten million up in millions (`12.3 M img/s`).
 * @param samplesPerSec samples per second
 * @param unit the sample's short name: `img` for images, `seq` for sequences, ...
 */
export function formatThroughput(samplesPerSec: number, unit = 'img'): string {
  if (!isUsable(samplesPerSec) || samplesPerSec < 0) return PLACEHOLDER;
  if (samplesPerSec >= 10_000_000) return `${formatNumber(samplesPerSec / 1_000_000, 1)} M ${unit}/s`;
  return `${readable(samplesPerSec)} ${unit}/s`;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

/**
 * A duration given in seconds, in the largest unit that keeps it readable: `42 s`, `28.4 min`, `5.2 h`,
 * `12.3 days`, `1.4 years`. Hours are used up to two days so a "36 h" run does not read as "1.5 days".
 * @param seconds duration, s
 */
export function formatDuration(seconds: number): string {
  if (!isUsable(seconds) || seconds < 0) return PLACEHOLDER;
  if (seconds < MINUTE) return `${seconds < 10 ? formatNumber(seconds, 1) : formatNumber(seconds, 0)} s`;
  if (seconds < HOUR) return `${formatNumber(seconds / MINUTE, 1)} min`;
  if (seconds < 2 * DAY) return `${formatNumber(seconds / HOUR, 1)} h`;
  if (seconds < YEAR) return `${formatNumber(seconds / DAY, 1)} days`;
  return `${formatNumber(seconds / YEAR, 1)} years`;
}

/**
 * A dollar amount with two significant digits below one dollar (`$0.000021`, `$0.012`) and cents
 * from one dollar (`$1.23`) and whole dollars from a thousand (`$1,234,567`). Never in scientific notation.
 * @param usd amount, USD
 */
export function formatUsd(usd: number): string {
  if (!isUsable(usd)) return PLACEHOLDER;
  const sign = usd < 0 ? '-' : '';
  const magnitude = Math.abs(usd);
  if (magnitude === 0) return '$0';
  if (magnitude >= 1000) return `${sign}$${formatNumber(magnitude, 0)}`;
  if (magnitude >= 1) return `${sign}$${magnitude.toLocaleString(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  const rounded = Number(magnitude.toPrecision(2));
  if (rounded >= 1) return `${sign}$1.00`;
  const decimals = Math.ceil(-Math.log10(rounded)) + 1;
  return `${sign}$${rounded.toFixed(decimals)}`;
}

/**
 * Cost of one training sample, e.g. `$0.000021 / image`.
 * @param usd cost per sample, USD
 * @param noun what one sample is called
 */
export function formatUsdPerSample(usd: number, noun = 'image'): string {
  if (!isUsable(usd) || usd < 0) return PLACEHOLDER;
  return `${formatUsd(usd)} / ${noun}`;
}

/**
 * A share given as a fraction 0..1, as a percentage: whole percent from 10% up (`0.8731` -> `87%`), one
 * decimal below (`0.0123` -> `1.2%`).
 * @param fraction share, 0..1
 */
export function formatPercent(fraction: number): string {
  if (!isUsable(fraction)) return PLACEHOLDER;
  const percent = fraction * 100;
  return `${formatNumber(percent, percent >= 10 || percent === 0 ? 0 : 1)}%`;
}

/**
 * Split a formatted quantity into its number and its unit, for typesetting them apart:
 * `27,120 img/s` -> `{ number: '27,120', unit: 'img/s' }`. Text without a leading number (a placeholder,
 * a name) comes back whole as `number` with an empty `unit`.
 */
export function splitUnit(text: string): { number: string; unit: string } {
  const match = /^(-?\$?[\d,.]+)\s+(.+)$/.exec(text);
  return match ? { number: match[1]!, unit: match[2]! } : { number: text, unit: '' };
}

/**
 * A count that may be tiny or fractional (expected failures): two decimals, `< 0.01` below that, `0` for none.
 * @param value count
 */
export function formatSmallCount(value: number): string {
  if (!isUsable(value)) return PLACEHOLDER;
  if (value === 0) return '0';
  if (Math.abs(value) < 0.01) return '<\u00a00.01';
  return formatNumber(value, 2);
}

/**
 * A count with its noun, singular for exactly one: `1 link`, `3 links`.
 * @param plural the plural when it is not the singular plus "s"
 */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`;
}
