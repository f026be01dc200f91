import type { InputError } from '../engineApi';
import type { Component, Link, ServerType } from '../model/design';
import { pcieLaneGBps, resolveCpu, resolveDrive, resolveGpu, resolveNic, resolvePcieSwitch } from '../catalog/components';
import { ASSUMED } from './assumed';
import { DEFAULTS } from './params/defaults';
import { TOPOLOGY, devicePcieLink, linkInstancePairs } from '../topology';
import type { Edge, Part, ResolvedServer } from './resolved';

const path = (t: number, rest: string) => `serverTypes[${t}].${rest}`;

function resolvePart(c: Component, ci: number, t: number, errors: InputError[]): Omit<Part, 'id'> | null {
  const base = { componentIndex: ci, componentId: c.id, kind: c.kind, priceEstimated: false, priceKnown: true };
  const where = path(t, `components[${ci}].model`);
  const unknown = (what: string) => {
    errors.push({ path: where, message: c.model ? `unknown ${what} "${c.model}"` : `a ${what} needs a catalog model` });
    return null;
  };
  const priced = (catalogPrice: { usd: number; confidence: string } | undefined) => ({
    priceUsd: c.priceUsd ?? catalogPrice?.usd ?? 0,
    priceEstimated: c.priceUsd === undefined && (catalogPrice === undefined || catalogPrice.confidence === 'estimate'),
    priceKnown: c.priceUsd !== undefined || catalogPrice !== undefined,
  });
  switch (c.kind) {
    case 'gpu': {
      const gpu = c.model ? resolveGpu(c.model) : undefined;
      if (!gpu) return unknown('GPU');
      return { ...base, gpu, ...priced(gpu.price), powerW: gpu.tdpW };
    }
    case 'cpu': {
      const cpu = c.model ? resolveCpu(c.model) : undefined;
      if (!cpu) return unknown('CPU');
      return { ...base, cpu, ...priced(cpu.price), powerW: cpu.tdpW };
    }
    case 'nvme-ssd':
    case 'sata-ssd':
    case 'hdd': {
      const drive = c.model ? resolveDrive(c.model) : undefined;
      if (!drive) return unknown('drive');
      const expected = c.kind === 'nvme-ssd' ? 'nvme' : c.kind;
      if (drive.kind !== expected) {
        errors.push({ path: where, message: `"${c.model}" is a ${drive.kind} drive, not ${c.kind}` });
        return null;
      }
      return { ...base, drive, ...priced(drive.price), powerW: drive.powerW };
    }
    case 'nic': {
      const nic = c.model ? resolveNic(c.model) : undefined;
      if (!nic) return unknown('NIC');
      return { ...base, nic, ...priced(nic.price), powerW: nic.powerW };
    }
    case 'pcie-switch': {
      const sw = c.model ? resolvePcieSwitch(c.model) : undefined;
      if (!sw) return unknown('PCIe switch');
      return { ...base, pcieSwitch: sw, ...priced(sw.price), powerW: sw.powerW };
    }
    case 'memory': {
      const gb = c.capacityGB ?? ASSUMED.defaultMemoryGBPerSocket.value;
      return {
        ...base,
        capacityGB: gb,
        priceUsd: c.priceUsd ?? gb * ASSUMED.memoryPriceUsdPerGB.value,
        priceEstimated: c.priceUsd === undefined,
        powerW: gb * ASSUMED.memoryPowerWPerGB.value,
      };
    }
    case 'nvswitch':
      return { ...base, priceUsd: c.priceUsd ?? ASSUMED.nvswitchPriceUsd.value, priceEstimated: c.priceUsd === undefined, powerW: ASSUMED.nvswitchPowerW.value };
    case 'psu':
      return { ...base, capacityW: c.capacityW ?? DEFAULTS.psuCapacityW.value, priceUsd: c.priceUsd ?? ASSUMED.psuPriceUsd.value, priceEstimated: c.priceUsd === undefined, powerW: 0 };
  }
}

function edgeBandwidth(link: Link, from: Part, to: Part): { bw: number; gen?: number; lanes?: number } {
  if (link.bandwidthGBps) return { bw: link.bandwidthGBps, gen: link.pcieGen, lanes: link.lanes };
  switch (link.kind) {
    case 'pcie': {
      if (to.drive && !to.drive.pcieGen) return { bw: TOPOLOGY.sataLinkGBps.value };
      const up = devicePcieLink(from);
      const down = devicePcieLink(to);
      const gen = link.pcieGen ?? Math.min(up?.gen ?? TOPOLOGY.unknownPcieGen.value, down?.gen ?? TOPOLOGY.unknownPcieGen.value);
      const lanes = link.lanes ?? down?.lanes ?? TOPOLOGY.switchUplinkLanes.value;
      return { bw: lanes * pcieLaneGBps(gen), gen, lanes };
    }
    case 'socket':
      return { bw: Math.min(from.cpu?.socketLinkGBps ?? DEFAULTS.socketLinkGBps.value, to.cpu?.socketLinkGBps ?? DEFAULTS.socketLinkGBps.value) };
    case 'nvlink':
      return { bw: Math.max(from.gpu?.scaleUpGBps ?? 0, to.gpu?.scaleUpGBps ?? 0) };
    case 'memory':
      return { bw: from.cpu?.memoryBandwidthGBps ?? to.cpu?.memoryBandwidthGBps ?? DEFAULTS.memoryBandwidthGBps.value };
  }
}

function expandIds(c: Component): string[] {
  return c.count === 1 ? [c.id] : Array.from({ length: c.count }, (_, i) => `${c.id}#${i}`);
}

/** Resolves one server type: expands counts, looks up catalog parts, derives link bandwidths, indexes the graph. */
export function resolveServer(type: ServerType, t: number, errors: InputError[]): ResolvedServer | null {
  const before = errors.length;
  const parts: Part[] = [];
  const instances = new Map<string, string[]>();
  const seen = new Set<string>();
  type.components.forEach((c, ci) => {
    if (seen.has(c.id)) errors.push({ path: path(t, `components[${ci}].id`), message: `duplicate component id "${c.id}"` });
    seen.add(c.id);
    const resolved = resolvePart(c, ci, t, errors);
    if (!resolved) return;
    const ids = expandIds(c);
    instances.set(c.id, ids);
    for (const id of ids) parts.push({ id, ...resolved });
  });
  const byId = new Map(parts.map((p) => [p.id, p]));
  const edges: Edge[] = [];
  type.links.forEach((link, li) => {
    const fromIds = instances.get(link.from);
    const toIds = instances.get(link.to);
    if (!seen.has(link.from)) errors.push({ path: path(t, `links[${li}].from`), message: `no component "${link.from}" in server "${type.name}"` });
    if (!seen.has(link.to)) errors.push({ path: path(t, `links[${li}].to`), message: `no component "${link.to}" in server "${type.name}"` });
    if (!fromIds || !toIds) return;
    const pairs = linkInstancePairs(fromIds, toIds);
    pairs.forEach(([f, to], k) => {
      const from = byId.get(f)!;
      const dst = byId.get(to)!;
      const { bw, gen, lanes } = edgeBandwidth(link, from, dst);
      edges.push({ id: pairs.length === 1 ? link.id : `${link.id}#${k}`, linkIndex: li, kind: link.kind, from: f, to, bandwidthGBps: bw, pcieGen: gen, lanes });
    });
  });
  if (errors.length > before) return null;

  const upstream = new Map<string, Edge>();
  for (const e of edges) if (e.kind === 'pcie' && !upstream.has(e.to)) upstream.set(e.to, e);
  const rootOf = new Map<string, string | null>();
  for (const p of parts) {
    let cur: string | undefined = p.id;
    const visited = new Set<string>();
    let root: string | null = null;
    while (cur && !visited.has(cur)) {
      visited.add(cur);
      const part = byId.get(cur);
      if (part?.kind === 'cpu') { root = cur; break; }
      cur = upstream.get(cur)?.from;
    }
    rootOf.set(p.id, root);
  }
  return {
    type, typeIndex: t, parts, edges, byId, upstream, rootOf,
    gpus: parts.filter((p) => p.kind === 'gpu'),
    cpus: parts.filter((p) => p.kind === 'cpu'),
    drives: parts.filter((p) => p.drive),
    nics: parts.filter((p) => p.kind === 'nic'),
    memoryGB: parts.reduce((s, p) => s + (p.capacityGB ?? 0), 0),
  };
}

/** Edges on the PCIe path from a device up to its root socket (device side first). */
export function pathToRoot(server: ResolvedServer, partId: string): Edge[] {
  const out: Edge[] = [];
  const visited = new Set<string>();
  let cur = partId;
  while (!visited.has(cur)) {
    visited.add(cur);
    const e = server.upstream.get(cur);
    if (!e) break;
    out.push(e);
    cur = e.from;
  }
  return out;
}
