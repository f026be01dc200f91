import { describe, expect, it } from 'vitest';
import { isReportRoute, wantsPrint } from './route';

describe('report route', () => {
  it('recognises the report hash and its print flag', () => {
    expect(isReportRoute('#/report')).toBe(true);
    expect(isReportRoute('#/report?print')).toBe(true);
    expect(isReportRoute('')).toBe(false);
    expect(isReportRoute('#/reports')).toBe(false);
    expect(wantsPrint('#/report?print')).toBe(true);
    expect(wantsPrint('#/report?x=1&print=1')).toBe(true);
    expect(wantsPrint('#/report')).toBe(false);
    expect(wantsPrint('#/other?print')).toBe(false);
  });
});
