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

const cluster = 'assets/examples/cluster-16-shared-storage.json';
const dir = mkdtempSync(join(tmpdir(), 'trainwright-storage-'));

describe('trainwright size-storage', () => {
  it('answers the most GPUs kept busy, the part that gives out first and an AU curve that falls past it', async () => {
    const r = await run(['size-storage', cluster, '--au', '90', '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out) as { maxGpus: number; limitingPart: { id: string }; curve: Array<{ gpus: number; au: number }> };
    expect(s.maxGpus).toBeGreaterThan(0);
    expect(s.limitingPart.id).toMatch(/^(storage|client):/);
    // The count moves in whole servers: the point after the answer is one more server.
    const i = s.curve.findIndex((p) => p.gpus === s.maxGpus);
    const at = s.curve[i]!;
    const past = s.curve[i + 1]!;
    expect(past.gpus - at.gpus).toBe(s.curve[0]!.gpus);
    expect(at.au).toBeGreaterThanOrEqual(0.9);
    expect(past.au).toBeLessThan(0.9);
    expect(s.curve.at(-1)!.au).toBeLessThan(at.au);
  });

  it('the first epoch needs more storage than warm epochs served partly from the page cache', async () => {
    const at = async (extra: string[]) => (JSON.parse((await run(['size-storage', cluster, '--au', '90', '--json', ...extra])).out) as { maxGpus: number });
    expect((await at(['--warm'])).maxGpus).toBeGreaterThanOrEqual((await at([])).maxGpus);
  });

  it('a higher AU target never allows more GPUs; emulated accelerators size from their own demand', async () => {
    const at = async (au: string, extra: string[] = []) => (JSON.parse((await run(['size-storage', cluster, '--au', au, '--json', ...extra])).out) as { maxGpus: number; demandPerGpuSamplesPerSec: number });
    expect((await at('99')).maxGpus).toBeLessThanOrEqual((await at('70')).maxGpus);
    const unet = await at('90', ['--benchmark', 'unet3d-h100']);
    expect(unet.demandPerGpuSamplesPerSec).toBeCloseTo(7 / 0.323, 6);
  });

  it('prints a readable table; bad input exits 2 with one line', async () => {
    const r = await run(['size-storage', cluster, '--au', '90']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/GPUs \(\d+ servers\) stay >= 90\.0% busy/);
    expect((await run(['size-storage', cluster])).code).toBe(2);
    expect((await run(['size-storage', cluster, '--au', '150'])).err).toMatch(/--au must be a percentage/);
    expect((await run(['size-storage', cluster, '--au', '90', '--benchmark', 'nope'])).err).toMatch(/unknown emulated workload/);
  });
});

describe('trainwright validate-storage', () => {
  const rows = [
    {
      id: 'local-drive-unet3d', kind: 'mlperf-storage', round: 'v1.0', workload: 'unet3d', accelerator: 'H100',
      storage: { product: 'one PCIe Gen4 NVMe drive', storageNodes: 'local (direct-attached)', drives: '1x 7.68 TB NVMe (7000 MB/s read as published)', network: 'PCIe Gen4 local', protocol: 'local filesystem' },
      clients: { hosts: 1, cpu: '1x AMD EPYC 9654 (96C/192T)', nic: 'n/a' },
      measured: { accelerators: 2, samplesPerSec: 41 }, isMaxAcceleratorsForSystem: true,
    },
    {
      id: 'nfs-unknown-client-cpu', kind: 'mlperf-storage', round: 'v1.0', workload: 'resnet50', accelerator: 'A100',
      storage: { product: 'NFS filer', storageNodes: '4 nodes', drives: '4 x 8x NVMe', network: '2x 100 GbE per node', protocol: 'NFSv4' },
      clients: { hosts: 2, cpu: 'a CPU of its own design', nic: 'cloud networking' },
      measured: { accelerators: 100, samplesPerSec: 80000 }, isMaxAcceleratorsForSystem: true,
    },
    { id: 'not-a-result', kind: 'workload-definition' },
  ];
  const file = join(dir, 'rows.json');
  writeFileSync(file, JSON.stringify(rows));

  it('a row per result, the missing field named, the summary line last', async () => {
    const r = await run(['validate-storage', file]);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines.at(-1)).toMatch(/^storage: evaluated 1\/2 \| max accelerators APE median \d+\.\d% p90 \d+\.\d% \| samples\/s APE median \d+\.\d% p90 \d+\.\d%$/);
    expect(r.out).toMatch(/nfs-unknown-client-cpu.*lacks clients\.cpu: no core count/);
    expect(r.out).toMatch(/over, \d+ under/);
  });

  it('one drive of 7 GB/s keeps about two U-Net H100 emulations (3.2 GB/s each) busy: the drive gives out first', async () => {
    const v = JSON.parse((await run(['validate-storage', file, '--json'])).out) as { rows: Array<{ id: string; ok: boolean; predictedMaxAccelerators?: number; limitingPart?: string }> };
    const row = v.rows.find((x) => x.id === 'local-drive-unet3d')!;
    expect(row.ok).toBe(true);
    expect(row.predictedMaxAccelerators).toBeGreaterThanOrEqual(1);
    expect(row.predictedMaxAccelerators).toBeLessThanOrEqual(2);
    expect(row.limitingPart).toMatch(/drive/);
  });
});
