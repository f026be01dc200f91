/**
 * What a gallery card or the CLI list shows about a template, read from its server topology and the
 * catalog (so the card can never disagree with what the engine evaluates).
 */
import { resolveCpu, resolveDrive, resolveGpu, resolveNic } from '../catalog/components';
import type { Component, ServerType } from '../model/design';
import type { Template, TemplateField } from './schema';

/** How the GPUs of a server talk to each other. */
export type GpuInterconnectKind = 'nvswitch' | 'nvlink-mesh' | 'nvlink-bridge' | 'pcie' | 'none';

/** One card's worth of facts about a template. */
export interface TemplateSummary {
  id: string;
  name: string;
  vendor: string;
  year: number;
  formFactor: Template['formFactor'];
  /** Catalog id and display name of the (first) GPU model; null for a server without GPUs. */
  gpuId: string | null;
  gpuName: string | null;
  gpuCount: number;
  /** GPU memory of one GPU, GB. */
  gpuMemoryGB: number | null;
  gpuInterconnect: GpuInterconnectKind;
  /** "2 x AMD EPYC 7742 (64 cores)". */
  cpus: string;
  cpuSockets: number;
  memoryGB: number;
  /** "8 x Samsung PM1733 15.36TB (122.9 TB)" or "none". */
  storage: string;
  storageTB: number;
  /** "8 x ConnectX-7 400 Gb/s" lines joined with "; " or "none". */
  network: string;
  /** "6 x 3000 W (3+3)" or null when the PSUs are not modelled. */
  psus: string | null;
  maxPowerW: number | null;
  rackUnits: number | null;
  priceUsd: number | null;
  /** Fields that rest on an assumption (shown marked). */
  assumedFields: TemplateField[];
  /** Fields whose provenance is an estimate. */
  estimatedFields: TemplateField[];
}

const sum = (cs: Component[]) => cs.reduce((n, c) => n + c.count, 0);

function groupByModel(cs: Component[]): Array<{ model: string; count: number }> {
  const out = new Map<string, number>();
  for (const c of cs) out.set(c.model ?? c.kind, (out.get(c.model ?? c.kind) ?? 0) + c.count);
  return [...out].map(([model, count]) => ({ model, count }));
}

/** How the GPUs of a server are joined: through NVSwitch, an NVLink mesh, NVLink bridges in pairs, or PCIe only. */
export function gpuInterconnectOf(st: ServerType): GpuInterconnectKind {
  const gpuIds = new Set(st.components.filter((c) => c.kind === 'gpu').map((c) => c.id));
  if (gpuIds.size === 0) return 'none';
  const nvlinks = st.links.filter((l) => l.kind === 'nvlink');
  const switchIds = new Set(st.components.filter((c) => c.kind === 'nvswitch').map((c) => c.id));
  if (nvlinks.some((l) => switchIds.has(l.from) || switchIds.has(l.to))) return 'nvswitch';
  if (nvlinks.length === 0) return 'pcie';
  const degree = new Map<string, number>();
  for (const l of nvlinks) for (const end of [l.from, l.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
  return Math.max(...degree.values()) > 1 ? 'nvlink-mesh' : 'nvlink-bridge';
}

/** Display label of a GPU interconnect kind. */
export const GPU_INTERCONNECT_LABEL: Record<GpuInterconnectKind, string> = {
  nvswitch: 'NVSwitch',
  'nvlink-mesh': 'NVLink / fabric mesh',
  'nvlink-bridge': 'NVLink bridges (pairs)',
  pcie: 'PCIe only',
  none: 'no GPUs',
};

/** The facts a card shows, from the template's topology and the catalog. */
export function summarizeTemplate(t: Template): TemplateSummary {
  const st = t.serverType;
  const of = (kind: Component['kind']) => st.components.filter((c) => c.kind === kind);
  const gpus = of('gpu');
  const gpu = gpus[0]?.model ? resolveGpu(gpus[0].model) : undefined;
  const cpus = of('cpu');
  const cpuGroups = groupByModel(cpus).map(({ model, count }) => {
    const cpu = resolveCpu(model);
    return `${count} x ${cpu?.name ?? model}${cpu ? ` (${cpu.cores} cores)` : ''}`;
  });
  const drives = [...of('nvme-ssd'), ...of('sata-ssd'), ...of('hdd')];
  let storageTB = 0;
  const driveGroups = groupByModel(drives).map(({ model, count }) => {
    const d = resolveDrive(model);
    storageTB += (d?.capacityTB ?? 0) * count;
    return `${count} x ${d?.name ?? model}`;
  });
  const nicGroups = groupByModel(of('nic')).map(({ model, count }) => {
    const n = resolveNic(model);
    return n ? `${count} x ${n.name.replace(/^NVIDIA \(Mellanox\) |^NVIDIA /, '')}` : `${count} x ${model}`;
  });
  const psu = of('psu')[0];
  const assumed = new Set(t.assumptions.map((a) => a.field));
  return {
    id: t.id,
    name: t.name,
    vendor: t.vendor,
    year: t.year,
    formFactor: t.formFactor,
    gpuId: gpu?.id ?? gpus[0]?.model ?? null,
    gpuName: gpu?.name ?? gpus[0]?.model ?? null,
    gpuCount: sum(gpus),
    gpuMemoryGB: gpu?.memoryGB ?? null,
    gpuInterconnect: gpuInterconnectOf(st),
    cpus: cpuGroups.join(' + ') || 'none',
    cpuSockets: sum(cpus),
    memoryGB: of('memory').reduce((s, c) => s + (c.capacityGB ?? 0) * c.count, 0),
    storage: driveGroups.length ? `${driveGroups.join(' + ')} (${storageTB.toFixed(1)} TB)` : 'none',
    storageTB,
    network: nicGroups.join('; ') || 'none',
    psus: psu ? `${psu.count} x ${psu.capacityW ?? '?'} W (${psu.count - (psu.redundantPsus ?? 0)}+${psu.redundantPsus ?? 0})` : null,
    maxPowerW: t.maxPowerW,
    rackUnits: t.rackUnits,
    priceUsd: t.priceUsd,
    assumedFields: [...assumed],
    estimatedFields: (Object.keys(t.provenance) as TemplateField[]).filter((f) => t.provenance[f].confidence === 'estimate'),
  };
}
