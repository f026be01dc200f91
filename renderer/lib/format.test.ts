import { describe, expect, it } from 'vitest';
import { PLACEHOLDER, formatCount, formatDuration, formatNumber, formatPercent, formatSmallCount, formatThroughput, formatUsd, formatUsdPerSample, splitUnit } from './format';

describe('formatThroughput', () => {
  it('groups thousands and names the unit', () => {
    expect(formatThroughput(27_120)).toBe('27,120 img/s');
    expect(formatThroughput(27_119.6)).toBe('27,120 img/s');
    expect(formatThroughput(1234, 'seq')).toBe('1,234 seq/s');
  });

  it('keeps three significant digits for small rates', () => {
    expect(formatThroughput(85.34)).toBe('85.3 img/s');
    expect(formatThroughput(8.534)).toBe('8.53 img/s');
  });

  it('switches to millions from ten million', () => {
    expect(formatThroughput(12_345_678)).toBe('12.3 M img/s');
  });

  it('shows the placeholder for impossible values', () => {
    expect(formatThroughput(Number.NaN)).toBe(PLACEHOLDER);
    expect(formatThroughput(Number.POSITIVE_INFINITY)).toBe(PLACEHOLDER);
    expect(formatThroughput(-1)).toBe(PLACEHOLDER);
  });
});

describe('formatDuration', () => {
  it.each([
    [4.25, '4.3 s'],
    [42, '42 s'],
    [1704, '28.4 min'],
    [59.9 * 60, '59.9 min'],
    [5.2 * 3600, '5.2 h'],
    [36 * 3600, '36 h'],
    [12.3 * 86_400, '12.3 days'],
    [1.4 * 365 * 86_400, '1.4 years'],
  ])('%s s reads %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it('shows the placeholder for impossible values', () => {
    expect(formatDuration(-5)).toBe(PLACEHOLDER);
    expect(formatDuration(Number.NaN)).toBe(PLACEHOLDER);
  });
});

describe('formatUsd and formatUsdPerSample', () => {
  it('uses two significant digits below a dollar, never scientific notation', () => {
    expect(formatUsd(0.0000213)).toBe('$0.000021');
    expect(formatUsd(0.012345)).toBe('$0.012');
    expect(formatUsd(0.1)).toBe('$0.10');
    expect(formatUsd(0.00000999)).toBe('$0.000010');
    expect(formatUsd(1e-9)).toBe('$0.0000000010');
  });

  it('uses cents from a dollar and whole dollars from a thousand', () => {
    expect(formatUsd(1.234)).toBe('$1.23');
    expect(formatUsd(0.9996)).toBe('$1.00');
    expect(formatUsd(1_234_567.89)).toBe('$1,234,568');
    expect(formatUsd(0)).toBe('$0');
    expect(formatUsd(-2.5)).toBe('-$2.50');
  });

  it('names the sample', () => {
    expect(formatUsdPerSample(0.0000213)).toBe('$0.000021 / image');
    expect(formatUsdPerSample(0.004, 'sequence')).toBe('$0.0040 / sequence');
    expect(formatUsdPerSample(Number.NaN)).toBe(PLACEHOLDER);
  });
});

describe('formatPercent and formatNumber', () => {
  it('formats shares of one', () => {
    expect(formatPercent(0.8731)).toBe('87%');
    expect(formatPercent(0.0123)).toBe('1.2%');
    expect(formatPercent(0)).toBe('0%');
  });

  it('groups thousands with a fixed locale', () => {
    expect(formatNumber(1234567.891, 2)).toBe('1,234,567.89');
    expect(formatNumber(Number.NaN)).toBe(PLACEHOLDER);
  });
});

describe('splitUnit', () => {
  it('separates the number from its unit', () => {
    expect(splitUnit('27,120 img/s')).toEqual({ number: '27,120', unit: 'img/s' });
    expect(splitUnit('12.3 M img/s')).toEqual({ number: '12.3', unit: 'M img/s' });
    expect(splitUnit('$0.000021 / image')).toEqual({ number: '$0.000021', unit: '/ image' });
    expect(splitUnit('-$2.50 / h')).toEqual({ number: '-$2.50', unit: '/ h' });
  });

  it('leaves text without a leading number whole', () => {
    expect(splitUnit(PLACEHOLDER)).toEqual({ number: PLACEHOLDER, unit: '' });
    expect(splitUnit('GPU compute')).toEqual({ number: 'GPU compute', unit: '' });
  });
});

describe('formatSmallCount and formatCount', () => {
  it('shows tiny expected counts without rounding them to zero', () => {
    expect(formatSmallCount(0)).toBe('0');
    expect(formatSmallCount(0.001)).toBe('<\u00a00.01');
    expect(formatSmallCount(0.256)).toBe('0.26');
  });

  it('uses the singular for exactly one', () => {
    expect(formatCount(1, 'link')).toBe('1 link');
    expect(formatCount(1200, 'link')).toBe('1,200 links');
    expect(formatCount(2, 'day', 'days')).toBe('2 days');
  });
});
