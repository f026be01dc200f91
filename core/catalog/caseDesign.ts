import type { DesignInput } from '../model/design';
import type { Gpu } from '../model/catalog';
import type { Framework } from '../model/common';
import { resolveGpu } from './components';
import { resolveCpuName } from './cpuName';
import { buildServer, type ServerSpec } from './serverBuilder';
import { inlineTransformerWorkload, type InlineTransformer } from './transformerWorkload';

/** A published training measurement's system and settings (the validation case format; `measured` is never read). */
export interface CaseInput {
  id: string;
  /** A catalog workload id, or a transformer given by architecture. */
  workload: string | InlineTransformer;
  system: {
    name?: string | null;
    nodes: number;
    gpusPerNode: number;
    gpu: string;
    cpu?: string | null;
    cpuSockets?: number | null;
    cpuCoresPerNode?: number | null;
    memoryGB?: number | null;
    gpuInterconnect?: string | null;
    network?: string | null;
    storage?: string | null;
  };
  settings: {
    globalBatch?: number | null;
    software: 'mlperf' | 'ngc' | 'stock';
    framework?: string | null;
    data?: 'real' | 'synthetic' | null;
    precision?: string | null;
    epochs?: number | null;
  };
}

/** A design built from a case, and every field that had to be assumed. */
export interface CaseDesign {
  design: DesignInput;
  assumptions: string[];
}

/** Drive models assumed when a case names only the drive type (catalog ids). */
const ASSUMED_DRIVE = { nvmeGen3: 'intel-p4500-4tb', nvmeGen4: 'samsung-pm1733-15.36', nvmeGen5: 'samsung-pm1743-15.36', sata: 'micron-5400-pro', hdd: 'seagate-exos-x20-20tb' } as const;

function parseStorage(text: string | null | undefined, gpu: Gpu, notes: string[]): ServerSpec['drives'] {
  const t = (text ?? '').toLowerCase();
  const kind: ServerSpec['drives']['kind'] = /nvme/.test(t) ? 'nvme-ssd' : /hdd|hard disk/.test(t) ? 'hdd' : /sata|ssd/.test(t) ? 'sata-ssd' : 'nvme-ssd';
  // Groups like "8x 3.84TB" or "2 x 1.92TB": the largest group holds the dataset.
  const groups = [...t.matchAll(/(\d+)\s*x\s*([\d.]+)\s*(tb|t|gb|g)\b/g)].map((m) => ({ n: Number(m[1]), tb: Number(m[2]) / (m[3]!.startsWith('g') ? 1000 : 1) }));
  let count: number;
  if (groups.length) {
    const data = groups.reduce((a, b) => (b.n * b.tb > a.n * a.tb ? b : a));
    count = data.n;
  } else {
    count = 4;
    notes.push(`storage "${text ?? ''}": drive count not stated, assumed ${count}`);
  }
  const model = kind === 'hdd' ? ASSUMED_DRIVE.hdd : kind === 'sata-ssd' ? ASSUMED_DRIVE.sata : gpu.pcieGen >= 5 ? ASSUMED_DRIVE.nvmeGen5 : gpu.pcieGen === 4 ? ASSUMED_DRIVE.nvmeGen4 : ASSUMED_DRIVE.nvmeGen3;
  notes.push(`drives: ${count} x ${kind} assumed to be catalog model "${model}"`);
  return { kind, model, count, placement: 'spread' };
}

function parseNetwork(text: string | null | undefined, gpu: Gpu, gpusPerNode: number, nodes: number, notes: string[]): ServerSpec['nics'] {
  const raw = text ?? '';
  const compute = /compute:\s*([^,;]*)/i.exec(raw)?.[1] ?? raw;
  const t = compute.toLowerCase();
  const count = Number(/(\d+)\s*x/.exec(t)?.[1] ?? NaN);
  let speed = Number(/(\d+)\s*gb/.exec(t)?.[1] ?? NaN);
  if (/ndr/.test(t)) speed = 400;
  else if (/hdr/.test(t) && !/hdr100/.test(t)) speed = 200;
  else if (/edr|hdr100/.test(t)) speed = 100;
  const protocol = /ib|infiniband|edr|hdr|ndr/.test(t) ? 'ib' : 'eth';
  const era = gpu.pcieGen >= 5 ? 400 : gpu.pcieGen === 4 ? 200 : 100;
  const n = Number.isFinite(count) && count > 0 ? count : nodes > 1 ? Math.max(1, gpusPerNode) : 1;
  const gbps = Number.isFinite(speed) && speed >= 100 ? speed : era;
  if (!Number.isFinite(count) || !Number.isFinite(speed) || speed < 100) notes.push(`network "${raw}": assumed ${n} x ${gbps} Gb/s ${protocol === 'ib' ? 'InfiniBand' : 'Ethernet'}`);
  return { model: nicModel(protocol, gbps), count: n, placement: 'with-gpus' };
}

/** Catalog NIC used for a protocol and port speed (one port each). */
function nicModel(protocol: 'ib' | 'eth', gbps: number): string {
  const ib: Record<number, string> = { 100: 'connectx-5-edr-100g', 200: 'connectx-6-hdr-200g', 400: 'connectx-7-ndr-400g', 800: 'connectx-8-800g' };
  const eth: Record<number, string> = { 100: 'connectx-6-hdr100-2p', 200: 'connectx-6-200gbe', 400: 'connectx-7-400gbe', 800: 'connectx-8-800g' };
  const table = protocol === 'ib' ? ib : eth;
  const speed = [100, 200, 400, 800].reduce((a, b) => (Math.abs(b - gbps) < Math.abs(a - gbps) ? b : a));
  return table[speed]!;
}

const PRECISIONS = ['fp32', 'tf32', 'mixed', 'fp8'] as const;

/**
 * Release year of a software stack from its published name, as a decimal year: NGC containers are
 * versioned YY.MM ("NVIDIA Release 20.06", "NGC MXNet 21.05", "ngc23.09", "mxnet-22.10").
 * Framework versions such as "MXNet 1.6.0" or "CUDA 12.0" carry no release date: undefined.
 */
export function softwareYearFromName(name: string | null | undefined): number | undefined {
  const m = /(?:^|[^\d.])(\d{2})\.(\d{2})(?![\d.])/.exec(name ?? '');
  if (!m) return undefined;
  const yy = Number(m[1]);
  const mm = Number(m[2]);
  if (yy < 17 || yy > 40 || mm < 1 || mm > 12) return undefined;
  return 2000 + yy + (mm - 1) / 12;
}

/**
 * Framework of a published stack name ("PyTorch (NGC 21.03)", "TensorFlow 1 (NGC 20.06-tf1)",
 * "MXNet (NGC mxnet-22.10)"); undefined when the name gives none or names several (MLPerf entries list
 * every container of the round).
 */
export function frameworkFromName(name: string | null | undefined): Framework | undefined {
  const t = (name ?? '').toLowerCase();
  const found = ([
    ['pytorch', /pytorch|nemo|megatron/],
    ['tensorflow', /tensorflow|\btf ?[12]|\btf\d\.\d/],
    ['mxnet', /mxnet/],
    ['jax', /\bjax\b|paxml|maxtext/],
    ['paddle', /paddle/],
  ] as const).filter(([, re]) => re.test(t)).map(([f]) => f);
  return found.length === 1 ? found[0] : undefined;
}

/** Builds a design from a published case's system description, listing every assumption. */
export function designFromCase(c: CaseInput): CaseDesign | { error: string } {
  const notes: string[] = [];
  const gpu = resolveGpu(c.system.gpu);
  if (!gpu) return { error: `unknown GPU "${c.system.gpu}"` };
  let workload: DesignInput['workload'];
  if (typeof c.workload === 'string') workload = c.workload;
  else {
    const inline = inlineTransformerWorkload(c.workload);
    if (!inline.ok) return { error: `workload.transformer: ${inline.error}` };
    workload = inline.workload;
  }
  const cpuRes = resolveCpuName(c.system.cpu ?? '', { gpuId: gpu.id, year: gpu.launchYear });
  if (cpuRes.assumed) notes.push(`CPU "${c.system.cpu ?? ''}": ${cpuRes.reason ?? `assumed ${cpuRes.cpu.name}`}`);
  const sockets = c.system.cpuSockets ?? cpuRes.sockets ?? 2;
  const memoryGB = c.system.memoryGB ?? (gpu.launchYear >= 2022 ? 2048 : gpu.launchYear >= 2020 ? 1024 : 512);
  if (!c.system.memoryGB) notes.push(`memory not stated: assumed ${memoryGB} GB`);
  const sxm = gpu.formFactor !== 'pcie';
  const gpus = c.system.gpusPerNode;
  const spec: ServerSpec = {
    id: 'node',
    name: c.system.name ?? `${gpus} x ${gpu.name}`,
    count: c.system.nodes,
    gpu: gpu.id,
    gpusPerNode: gpus,
    gpuFabric: sxm && gpu.scaleUpLink ? 'nvswitch' : 'pcie',
    nvswitchChips: sxm ? Math.max(1, Math.round(gpus * 0.75)) : 0,
    cpu: cpuRes.cpu.id,
    sockets,
    memoryGBPerSocket: memoryGB / sockets,
    rooting: 'dual-root',
    gpusPerSwitch: gpus >= 4 ? 2 : 0,
    pcieSwitch: gpu.pcieGen >= 5 ? 'pex89144' : gpu.pcieGen === 4 ? 'pex88096' : 'pex8796',
    drives: parseStorage(c.system.storage, gpu, notes),
    nics: parseNetwork(c.system.network, gpu, gpus, c.system.nodes, notes),
  };
  if (gpus >= 4) notes.push('PCIe tree: dual-root, 2 GPUs per PCIe switch (typical of 8-GPU servers; not published per case)');
  const precision = PRECISIONS.find((p) => p === c.settings.precision) ?? 'mixed';
  const softwareYear = softwareYearFromName(c.settings.framework);
  const framework = frameworkFromName(c.settings.framework);
  if (softwareYear === undefined) notes.push(`software "${c.settings.framework ?? ''}": no release date, assumed a current release`);
  const design: DesignInput = {
    name: c.system.name ?? c.id,
    serverTypes: [buildServer(spec)],
    fabric: { protocol: /ib|infiniband|edr|hdr|ndr/i.test(c.system.network ?? 'ib') ? 'infiniband' : 'ethernet', oversubscription: 1, pricePerPortUsd: 0 },
    workload,
    run: {
      ...(c.settings.globalBatch ? { globalBatch: c.settings.globalBatch } : {}),
      ...(c.settings.epochs ? { epochs: c.settings.epochs } : {}),
      precision,
      software: c.settings.software,
      ...(softwareYear !== undefined ? { softwareYear } : {}),
      ...(framework !== undefined ? { framework } : {}),
      // Tuned stacks decode on the GPU (DALI); stock framework loaders decode on the CPU.
      dataLoader: c.settings.software === 'stock' ? 'cpu' : 'gpu',
      data: c.settings.data ?? 'real',
      evaluation: true,
    },
  };
  return { design, assumptions: notes };
}
