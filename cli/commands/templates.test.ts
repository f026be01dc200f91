import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'trainwright-templates-'));
const file = (name: string, text: string) => { const p = join(dir, name); writeFileSync(p, text); return p; };
const noStack = (s: string) => expect(s).not.toMatch(/at .*\.ts:\d+/);

describe('trainwright templates, import-mlperf and schema', () => {
  it('lists the shipped templates as a table and as JSON', async () => {
    const table = await run(['templates']);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/nvidia-dgx-a100\s+NVIDIA\s+2020\s+8 x A100 SXM4 40GB\s+NVSwitch/);
    const json = await run(['templates', '--json']);
    const list = JSON.parse(json.out) as Array<{ id: string; gpuCount: number; assumptions: unknown[] }>;
    expect(list.length).toBeGreaterThanOrEqual(24);
    expect(list.find((t) => t.id === 'nvidia-dgx-h100')).toMatchObject({ gpuCount: 8, gpuInterconnect: 'nvswitch' });
    expect((await run(['templates', '--csv'])).code).toBe(2);
  });

  it('evaluates a template on a workload without a design file', async () => {
    const r = await run(['evaluate', '--template', 'nvidia-dgx-a100', '--workload', 'resnet50-imagenet', '--nodes', '2']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/on 16 GPUs \/ 2 node\(s\)/);
    expect(r.out).toMatch(/Template assumptions:\n {2}- \[pcieTree\]/);
    const j = await run(['evaluate', '--template', 'nvidia-dgx-a100', '--workload', 'resnet50-imagenet', '--json']);
    const ev = JSON.parse(j.out) as { gpus: number; template: { id: string } };
    expect([ev.gpus, ev.template.id]).toEqual([8, 'nvidia-dgx-a100']);
  });

  it('exits 2 with a one-line message on a bad template, workload or node count', async () => {
    for (const args of [
      ['--template', 'dgx-9000', '--workload', 'resnet50-imagenet'],
      ['--template', 'nvidia-dgx-a100', '--workload', 'no-such-workload'],
      ['--template', 'nvidia-dgx-a100', '--workload', 'resnet50-imagenet', '--nodes', '0'],
      ['--template', 'nvidia-dgx-a100', '--workload'],
      ['--template', 'nvidia-dgx-a100'],
    ]) {
      const r = await run(['evaluate', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.split('\n')).toHaveLength(1);
      noStack(r.err);
    }
  });

  it('imports an MLPerf system description and prints the template and its assumptions', async () => {
    const r = await run(['import-mlperf', 'core/templates/fixtures/mlperf-systems/v4.0-Dell-XE9680x8H100-SXM-80GB.json']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/"format": "trainwright\/template"/);
    expect(r.out).toMatch(/Assumptions \(\d+\):\n {2}- \[storage\] Drive model not published: 4 x 6.40 TB NVMe/);
    const j = await run(['import-mlperf', 'core/templates/fixtures/mlperf-systems/v2.0-Dell-XE8545x4A100-SXM-80GB.json', '--json']);
    expect(JSON.parse(j.out).templateFile.template.serverType.components.filter((c: { kind: string }) => c.kind === 'gpu')).toHaveLength(4);
  });

  it('refuses bad MLPerf files with the file and the JSON path, and huge files before reading them', async () => {
    const bad = file('bad.json', JSON.stringify({ accelerator_model_name: 'NVIDIA L40S', accelerators_per_node: 'four' }));
    const r = await run(['import-mlperf', bad]);
    expect([r.code, r.err]).toEqual([2, `trainwright: ${bad}: accelerators_per_node: expected a whole number of accelerators, found "four"`]);
    const huge = file('huge.json', `"${'x'.repeat(3 * 1024 * 1024)}"`);
    const h = await run(['import-mlperf', huge]);
    expect(h.code).toBe(2);
    expect(h.err).toMatch(/is .* MB; the limit for this kind of file is .* MB/);
    expect((await run(['import-mlperf', join(dir, 'missing.json')])).err).toMatch(/no such file/);
    expect((await run(['import-mlperf', file('broken.json', '{"a": ')])).err).toMatch(/\(root\): not valid JSON/);
  });

  it('prints the template JSON Schema', async () => {
    const r = await run(['schema', 'template']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.out) as { properties: { format: { const: string } } };
    expect(schema.properties.format.const).toBe('trainwright/template');
    expect((await run(['schema', 'project'])).code).toBe(2);
  });
});
