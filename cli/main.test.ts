import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'trainwright-cli-'));
const file = (name: string, text: string) => { const p = join(dir, name); writeFileSync(p, text); return p; };

describe('trainwright CLI', () => {
  it('evaluates an example design as a readable summary', async () => {
    const r = await run(['evaluate', 'assets/examples/dgx-a100-resnet50-nvme.json']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Throughput\s+[\d,]+ samples\/s/);
    expect(r.out).toMatch(/80% range [\d,]+-[\d,]+\)/);
    expect(r.out).toMatch(/Bottleneck/);
  });
  it('prints JSON with --json, with the 80% interval around the throughput and time to model', async () => {
    const r = await run(['evaluate', 'assets/examples/dgx-a100-resnet50-sata.json', '--json']);
    const ev = JSON.parse(r.out);
    expect(ev.samplesPerSec).toBeGreaterThan(0);
    expect(ev.samplesPerSecLow).toBeLessThan(ev.samplesPerSec);
    expect(ev.samplesPerSecHigh).toBeGreaterThan(ev.samplesPerSec);
    expect(ev.timeToTrainMinLow).toBeLessThan(ev.time.totalSeconds / 60);
    expect(ev.timeToTrainMinHigh).toBeGreaterThan(ev.time.totalSeconds / 60);
  });
  it('exits 2 with the file and the JSON path on a bad design', async () => {
    const bad = file('bad.json', JSON.stringify({ format: 'trainwright/project', version: 1, design: { name: 'x', serverTypes: [{ id: 's', name: 's', count: -2, components: [], links: [] }], workload: 'resnet50-imagenet' } }));
    const r = await run(['evaluate', bad]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(bad);
    expect(r.err).toContain('design.serverTypes[0].count');
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
  });
  it('exits 2 on a missing file and on invalid JSON', async () => {
    expect((await run(['evaluate', join(dir, 'nope.json')])).code).toBe(2);
    const r = await run(['predict', file('broken.json', '[{')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not valid JSON/);
  });
  it('names an unknown GPU as an error in the design and per case in predict', async () => {
    const cases = [{ id: 'a', workload: 'resnet50-imagenet', system: { nodes: 1, gpusPerNode: 8, gpu: 'h1OO' }, settings: { software: 'mlperf' } }];
    const r = await run(['predict', file('cases.json', JSON.stringify(cases))]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out).toEqual([{ id: 'a', samplesPerSec: null, timeToTrainMin: null, epochs: null, bottleneck: null, error: 'unknown GPU "h1OO"' }]);
  });
  it('refuses negative values in cases with the JSON path', async () => {
    const cases = [{ id: 'a', workload: 'resnet50-imagenet', system: { nodes: -1, gpusPerNode: 8, gpu: 'a100-sxm4-80gb' }, settings: { software: 'mlperf' } }];
    const r = await run(['predict', file('neg.json', JSON.stringify(cases))]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('[0].system.nodes');
  });
  it('predicts in input order with the documented fields', async () => {
    const cases = ['a100-sxm4-80gb', 'h100-sxm5-80gb'].map((gpu, i) => ({ id: `c${i}`, workload: 'resnet50-imagenet', system: { nodes: 1, gpusPerNode: 8, gpu }, settings: { software: 'mlperf', globalBatch: 3200 } }));
    const out = JSON.parse((await run(['predict', file('two.json', JSON.stringify(cases))])).out);
    expect(out.map((p: { id: string }) => p.id)).toEqual(['c0', 'c1']);
    expect(Object.keys(out[0]).sort()).toEqual(['bottleneck', 'epochs', 'error', 'id', 'intervalBasis', 'samplesPerSec', 'samplesPerSecHigh', 'samplesPerSecLow', 'timeToTrainMin', 'timeToTrainMinHigh', 'timeToTrainMinLow']);
    expect(out[1].samplesPerSec).toBeGreaterThan(out[0].samplesPerSec);
    for (const p of out) {
      expect(p.samplesPerSecLow).toBeLessThan(p.samplesPerSec);
      expect(p.samplesPerSecHigh).toBeGreaterThan(p.samplesPerSec);
      expect(p.timeToTrainMinLow).toBeLessThan(p.timeToTrainMinHigh);
    }
  });
});
