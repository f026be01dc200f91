import type { InputError } from '../engineApi';
import type { Component, Link, ServerType } from '../model/design';
import { pcieLaneGBps, resolveCpu, resolveDrive, resolveGpu, resolveNic, resolvePcieSwitch } from '../catalog/components';
import { ASSUMED } from './assumed';
import { DEFAULTS } from './params/defaults';
import { TOPOLOGY, devicePcieLink, linkInstancePairs } from '../topology';
import type { ComponentParts, Edge, Part, ResolvedServer, ServerGraph } from './resolved';
import { cachedServerGraph } from './serverCache';

const path = (t: number, rest: string) => `serverTypes[${t}].${rest}`;

type ResolvedFields = Omit<Part, 'id' | 'componentIndex' | 'componentId' | 'kind' | 'quantity'>;

/** A part's fields with every optional one present, so all parts share one shape. */
function fields(f: Partial<ResolvedFields> & Pick<ResolvedFields, 'priceUsd' | 'powerW'>): ResolvedFields {
  return {
    gpu: f.gpu, cpu: f.cpu, drive: f.drive, nic: f.nic, pcieSwitch: f.pcieSwitch, capacityGB: f.capacityGB, capacityW: f.capacityW,
    priceUsd: f.priceUsd, priceEstimated: f.priceEstimated ?? false, priceKnown: f.priceKnown ?? true, powerW: f.powerW,
  };
}

function resolvePart(c: Component, ci: number, t: number, errors: InputError[]): ResolvedFields | null {
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
      return fields({ gpu, ...priced(gpu.price), powerW: gpu.tdpW });
    }
    case 'cpu': {
      const cpu = c.model ? resolveCpu(c.model) : undefined;
      if (!cpu) return unknown('CPU');
      return fields({ cpu, ...priced(cpu.price), powerW: cpu.tdpW });
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
      return fields({ drive, ...priced(drive.price), powerW: drive.powerW });
    }
    case 'nic': {
      const nic = c.model ? resolveNic(c.model) : undefined;
      if (!nic) return unknown('NIC');
      return fields({ nic, ...priced(nic.price), powerW: nic.powerW });
    }
    case 'pcie-switch': {
      const sw = c.model ? resolvePcieSwitch(c.model) : undefined;
      if (!sw) return unknown('PCIe switch');
      return fields({ pcieSwitch: sw, ...priced(sw.price), powerW: sw.powerW });
    }
    case 'memory': {
      const gb = c.capacityGB ?? ASSUMED.defaultMemoryGBPerSocket.value;
      return fields({
        capacityGB: gb,
        priceUsd: c.priceUsd ?? gb * ASSUMED.memoryPriceUsdPerGB.value,
        priceEstimated: c.priceUsd === undefined,
        powerW: gb * ASSUMED.memoryPowerWPerGB.value,
      });
    }
    case 'nvswitch':
      return fields({ priceUsd: c.priceUsd ?? ASSUMED.nvswitchPriceUsd.value, priceEstimated: c.priceUsd === undefined, powerW: ASSUMED.nvswitchPowerW.value });
    case 'psu':
      return fields({ capacityW: c.capacityW ?? DEFAULTS.psuCapacityW.value, priceUsd: c.priceUsd ?? ASSUMED.psuPriceUsd.value, priceEstimated: c.priceUsd === undefined, powerW: 0 });
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

/**
 * Whether an NVSwitch component's chips can be one hub part: when every link that touches it is NVLink
 * and none pairs its chips one-to-one with an equal count of another component (GPU i to chip i), each
 * linked part reaches all chips alike, so one hub with `quantity` chips is the same graph.
 */
function isHub(c: Component, type: ServerType, countById: Map<string, number>): boolean {
  if (c.kind !== 'nvswitch' || c.count === 1) return false;
  for (const l of type.links) {
    const other = l.from === c.id ? l.to : l.to === c.id ? l.from : undefined;
    if (other === undefined) continue;
    if (l.kind !== 'nvlink' || countById.get(other) === c.count) return false;
  }
  return true;
}

function expandIds(c: Component, hub: boolean): string[] {
  return c.count === 1 || hub ? [c.id] : Array.from({ length: c.count }, (_, i) => `${c.id}#${i}`);
}

/**
 * Resolves the graph of one server type: expands counts, looks up catalog parts, derives link
 * bandwidths and indexes the graph. Errors (with JSON paths under `serverTypes[t]`) go to `errors`.
 * Uncached: `resolveServer` is the cached entry point.
 */
export function resolveServerGraph(type: ServerType, t: number, errors: InputError[]): ServerGraph | null {
  const before = errors.length;
  const parts: Part[] = [];
  const instances = new Map<string, string[]>();
  const componentIndexById = new Map<string, number>();
  const countById = new Map<string, number>();
  for (const c of type.components) if (!countById.has(c.id)) countById.set(c.id, c.count);
  type.components.forEach((c, ci) => {
    if (componentIndexById.has(c.id)) errors.push({ path: path(t, `components[${ci}].id`), message: `duplicate component id "${c.id}"` });
    else componentIndexById.set(c.id, ci);
    const resolved = resolvePart(c, ci, t, errors);
    if (!resolved) return;
    const hub = isHub(c, type, countById);
    const ids = expandIds(c, hub);
    instances.set(c.id, ids);
    const quantity = hub ? c.count : 1;
    for (const id of ids) parts.push({ id, componentIndex: ci, componentId: c.id, kind: c.kind, quantity, ...resolved });
  });
  const byId = new Map(parts.map((p) => [p.id, p]));
  const edges: Edge[] = [];
  type.links.forEach((link, li) => {
    const fromIds = instances.get(link.from);
    const toIds = instances.get(link.to);
    if (!componentIndexById.has(link.from)) errors.push({ path: path(t, `links[${li}].from`), message: `no component "${link.from}" in server "${type.name}"` });
    if (!componentIndexById.has(link.to)) errors.push({ path: path(t, `links[${li}].to`), message: `no component "${link.to}" in server "${type.name}"` });
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
  const rootPath = new Map<string, readonly Edge[]>();
  for (const p of parts) {
    const { root, edges: up } = walkToRoot(p.id, byId, upstream);
    rootOf.set(p.id, root);
    rootPath.set(p.id, up);
  }
  const ofKind = (k: Part['kind']) => parts.filter((p) => p.kind === k);
  return {
    parts, edges, byId, edgeById: new Map(edges.map((e) => [e.id, e])), componentIndexById, upstream, rootOf, rootPath,
    gpus: ofKind('gpu'),
    cpus: ofKind('cpu'),
    drives: parts.filter((p) => p.drive),
    nics: ofKind('nic'),
    pcieSwitches: parts.filter((p) => p.pcieSwitch),
    nvswitches: ofKind('nvswitch'),
    psus: ofKind('psu'),
    nvlinkEdges: edges.filter((e) => e.kind === 'nvlink'),
    pcieEdges: edges.filter((e) => e.kind === 'pcie'),
    socketEdges: edges.filter((e) => e.kind === 'socket'),
    memoryGB: parts.reduce((s, p) => s + (p.capacityGB ?? 0), 0),
    unpricedParts: parts.filter((p) => !p.priceKnown),
    partsPowerW: parts.reduce((s, p) => s + p.powerW * p.quantity, 0),
    componentParts: componentPartsOf(parts),
  };
}

function componentPartsOf(parts: readonly Part[]): ComponentParts[] {
  const byComponent = new Map<number, ComponentParts>();
  for (const p of parts) {
    const c = byComponent.get(p.componentIndex);
    if (c) c.quantity += p.quantity;
    else byComponent.set(p.componentIndex, { part: p, quantity: p.quantity });
  }
  return [...byComponent.values()];
}

/**
 * The PCIe edges upstream of a part (device side first, up to a part with no upstream edge or a cycle)
 * and the first CPU socket on that walk, the part itself included.
 */
function walkToRoot(id: string, byId: Map<string, Part>, upstream: Map<string, Edge>): { root: string | null; edges: Edge[] } {
  const edges: Edge[] = [];
  const visited = new Set<string>();
  let cur = id;
  let root: string | null = null;
  while (!visited.has(cur)) {
    visited.add(cur);
    if (root === null && byId.get(cur)?.kind === 'cpu') root = cur;
    const e = upstream.get(cur);
    if (!e) break;
    edges.push(e);
    cur = e.from;
  }
  return { root, edges };
}

/**
 * Resolves one server type (see `resolveServerGraph`), reusing the graph of an earlier evaluation when
 * the type's components and links are unchanged. Errors are never cached: an invalid type is resolved,
 * and its errors reported, on every call.
 */
export function resolveServer(type: ServerType, t: number, errors: InputError[]): ResolvedServer | null {
  const graph = cachedServerGraph(type, () => resolveServerGraph(type, t, errors));
  return graph ? serverOf(graph, type, t) : null;
}

// Every field written out: one object shape for every resolved server (a spread of the frozen graph is slower to build and to read).
function serverOf(g: ServerGraph, type: ServerType, typeIndex: number): ResolvedServer {
  return {
    type, typeIndex, graph: g,
    parts: g.parts, edges: g.edges, byId: g.byId, edgeById: g.edgeById, componentIndexById: g.componentIndexById, upstream: g.upstream,
    rootOf: g.rootOf, rootPath: g.rootPath, gpus: g.gpus, cpus: g.cpus, drives: g.drives, nics: g.nics, pcieSwitches: g.pcieSwitches,
    nvswitches: g.nvswitches, psus: g.psus, nvlinkEdges: g.nvlinkEdges, pcieEdges: g.pcieEdges, socketEdges: g.socketEdges,
    memoryGB: g.memoryGB, unpricedParts: g.unpricedParts, partsPowerW: g.partsPowerW, componentParts: g.componentParts,
  };
}

/** Edges on the PCIe path from a device up to its root socket (device side first). */
export function pathToRoot(server: ServerGraph, partId: string): readonly Edge[] {
  return server.rootPath.get(partId) ?? [];
}
