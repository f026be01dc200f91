// Pure edits of a design's topology, written to run inside an immer recipe (they mutate the draft they get).
import type { Component, ComponentKind, Design, Link, ServerType } from '../../../core';
import { resolveCpu, resolvePcieSwitch } from '../../../core/catalog/components';
import { PCIE_DOWNSTREAM, PCIE_UPSTREAM, devicePcieLink, linkInstanceCount, linkKindFor, nvlinkProblem, partCatalog, pcieLinkLanes, pcieWouldLoop } from '../../../core';

/** Catalog model a new part of each kind starts as, when its server has none of that kind yet. */
export const DEFAULT_MODELS: Partial<Record<ComponentKind, string>> = {
  gpu: 'h100-sxm5-80gb',
  cpu: 'xeon-8480plus',
  'nvme-ssd': 'samsung-pm1733-15.36',
  'sata-ssd': 'micron-5400-pro',
  hdd: 'seagate-exos-x20-20tb',
  'pcie-switch': 'pex88096',
  nic: 'connectx-7-ndr-400g',
};

/** Shared storage a first drop adds. */
export const DEFAULT_SHARED_STORAGE = 'ddn-ai400x2-turbo';

/** A component of a server type, addressed across the design. */
export interface PartRef {
  serverTypeId: string;
  componentId: string;
}

/** A link of a server type, addressed across the design. */
export interface LinkRef {
  serverTypeId: string;
  linkId: string;
}

/** Parts copied with Ctrl+C: the components and the links among them. */
export interface Clipboard {
  components: Component[];
  links: Link[];
}

/** Deep copy of plain design data; works on immer drafts, which structuredClone cannot copy. */
function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** An id not in `taken`: `prefix` followed by the smallest free number. */
export function freeId(prefix: string, taken: ReadonlySet<string>): string {
  for (let i = 0; ; i++) if (!taken.has(`${prefix}${i}`)) return `${prefix}${i}`;
}

const ID_PREFIX: Record<ComponentKind, string> = {
  gpu: 'gpu', cpu: 'cpu', memory: 'mem', 'nvme-ssd': 'nvme', 'sata-ssd': 'sata', hdd: 'hdd', 'pcie-switch': 'sw', nic: 'nic', nvswitch: 'nvswitch', psu: 'psu',
};

export function findServer(design: Design, serverTypeId: string): ServerType | undefined {
  return design.serverTypes.find((s) => s.id === serverTypeId);
}

/** The model a new part of `kind` gets: the one its server already uses for that kind, else the default. */
export function defaultModel(server: ServerType, kind: ComponentKind): string | undefined {
  return server.components.find((c) => c.kind === kind && c.model)?.model ?? DEFAULT_MODELS[kind];
}

/** PCIe lanes a part of this kind and model takes by default (the topology grammar's rule). */
function deviceLanes(kind: ComponentKind, model: string | undefined): number | undefined {
  return devicePcieLink(partCatalog(kind, model))?.lanes;
}

/** Lanes a CPU socket or PCIe switch can still give to devices below it; null when it has no catalog model. */
export function freeLanes(server: ServerType, componentId: string): number | null {
  const c = server.components.find((x) => x.id === componentId);
  if (!c?.model) return null;
  const byId = new Map(server.components.map((x) => [x.id, x]));
  // Lanes a link takes, for every instance it expands to (as the engine counts them).
  const lanesOf = (l: Link) => {
    const from = byId.get(l.from);
    const to = byId.get(l.to);
    return to && from ? pcieLinkLanes(l, partCatalog(to.kind, to.model)) * linkInstanceCount(from.count, to.count) : 0;
  };
  const pcie = server.links.filter((l) => l.kind === 'pcie');
  const down = pcie.filter((l) => l.from === componentId).reduce((s, l) => s + lanesOf(l), 0);
  if (c.kind === 'cpu') {
    const cpu = resolveCpu(c.model);
    return cpu ? cpu.pcieLanes * c.count - down : null;
  }
  if (c.kind === 'pcie-switch') {
    const sw = resolvePcieSwitch(c.model);
    const up = pcie.filter((l) => l.to === componentId).reduce((s, l) => s + lanesOf(l), 0);
    return sw ? sw.lanes * c.count - up - down : null;
  }
  return null;
}

/**
 * Where a new device plugs in: GPUs and NICs prefer a PCIe switch (as in 8-GPU servers), drives and
 * switches prefer a CPU socket; among those, the one with the most free lanes. Undefined when nothing fits.
 */
export function attachPoint(server: ServerType, kind: ComponentKind, lanes: number): string | undefined {
  const prefer: ComponentKind[] = kind === 'gpu' || kind === 'nic' ? ['pcie-switch', 'cpu'] : ['cpu', 'pcie-switch'];
  if (kind === 'pcie-switch') prefer.splice(1);
  for (const parentKind of prefer) {
    const candidates = server.components
      .filter((c) => c.kind === parentKind)
      .map((c) => ({ id: c.id, free: freeLanes(server, c.id) ?? 0 }))
      .filter((c) => c.free >= lanes)
      .sort((a, b) => b.free - a.free);
    if (candidates[0]) return candidates[0].id;
  }
  // SATA and HDD sit on the chipset/HBA of a socket: any CPU will do.
  if (kind === 'sata-ssd' || kind === 'hdd') return server.components.find((c) => c.kind === 'cpu')?.id;
  return undefined;
}

function nvlinkCapable(c: Component): boolean {
  return c.kind === 'gpu' && !!partCatalog(c.kind, c.model).gpu?.scaleUpLink;
}

function linkId(server: ServerType): string {
  return freeId('l', new Set(server.links.map((l) => l.id)));
}

function addLink(server: ServerType, link: Omit<Link, 'id'>): Link {
  const full = { id: linkId(server), ...link } as Link;
  server.links.push(full);
  return full;
}

/** Connect a part that has no upstream link to a sensible default place (see `attachPoint`). */
function attachDefault(server: ServerType, c: Component): void {
  const lanes = deviceLanes(c.kind, c.model);
  switch (c.kind) {
    case 'gpu':
    case 'nic':
    case 'nvme-ssd':
    case 'pcie-switch':
    case 'sata-ssd':
    case 'hdd': {
      const parent = attachPoint(server, c.kind, (lanes ?? 0) * c.count);
      if (parent) addLink(server, lanes ? { kind: 'pcie', from: parent, to: c.id, lanes } : { kind: 'pcie', from: parent, to: c.id });
      if (c.kind === 'gpu' && nvlinkCapable(c)) {
        const nvswitch = server.components.find((x) => x.kind === 'nvswitch');
        if (nvswitch) addLink(server, { kind: 'nvlink', from: c.id, to: nvswitch.id });
      }
      return;
    }
    case 'cpu': {
      const other = server.components.find((x) => x.kind === 'cpu' && x.id !== c.id && !server.links.some((l) => l.kind === 'socket' && (l.from === x.id || l.to === x.id)));
      if (other) addLink(server, { kind: 'socket', from: other.id, to: c.id });
      return;
    }
    case 'memory': {
      const cpus = server.components.filter((x) => x.kind === 'cpu');
      const bare = cpus.find((x) => !server.links.some((l) => l.kind === 'memory' && l.from === x.id)) ?? cpus[0];
      if (bare) addLink(server, { kind: 'memory', from: bare.id, to: c.id });
      return;
    }
    case 'nvswitch':
      for (const g of server.components.filter(nvlinkCapable)) addLink(server, { kind: 'nvlink', from: g.id, to: c.id });
      return;
    case 'psu':
      return;
  }
}

/** A new server type with no parts, named "Server N". Returns its id. */
export function addServerType(design: Design): string {
  const id = freeId('server', new Set(design.serverTypes.map((s) => s.id)));
  const names = new Set(design.serverTypes.map((s) => s.name));
  let n = design.serverTypes.length + 1;
  while (names.has(`Server ${n}`)) n++;
  design.serverTypes.push({ id, name: `Server ${n}`, count: 1, components: [], links: [] });
  return id;
}

/** Add one part of `kind` to a server type, connected to a sensible default place. Returns the new component id. */
export function addComponent(design: Design, serverTypeId: string, kind: ComponentKind, position?: { x: number; y: number }): string {
  const server = findServer(design, serverTypeId);
  if (!server) throw new Error(`no server type "${serverTypeId}"`);
  const id = freeId(ID_PREFIX[kind], new Set(server.components.map((c) => c.id)));
  const model = defaultModel(server, kind);
  const component: Component = { id, kind, count: 1 };
  if (model) component.model = model;
  if (kind === 'memory') component.capacityGB = 512;
  if (kind === 'psu') component.capacityW = 3000;
  if (position) component.position = { x: Math.round(position.x), y: Math.round(position.y) };
  server.components.push(component);
  attachDefault(server, component);
  return id;
}

/** Whether and how two parts of one server may be linked; the link is oriented CPU side first. */
export type LinkCheck = { ok: true; link: Omit<Link, 'id'> } | { ok: false; reason: string };

function name(c: Component): string {
  return c.label ?? `${c.id}${c.model ? ` (${c.model})` : ''}`;
}

/** The link the editor draws between parts `aId` and `bId` of a server, or why there can be none (rules: core/topology). */
export function linkBetween(server: ServerType, aId: string, bId: string): LinkCheck {
  if (aId === bId) return { ok: false, reason: 'A part cannot link to itself.' };
  const a = server.components.find((c) => c.id === aId);
  const b = server.components.find((c) => c.id === bId);
  if (!a || !b) return { ok: false, reason: 'Both ends must be parts of the same server.' };
  const exists = server.links.some((l) => (l.from === aId && l.to === bId) || (l.from === bId && l.to === aId));
  if (exists) return { ok: false, reason: `${name(a)} and ${name(b)} are already linked.` };
  const kind = linkKindFor(a.kind, b.kind);
  if (kind === 'socket') return { ok: true, link: { kind: 'socket', from: a.id, to: b.id } };
  if (kind === 'memory') {
    const [cpu, mem] = a.kind === 'cpu' ? [a, b] : [b, a];
    return { ok: true, link: { kind: 'memory', from: cpu.id, to: mem.id } };
  }
  if (kind === 'nvlink') {
    const gpus = [a, b].filter((c) => c.kind === 'gpu');
    const gpuOf = (c: Component) => ({ name: name(c), gpu: partCatalog(c.kind, c.model).gpu });
    const noNvlink = gpus.find((g) => !nvlinkCapable(g));
    if (noNvlink) return { ok: false, reason: `${name(noNvlink)} has no NVLink.` };
    if (gpus.length === 2) {
      const problem = nvlinkProblem(gpuOf(gpus[0]!), gpuOf(gpus[1]!));
      if (problem) return { ok: false, reason: problem };
      return { ok: true, link: { kind: 'nvlink', from: a.id, to: b.id } };
    }
    const sw = [a, b].find((c) => c.kind === 'nvswitch')!;
    const joined = server.links.filter((l) => l.kind === 'nvlink' && l.to === sw.id).map((l) => server.components.find((c) => c.id === l.from)).filter((c): c is Component => c?.kind === 'gpu');
    const clash = joined.find((other) => nvlinkProblem(gpuOf(gpus[0]!), gpuOf(other)) !== null);
    if (clash) return { ok: false, reason: `NVSwitch ${sw.id} already joins ${name(clash)}; NVLink needs matching GPUs.` };
    return { ok: true, link: { kind: 'nvlink', from: gpus[0]!.id, to: sw.id } };
  }
  if (kind === 'pcie') {
    // The upstream end is a CPU or a switch; switch-to-switch goes from the one drawn first.
    const [up, down] = PCIE_UPSTREAM.has(a.kind) && PCIE_DOWNSTREAM.has(b.kind) ? [a, b] : [b, a];
    if (server.links.some((l) => l.kind === 'pcie' && l.to === down.id)) return { ok: false, reason: `${name(down)} is already plugged into a PCIe slot.` };
    if (pcieWouldLoop(server.links, up.id, down.id)) return { ok: false, reason: 'That link would make a PCIe loop.' };
    const lanes = deviceLanes(down.kind, down.model);
    return { ok: true, link: lanes ? { kind: 'pcie', from: up.id, to: down.id, lanes } : { kind: 'pcie', from: up.id, to: down.id } };
  }
  return { ok: false, reason: `A ${a.kind} cannot link to a ${b.kind}: ${linkRefusal(a.kind, b.kind)}` };
}

/** Why two part kinds cannot be linked, in the user's words. */
function linkRefusal(a: ComponentKind, b: ComponentKind): string {
  if (a === 'psu' || b === 'psu') return 'power supplies feed the whole server and take no links.';
  if (a === 'memory' || b === 'memory') return 'memory links only to a CPU socket.';
  if (a === 'nvswitch' || b === 'nvswitch') return 'an NVSwitch links only to GPUs with NVLink.';
  return 'devices plug into a CPU socket or a PCIe switch.';
}

/** Link two parts if `linkBetween` allows it; returns the check. */
export function connect(design: Design, serverTypeId: string, aId: string, bId: string): LinkCheck {
  const server = findServer(design, serverTypeId);
  if (!server) return { ok: false, reason: `No server type "${serverTypeId}".` };
  const check = linkBetween(server, aId, bId);
  if (check.ok) addLink(server, check.link);
  return check;
}

/** What a delete removes. */
export interface Removal {
  components?: PartRef[];
  links?: LinkRef[];
  serverTypes?: string[];
}

/** Remove parts (with their links), links and whole server types. */
export function removeElements(design: Design, what: Removal): void {
  const gone = new Set(what.serverTypes ?? []);
  design.serverTypes = design.serverTypes.filter((s) => !gone.has(s.id));
  for (const server of design.serverTypes) {
    const parts = new Set((what.components ?? []).filter((p) => p.serverTypeId === server.id).map((p) => p.componentId));
    const links = new Set((what.links ?? []).filter((l) => l.serverTypeId === server.id).map((l) => l.linkId));
    if (parts.size === 0 && links.size === 0) continue;
    server.components = server.components.filter((c) => !parts.has(c.id));
    server.links = server.links.filter((l) => !links.has(l.id) && !parts.has(l.from) && !parts.has(l.to));
  }
}

/** Copy parts of one server and the links among them. */
export function copyParts(design: Design, serverTypeId: string, componentIds: readonly string[]): Clipboard {
  const server = findServer(design, serverTypeId);
  if (!server) return { components: [], links: [] };
  const ids = new Set(componentIds);
  return {
    components: server.components.filter((c) => ids.has(c.id)).map((c) => clone(c)),
    links: server.links.filter((l) => ids.has(l.from) && ids.has(l.to)).map((l) => clone(l)),
  };
}

/**
 * Paste copied parts into a server with fresh ids, keeping the links among them; a pasted part left
 * without an upstream link is plugged in like a new one. Returns the new component ids.
 */
export function pasteParts(design: Design, serverTypeId: string, clip: Clipboard, offset = 40): string[] {
  const server = findServer(design, serverTypeId);
  if (!server) return [];
  const taken = new Set(server.components.map((c) => c.id));
  const rename = new Map<string, string>();
  for (const c of clip.components) {
    const id = freeId(ID_PREFIX[c.kind], taken);
    taken.add(id);
    rename.set(c.id, id);
    const copy: Component = { ...clone(c), id };
    if (c.position) copy.position = { x: c.position.x + offset, y: c.position.y + offset };
    server.components.push(copy);
  }
  for (const l of clip.links) addLink(server, { ...clone(l), from: rename.get(l.from)!, to: rename.get(l.to)! });
  for (const c of clip.components) {
    const copy = server.components.find((x) => x.id === rename.get(c.id))!;
    const hasUpstream = server.links.some((l) => l.to === copy.id && (l.kind === 'pcie' || l.kind === 'memory'));
    if (!hasUpstream && c.kind !== 'cpu' && c.kind !== 'nvswitch' && c.kind !== 'psu') attachDefault(server, copy);
  }
  return [...rename.values()];
}

/** Duplicate a whole server type (a new type with the same parts, named "... copy"). Returns its id. */
export function duplicateServerType(design: Design, serverTypeId: string): string | undefined {
  const server = findServer(design, serverTypeId);
  if (!server) return undefined;
  const id = freeId(`${server.id}-copy`, new Set(design.serverTypes.map((s) => s.id)));
  const copy = clone(server);
  design.serverTypes.push({ ...copy, id, name: `${server.name} copy`.slice(0, 200) });
  return id;
}

/** Add a unit of shared storage (the first drop adds the default system). */
export function addSharedStorage(design: Design): void {
  if (design.sharedStorage) design.sharedStorage.count = Math.min(10_000, design.sharedStorage.count + 1);
  else design.sharedStorage = { model: DEFAULT_SHARED_STORAGE, count: 1 };
}
