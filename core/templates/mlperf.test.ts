import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateDesign } from '../engine/evaluate';
import { checkTemplate } from './checks';
import { designFromTemplate } from './design';
import { importMlperfSystem, importMlperfText } from './mlperf';
import { parseHostMemory, parseNetworking, parseStorage } from './mlperfFields';
import { TEMPLATE_FIELDS } from './schema';
import { summarizeTemplate } from './summary';

// Byte-for-byte copies of ../shared/reference/mlperf-systems (see the README there for their commits).
const FIXTURES = join(__dirname, 'fixtures/mlperf-systems');
const SHARED = join(__dirname, '../../../shared/reference/mlperf-systems');
const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));

describe('MLPerf system import', () => {
  it('has every file of the shared reference folder as a fixture', () => {
    if (!existsSync(SHARED)) return;
    for (const f of readdirSync(SHARED).filter((x) => x.endsWith('.json'))) {
      expect(readFileSync(join(FIXTURES, f), 'utf8'), f).toBe(readFileSync(join(SHARED, f), 'utf8'));
    }
  });

  it.each(files)('%s imports with a listed set of assumptions, passes its checks and evaluates', (file) => {
    const r = importMlperfText(readFileSync(join(FIXTURES, file), 'utf8'), { fileName: file });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.assumptions.length).toBeGreaterThan(0);
    for (const a of r.assumptions) {
      expect(TEMPLATE_FIELDS).toContain(a.field);
      expect(r.template.provenance[a.field].confidence).toBe('estimate');
    }
    expect(r.template.assumptions).toEqual(r.assumptions);
    const checks = checkTemplate(r.template);
    if (!checks.ok) throw new Error(JSON.stringify(checks.errors));
    expect(checks.issues.filter((i) => i.severity === 'error').map((i) => i.message)).toEqual([]);
    const ev = evaluateDesign(designFromTemplate(r.template, 'resnet50-imagenet', 1));
    if (!ev.ok) throw new Error(JSON.stringify(ev.errors));
    expect(Number.isFinite(ev.evaluation.samplesPerSec)).toBe(true);
  });

  it('reads the systems the way their submitters wrote them', () => {
    const read = (f: string) => {
      const r = importMlperfText(readFileSync(join(FIXTURES, f), 'utf8'), { fileName: f });
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      return { ...r, s: summarizeTemplate(r.template) };
    };
    const xe9680 = read('v4.0-Dell-XE9680x8H100-SXM-80GB.json');
    expect([xe9680.s.gpuId, xe9680.s.gpuCount, xe9680.s.gpuInterconnect, xe9680.s.memoryGB, xe9680.template.year]).toEqual(['h100-sxm5-80gb', 8, 'nvswitch', 1024, 2024]);
    expect(xe9680.template.serverType.components.filter((c) => c.kind === 'nvme-ssd').length).toBe(4);
    expect(xe9680.assumptions.some((a) => a.field === 'network')).toBe(true);
    const dgx = read('v1.0-NVIDIA-dgxa100_ngc21.05_pytorch.json');
    expect(dgx.s.cpus).toMatch(/^2 x AMD EPYC 7742/);
    expect(dgx.template.serverType.components.filter((c) => c.kind === 'nic').reduce((n, c) => n + c.count, 0)).toBe(10);
    const mi300x = read('v5.0-AMD-MI300X_EPYC_9575F_pytorch.json');
    expect([mi300x.s.gpuId, mi300x.s.gpuInterconnect, mi300x.s.memoryGB, mi300x.template.vendor]).toEqual(['mi300x', 'nvlink-mesh', 1536, 'Supermicro']);
    const gb200 = read('v5.0-NVIDIA-tyche_ngpu72_ngc25.04_nemo.json');
    expect([gb200.nodes, gb200.s.gpuCount, gb200.s.cpus]).toEqual([18, 4, expect.stringMatching(/^2 x NVIDIA Grace/)]);
    const nebius = read('v5.1-Nebius-nebius_h200_n64.json');
    expect(nebius.s.storage).toBe('none');
    expect(nebius.assumptions.filter((a) => a.field === 'storage').map((a) => a.text).join(' ')).toMatch(/Shared File System/);
  });

  it('parses memory, storage and network free text', () => {
    expect(parseHostMemory('1.024 TB', '')?.gb).toBe(1024);
    expect(parseHostMemory('2 TB', '')?.gb).toBe(2048);
    expect(parseHostMemory('3.0 TiB', '')?.gb).toBe(3072);
    expect(parseHostMemory('1TB', '32x 32GB DDR5')?.gb).toBe(1024);
    expect(parseHostMemory('', '24 x 128GB DDR5 4800 MHz')?.gb).toBe(3072);
    expect(parseStorage('4x6.4TB NVMe', 'NVMe')).toEqual([{ count: 4, sizeTB: 6.4, kind: 'nvme-ssd', role: 'data', kindPrinted: true, text: '4x6.4TB NVMe' }]);
    expect(parseStorage('2x 1.92TB NVMe SSD + 30TB U.2 NVMe SSD', 'NVMe SSD').map((g) => [g.count, g.sizeTB])).toEqual([[2, 1.92], [null, 30]]);
    expect(parseStorage('5TB SSD, 400TB HPE ClusterStor', 'NVMe SSD, HPE ClusterStor').map((g) => [g.kind, g.role])).toEqual([['nvme-ssd', 'data'], ['nvme-ssd', 'shared']]);
    const nics = parseNetworking(['Storage: 2x ConnectX-6 IB HDR 200Gb/sec, Management: 1x ConnectX-6 Ethernet 100Gb/Sec, Compute: 8x ConnectX-6 IB HDR 200Gb/Sec']);
    expect(nics.map((n) => [n.role, n.count, n.speedGbps, n.protocol])).toEqual([['storage', 2, 200, 'infiniband'], ['management', 1, 100, 'ethernet'], ['compute', 8, 200, 'infiniband']]);
  });

  it('refuses descriptions it cannot build a server from, naming the field', () => {
    expect(importMlperfSystem([])).toMatchObject({ ok: false, errors: [{ path: '(root)' }] });
    expect(importMlperfSystem({ accelerators_per_node: '8' })).toMatchObject({ ok: false, errors: [{ path: 'accelerator_model_name' }] });
    expect(importMlperfSystem({ accelerator_model_name: 'NVIDIA H100-SXM5-80GB', accelerators_per_node: 'lots' })).toMatchObject({ ok: false, errors: [{ path: 'accelerators_per_node' }] });
    expect(importMlperfSystem({ accelerator_model_name: 'Acme Quantum TPU', accelerators_per_node: '8' })).toEqual({ ok: false, errors: [{ path: 'accelerator_model_name', message: 'unknown accelerator "Acme Quantum TPU": no catalog GPU matches' }] });
    expect(importMlperfSystem({ accelerator_model_name: 'NVIDIA L40S', accelerators_per_node: '100000' })).toMatchObject({ ok: false, errors: [{ path: 'accelerators_per_node' }] });
    expect(importMlperfSystem({ accelerator_model_name: 'NVIDIA L40S', accelerators_per_node: 4, host_memory_capacity: { tb: 1 } })).toMatchObject({ ok: false, errors: [{ path: 'host_memory_capacity', message: 'expected text, found object' }] });
  });

  it('never throws on random descriptions and lists assumptions whenever it imports (property)', () => {
    const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('2', '8', '1.5 TB', '16x 64GB', '4x 3.84TB NVMe', '8x ConnectX-7 400Gb/s', 'NVLINK', 'PCIe Gen5 Switch', 'NVIDIA H100-SXM5-80GB', 'NVIDIA L40S', 'AMD EPYC 7763'));
    const value = fc.oneof(text, fc.integer(), fc.constant(null), fc.array(text, { maxLength: 2 }), fc.object({ maxDepth: 1 }));
    const keys = fc.constantFrom('accelerator_model_name', 'accelerators_per_node', 'host_processor_model_name', 'host_processors_per_node', 'host_memory_capacity', 'host_memory_configuration', 'host_storage_capacity', 'host_storage_type', 'host_networking', 'accelerator_interconnect', 'accelerator_host_interconnect', 'number_of_nodes', 'other');
    fc.assert(
      fc.property(fc.dictionary(keys, value), (doc) => {
        const r = importMlperfSystem(doc);
        if (r.ok) expect(r.assumptions.length).toBeGreaterThan(0);
        else for (const e of r.errors) expect(e.path.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
