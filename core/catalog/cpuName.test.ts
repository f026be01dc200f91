import { describe, expect, it } from 'vitest';
import { resolveCpuName } from './cpuName';

/** Every `system.cpu` string of the reference calibration cases (copied: tests cannot read shared/). */
const CALIBRATION_CPU_STRINGS = [
  '1 x Intel(R) Xeon(R) Gold 6240R CPU @ 2.40GHz',
  '2 x AMD EPYC 7713 64-Core Processor',
  '2 x AMD EPYC 7742',
  '2 x AMD EPYC 7763 32-Core Processor',
  '2 x AMD EPYC 7763 64-Core Processor',
  '2 x AMD EPYC 7V12',
  '2 x AMD EPYC 9374F 32-Core Processor',
  '2 x AMD EPYC 9554 64-Core Processor',
  '2 x AMD EPYC 9634 84-Core Processor',
  '2 x CPUName',
  '2 x INTEL(R) XEON(R) PLATINUM 8570',
  '2 x Intel Xeon',
  '2 x Intel Xeon Platinum 8268',
  '2 x Intel(R) Xeon(R) CPU E5-2698 v4 @ 2.20GHz',
  '2 x Intel(R) Xeon(R) Gold 6148 CPU @ 2.40GHz',
  '2 x Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz',
  '2 x Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz',
  '2 x Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz',
  '2 x Intel(R) Xeon(R) Gold 6430',
  '2 x Intel(R) Xeon(R) Gold 6448Y',
  '2 x Intel(R) Xeon(R) Gold 8280 CPU @ 2.60GHz',
  '2 x Intel(R) Xeon(R) Platinum 8174 CPU @ 3.1GHz',
  '2 x Intel(R) Xeon(R) Platinum 8358',
  '2 x Intel(R) Xeon(R) Platinum 8380 CPU @ 2.30GHz',
  '2 x Intel(R) Xeon(R) Platinum 8462Y+',
  '2 x Intel(R) Xeon(R) Platinum 8468',
  '2 x Intel(R) Xeon(R) Platinum 8470',
  '2 x Intel(R) Xeon(R) Platinum 8480+',
  '2 x Intel(R) Xeon(R) Platinum 8480C',
  '2 x Intel(R)Xeon(R)Platinum 8490H',
  '2x Intel(R) Xeon(R) CPU E5-2698 v4 @ 2.20GHz',
  '2x Intel(R) Xeon(R) Platinum 8168 CPU @ 2.70GHz',
  '2x Intel(R) Xeon(R) Platinum 8174 CPU @ 3.10GHz',
];

/** `host_processor_model_name` of the reference MLPerf system descriptions, with the catalog CPU each must name. */
const MLPERF_HOST_PROCESSORS: [string, string][] = [
  ['AMD EPYC 7742', 'epyc-7742'],
  ['AMD EPYC 7763 64-Core Processor', 'epyc-7763'],
  ['Intel(R) Xeon(R) Platinum 8480C', 'xeon-8480c'],
  ['Intel(R) Xeon(R) Platinum 8490H', 'xeon-8490h'],
  ['Intel(R) Xeon(R) Gold 6430', 'xeon-6430'],
  ['Intel(R) Xeon(R) Gold 6448Y', 'xeon-6448y'],
  ['Intel(R) Xeon(R) Platinum 8480+', 'xeon-8480plus'],
  ['Intel(R) Xeon(R) Platinum 8468', 'xeon-8468'],
  ['AMD EPYC 9634 84-Core Processor', 'epyc-9634'],
  ['AMD EPYC 9575F', 'epyc-9575f'],
  ['Neoverse-V2', 'nvidia-grace'],
];

/** Calibration strings that name a model, with the catalog CPU they must resolve to exactly. */
const NAMED: [string, string][] = [
  ['1 x Intel(R) Xeon(R) Gold 6240R CPU @ 2.40GHz', 'xeon-6240r'],
  ['2 x AMD EPYC 7713 64-Core Processor', 'epyc-7713'],
  ['2 x AMD EPYC 7742', 'epyc-7742'],
  ['2 x AMD EPYC 7763 32-Core Processor', 'epyc-7763'],
  ['2 x AMD EPYC 7V12', 'epyc-7v12'],
  ['2 x AMD EPYC 9374F 32-Core Processor', 'epyc-9374f'],
  ['2 x AMD EPYC 9554 64-Core Processor', 'epyc-9554'],
  ['2 x INTEL(R) XEON(R) PLATINUM 8570', 'xeon-8570'],
  ['2 x Intel Xeon Platinum 8268', 'xeon-8268'],
  ['2 x Intel(R) Xeon(R) CPU E5-2698 v4 @ 2.20GHz', 'xeon-e5-2698v4'],
  ['2 x Intel(R) Xeon(R) Gold 6148 CPU @ 2.40GHz', 'xeon-6148'],
  ['2 x Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz', 'xeon-6248'],
  ['2 x Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz', 'xeon-6248r'],
  ['2 x Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz', 'xeon-6338'],
  ['2 x Intel(R) Xeon(R) Gold 8280 CPU @ 2.60GHz', 'xeon-8280'],
  ['2 x Intel(R) Xeon(R) Platinum 8174 CPU @ 3.1GHz', 'xeon-8174'],
  ['2 x Intel(R) Xeon(R) Platinum 8358', 'xeon-8358'],
  ['2 x Intel(R) Xeon(R) Platinum 8380 CPU @ 2.30GHz', 'xeon-8380'],
  ['2 x Intel(R) Xeon(R) Platinum 8462Y+', 'xeon-8462yplus'],
  ['2 x Intel(R) Xeon(R) Platinum 8470', 'xeon-8470'],
  ['2 x Intel(R)Xeon(R)Platinum 8490H', 'xeon-8490h'],
  ['2x Intel(R) Xeon(R) Platinum 8168 CPU @ 2.70GHz', 'xeon-8168'],
  ['2x Intel(R) Xeon(R) Platinum 8174 CPU @ 3.10GHz', 'xeon-8174'],
];

describe('resolveCpuName', () => {
  it.each(CALIBRATION_CPU_STRINGS)('resolves the calibration CPU "%s" to a catalog CPU and reads the sockets', (text) => {
    const r = resolveCpuName(text);
    expect(r.cpu.id).toMatch(/^[a-z0-9]/);
    expect(r.sockets).toBe(text.startsWith('1 x') ? 1 : 2);
    expect(r.reason.length).toBeGreaterThan(0);
  });

  it.each(NAMED)('names "%s" exactly as %s', (text, id) => {
    const r = resolveCpuName(text);
    expect(r.cpu.id).toBe(id);
    expect(r.assumed).toBe(false);
  });

  it.each(MLPERF_HOST_PROCESSORS)('resolves the MLPerf host processor "%s" to %s', (text, id) => {
    const r = resolveCpuName(text);
    expect(r.cpu.id).toBe(id);
    expect(r.assumed).toBe(false);
    expect(r.sockets).toBeNull();
  });

  it('flags an unnamed Intel Xeon as assumed and uses the DGX host of the GPU era', () => {
    const r = resolveCpuName('2 x Intel Xeon', { gpuId: 'h100-sxm5-80gb' });
    expect(r.assumed).toBe(true);
    expect(r.vendor).toBe('intel');
    expect(r.cpu.id).toBe('xeon-8480c');
    expect(r.reason).toMatch(/no CPU model/);
    expect(r.sockets).toBe(2);
  });

  it('uses the year hint for an unnamed vendor part', () => {
    expect(resolveCpuName('2 x Intel Xeon', { year: 2017 }).cpu.id).toBe('xeon-e5-2698v4');
    expect(resolveCpuName('2 x Intel Xeon', { year: 2021 }).cpu.id).toBe('xeon-8380');
    expect(resolveCpuName('AMD EPYC', { year: 2021 }).cpu.id).toBe('epyc-7763');
  });

  it('falls back to the platform CPU of the GPU family when the text names nothing', () => {
    const r = resolveCpuName('2 x CPUName', { gpuId: 'v100-sxm2-16gb' });
    expect(r.assumed).toBe(true);
    expect(r.vendor).toBe('unknown');
    expect(r.cpu.id).toBe('xeon-e5-2698v4');
    expect(r.sockets).toBe(2);
    const bare = resolveCpuName('2 x CPUName');
    expect(bare.assumed).toBe(true);
    expect(bare.reason).toMatch(/assumed/);
  });

  it('handles missing text', () => {
    const r = resolveCpuName(null);
    expect(r.assumed).toBe(true);
    expect(r.sockets).toBeNull();
  });

  it('maps an unknown SKU to its generation and printed core count', () => {
    const r = resolveCpuName('2 x AMD EPYC 7543P 32-Core Processor');
    expect(r.assumed).toBe(true);
    expect(r.model).toBe('7543P');
    expect(r.cpu.vendor).toBe('AMD');
    expect(r.cpu.cores).toBe(32);
    expect(r.cpu.launchYear).toBe(2021);
    const xeon = resolveCpuName('Intel(R) Xeon(R) Gold 6354 CPU @ 3.00GHz');
    expect(xeon.assumed).toBe(true);
    expect(xeon.cpu.launchYear).toBe(2021);
  });

  it('parses socket counts written in words and notes printed core counts that disagree', () => {
    expect(resolveCpuName('Dual AMD EPYC 7742').sockets).toBe(2);
    expect(resolveCpuName('Quad Intel Xeon Platinum 8490H').sockets).toBe(4);
    expect(resolveCpuName('2x AMD EPYC 7763 32-Core Processor').reason).toMatch(/32 cores/);
    expect(resolveCpuName('2x AMD EPYC 7763 32-Core Processor').printedCoresPerSocket).toBe(32);
  });
});
