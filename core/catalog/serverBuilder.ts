import type { Component, Link, ServerType } from '../model/design';

/** How GPUs talk to each other inside the server. */
export type GpuFabric = 'nvswitch' | 'nvlink-bridge' | 'pcie';

/** A compact description of a common server layout, expanded into a full topology graph. */
export interface ServerSpec {
  id: string;
  name: string;
  count: number;
  gpu: string;
  gpusPerNode: number;
  gpuFabric: GpuFabric;
  /** NVSwitch chips on the GPU baseboard (power and price only). */
  nvswitchChips?: number;
  cpu: string;
  sockets: number;
  memoryGBPerSocket: number;
  /** 'dual-root': GPUs split across sockets; 'single-root': all GPUs on socket 0. */
  rooting: 'dual-root' | 'single-root';
  /** GPUs behind each PCIe switch (0 = GPUs attach straight to the CPU). */
  gpusPerSwitch: number;
  pcieSwitch?: string;
  /** Lanes of each switch's uplink to its CPU. */
  switchUplinkLanes?: number;
  drives: { kind: 'nvme-ssd' | 'sata-ssd' | 'hdd'; model: string; count: number; placement: 'socket0' | 'spread' };
  nics: { model: string; count: number; placement: 'with-gpus' | 'spread' };
  psus?: { count: number; capacityW: number; redundant: number };
  priceUsd?: number;
  rackUnits?: number;
}

/** Expands a `ServerSpec` into a server type with every part and typed link. */
export function buildServer(spec: ServerSpec): ServerType {
  const components: Component[] = [];
  const links: Link[] = [];
  const add = (c: Omit<Component, 'count'> & { count?: number }) => components.push({ count: 1, ...c });
  const link = (kind: Link['kind'], from: string, to: string, extra: Partial<Link> = {}) =>
    links.push({ id: `l${links.length}`, kind, from, to, ...extra });

  for (let s = 0; s < spec.sockets; s++) {
    add({ id: `cpu${s}`, kind: 'cpu', model: spec.cpu });
    add({ id: `mem${s}`, kind: 'memory', capacityGB: spec.memoryGBPerSocket });
    link('memory', `cpu${s}`, `mem${s}`);
    if (s > 0) link('socket', 'cpu0', `cpu${s}`);
  }
  const socketFor = (i: number, n: number) => (spec.rooting === 'single-root' || spec.sockets === 1 ? 0 : Math.floor((i * spec.sockets) / n));

  // GPUs, directly on sockets or behind PCIe switches.
  const gpuParents: string[] = [];
  if (spec.gpusPerSwitch > 0 && spec.pcieSwitch) {
    const switches = Math.ceil(spec.gpusPerNode / spec.gpusPerSwitch);
    for (let w = 0; w < switches; w++) {
      add({ id: `sw${w}`, kind: 'pcie-switch', model: spec.pcieSwitch });
      link('pcie', `cpu${socketFor(w, switches)}`, `sw${w}`, { lanes: spec.switchUplinkLanes ?? 16 });
    }
    for (let g = 0; g < spec.gpusPerNode; g++) gpuParents.push(`sw${Math.floor(g / spec.gpusPerSwitch)}`);
  } else {
    for (let g = 0; g < spec.gpusPerNode; g++) gpuParents.push(`cpu${socketFor(g, spec.gpusPerNode)}`);
  }
  for (let g = 0; g < spec.gpusPerNode; g++) {
    add({ id: `gpu${g}`, kind: 'gpu', model: spec.gpu });
    link('pcie', gpuParents[g]!, `gpu${g}`, { lanes: 16 });
  }
  if (spec.gpuFabric === 'nvswitch') {
    add({ id: 'nvswitch', kind: 'nvswitch', count: spec.nvswitchChips ?? 6 });
    for (let g = 0; g < spec.gpusPerNode; g++) link('nvlink', `gpu${g}`, 'nvswitch');
  } else if (spec.gpuFabric === 'nvlink-bridge') {
    for (let g = 0; g + 1 < spec.gpusPerNode; g += 2) link('nvlink', `gpu${g}`, `gpu${g + 1}`);
  }

  // NICs share the GPUs' switches (GPUDirect RDMA) or spread over the sockets.
  for (let n = 0; n < spec.nics.count; n++) {
    add({ id: `nic${n}`, kind: 'nic', model: spec.nics.model });
    const parent = spec.nics.placement === 'with-gpus' && spec.gpusPerSwitch > 0 && spec.pcieSwitch
      ? `sw${n % Math.ceil(spec.gpusPerNode / spec.gpusPerSwitch)}`
      : `cpu${socketFor(n, spec.nics.count)}`;
    link('pcie', parent, `nic${n}`, { lanes: 16 });
  }
  for (let d = 0; d < spec.drives.count; d++) {
    add({ id: `disk${d}`, kind: spec.drives.kind, model: spec.drives.model });
    const parent = spec.drives.placement === 'socket0' ? 'cpu0' : `cpu${socketFor(d, spec.drives.count)}`;
    link('pcie', parent, `disk${d}`, spec.drives.kind === 'nvme-ssd' ? { lanes: 4 } : {});
  }
  if (spec.psus) add({ id: 'psu', kind: 'psu', count: spec.psus.count, capacityW: spec.psus.capacityW, redundantPsus: spec.psus.redundant });

  const type: ServerType = { id: spec.id, name: spec.name, count: spec.count, components, links };
  if (spec.priceUsd !== undefined) type.priceUsd = spec.priceUsd;
  if (spec.rackUnits !== undefined) type.rackUnits = spec.rackUnits;
  return type;
}
