import type { Cpu, Drive, Gpu, Nic, PcieSwitch } from '../model/catalog';
import type { ComponentKind, LinkKind } from '../model/design';
import { resolveCpu, resolveDrive, resolveGpu, resolveNic, resolvePcieSwitch } from '../catalog/components';
import { TOPOLOGY } from './params';

/**
 * The topology grammar: which parts may be linked and how, the PCIe lanes a link takes, and NVLink
 * compatibility by catalog id. The editor (connection validation, default wiring, free lanes) and the
 * engine (graph building, checks) both use these rules, so they cannot disagree.
 */

/** Kinds that can be the upstream end of a PCIe link (root complexes and switches). */
export const PCIE_UPSTREAM: ReadonlySet<ComponentKind> = new Set(['cpu', 'pcie-switch']);
/** Kinds that plug into a PCIe port. */
export const PCIE_DOWNSTREAM: ReadonlySet<ComponentKind> = new Set(['gpu', 'nvme-ssd', 'sata-ssd', 'hdd', 'nic', 'pcie-switch']);

/** Catalog entries of a part, whichever of them its kind has. */
export interface PartCatalog {
  kind: ComponentKind;
  gpu?: Gpu | undefined;
  cpu?: Cpu | undefined;
  drive?: Drive | undefined;
  nic?: Nic | undefined;
  pcieSwitch?: PcieSwitch | undefined;
}

/** A part's catalog entry by its kind and model (catalog id or alias): the one resolver editor and engine share. */
export function partCatalog(kind: ComponentKind, model: string | undefined): PartCatalog {
  if (!model) return { kind };
  switch (kind) {
    case 'gpu': return { kind, gpu: resolveGpu(model) };
    case 'cpu': return { kind, cpu: resolveCpu(model) };
    case 'nvme-ssd':
    case 'sata-ssd':
    case 'hdd': return { kind, drive: resolveDrive(model) };
    case 'nic': return { kind, nic: resolveNic(model) };
    case 'pcie-switch': return { kind, pcieSwitch: resolvePcieSwitch(model) };
    default: return { kind };
  }
}

/** The link kind that joins parts of two kinds, or null when they cannot be joined directly. */
export function linkKindFor(a: ComponentKind, b: ComponentKind): LinkKind | null {
  if (a === 'cpu' && b === 'cpu') return 'socket';
  if ((a === 'cpu' && b === 'memory') || (a === 'memory' && b === 'cpu')) return 'memory';
  if ((a === 'gpu' && (b === 'gpu' || b === 'nvswitch')) || (b === 'gpu' && a === 'nvswitch')) return 'nvlink';
  if ((PCIE_UPSTREAM.has(a) && PCIE_DOWNSTREAM.has(b)) || (PCIE_UPSTREAM.has(b) && PCIE_DOWNSTREAM.has(a))) return 'pcie';
  return null;
}

/** Why a link of `kind` from a part of kind `from` to one of kind `to` is not allowed; null when it is. */
export function linkEndpointProblem(kind: LinkKind, from: ComponentKind, to: ComponentKind): string | null {
  switch (kind) {
    case 'socket':
      return from === 'cpu' && to === 'cpu' ? null : `a socket link joins two CPUs, not a ${from} and a ${to}`;
    case 'memory':
      return (from === 'cpu' && to === 'memory') || (from === 'memory' && to === 'cpu') ? null : `a memory link joins a CPU and its memory, not a ${from} and a ${to}`;
    case 'nvlink':
      return linkKindFor(from, to) === 'nvlink' ? null : `NVLink joins GPUs (directly or through an NVSwitch), not a ${from} and a ${to}`;
    case 'pcie':
      if (!PCIE_UPSTREAM.has(from)) return `a PCIe link goes from a CPU or a PCIe switch down to a device, not from a ${from}`;
      return PCIE_DOWNSTREAM.has(to) ? null : `a ${to} does not plug into a PCIe slot`;
  }
}

/** PCIe generation and lanes a device negotiates by default (undefined: not a PCIe device, e.g. a SATA drive). */
export function devicePcieLink(p: PartCatalog): { gen: number; lanes: number } | undefined {
  if (p.gpu) return { gen: p.gpu.pcieGen, lanes: p.gpu.pcieLanes };
  if (p.drive) return p.drive.pcieGen ? { gen: p.drive.pcieGen, lanes: p.drive.pcieLanes ?? TOPOLOGY.nvmeDefaultLanes.value } : undefined;
  if (p.nic) return { gen: p.nic.pcieGen, lanes: p.nic.pcieLanes };
  if (p.pcieSwitch) return { gen: p.pcieSwitch.pcieGen, lanes: TOPOLOGY.switchUplinkLanes.value };
  if (p.cpu) return { gen: p.cpu.pcieGen, lanes: TOPOLOGY.switchUplinkLanes.value };
  if (p.kind === 'nvme-ssd') return { gen: TOPOLOGY.unknownPcieGen.value, lanes: TOPOLOGY.nvmeDefaultLanes.value };
  if (p.kind === 'gpu' || p.kind === 'nic' || p.kind === 'pcie-switch') return { gen: TOPOLOGY.unknownPcieGen.value, lanes: TOPOLOGY.switchUplinkLanes.value };
  return undefined;
}

/** Lanes one instance of a PCIe link takes: the link's own width, else the downstream device's; 0 for SATA/SAS drives. */
export function pcieLinkLanes(link: { lanes?: number | undefined }, down: PartCatalog): number {
  return link.lanes ?? devicePcieLink(down)?.lanes ?? 0;
}

/**
 * How a link between two components with counts expands into instances: equal counts pair up (GPU i to
 * NIC i); otherwise every instance connects to every other (each GPU to the NVSwitch).
 */
export function linkInstancePairs<T>(from: readonly T[], to: readonly T[]): Array<[T, T]> {
  if (from.length === to.length && from.length > 1) return from.map((f, i): [T, T] => [f, to[i]!]);
  return from.flatMap((f) => to.map((t): [T, T] => [f, t]));
}

/** How many link instances a link between components of these counts makes (see `linkInstancePairs`). */
export function linkInstanceCount(fromCount: number, toCount: number): number {
  return fromCount === toCount && fromCount > 1 ? fromCount : fromCount * toCount;
}

/** Why two GPUs cannot share an NVLink; null when they can. GPUs are compared by catalog id, never by alias. */
export function nvlinkProblem(a: { name: string; gpu?: Gpu | undefined }, b: { name: string; gpu?: Gpu | undefined }): string | null {
  for (const g of [a, b]) if (!g.gpu?.scaleUpLink) return `${g.name} has no NVLink.`;
  return a.gpu!.id === b.gpu!.id ? null : `NVLink joins only GPUs of the same model (${a.gpu!.name} and ${b.gpu!.name}).`;
}

/** Whether a PCIe link from `up` to `down` would close a loop: `down` is already above `up`. */
export function pcieWouldLoop(links: ReadonlyArray<{ kind: LinkKind; from: string; to: string }>, up: string, down: string): boolean {
  if (up === down) return true;
  const parentOf = new Map<string, string>();
  for (const l of links) if (l.kind === 'pcie' && !parentOf.has(l.to)) parentOf.set(l.to, l.from);
  const seen = new Set<string>();
  for (let at: string | undefined = up; at !== undefined && !seen.has(at); at = parentOf.get(at)) {
    if (at === down) return true;
    seen.add(at);
  }
  return false;
}

/** Ids of the components on a PCIe loop (a directed cycle of PCIe links), in no particular order. */
export function pcieLoopMembers(links: ReadonlyArray<{ kind: LinkKind; from: string; to: string }>): string[] {
  const down = new Map<string, string[]>();
  for (const l of links) if (l.kind === 'pcie') down.set(l.from, [...(down.get(l.from) ?? []), l.to]);
  // Iterative depth-first search: a node reached again while still on the stack closes a cycle.
  const state = new Map<string, 'open' | 'done'>();
  const onLoop = new Set<string>();
  for (const root of down.keys()) {
    if (state.has(root)) continue;
    const stack: Array<{ id: string; next: number }> = [{ id: root, next: 0 }];
    state.set(root, 'open');
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const children = down.get(top.id) ?? [];
      if (top.next >= children.length) { state.set(top.id, 'done'); stack.pop(); continue; }
      const child = children[top.next++]!;
      if (state.get(child) === 'open') {
        for (let i = stack.length - 1; i >= 0; i--) { onLoop.add(stack[i]!.id); if (stack[i]!.id === child) break; }
      } else if (!state.has(child)) {
        state.set(child, 'open');
        stack.push({ id: child, next: 0 });
      }
    }
  }
  return [...onLoop];
}

/** Ids of the devices plugged into more than one PCIe port (a device has one upstream link). */
export function pcieMultiplyPlugged(links: ReadonlyArray<{ kind: LinkKind; to: string }>): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const l of links) if (l.kind === 'pcie') (seen.has(l.to) ? twice : seen).add(l.to);
  return [...twice];
}
