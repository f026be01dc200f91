import type { ComponentKind, Design } from '../../../core';

/** Readable names of component kinds. */
export const KIND_LABELS: Record<ComponentKind, string> = {
  cpu: 'CPU',
  memory: 'Memory',
  gpu: 'GPU',
  'nvme-ssd': 'NVMe SSD',
  'sata-ssd': 'SATA SSD',
  hdd: 'HDD',
  'pcie-switch': 'PCIe switch',
  nic: 'NIC',
  nvswitch: 'NVSwitch',
  psu: 'PSU',
};

/** Display order of kinds in an outline: compute first, then data path, then the rest. */
const KIND_ORDER: ComponentKind[] = ['gpu', 'cpu', 'memory', 'nvme-ssd', 'sata-ssd', 'hdd', 'pcie-switch', 'nic', 'nvswitch', 'psu'];

/** Identical parts of one server type, counted together. */
export interface PartGroup {
  kind: ComponentKind;
  /** Catalog model, or a capacity for parts without one (`1,024 GB` of memory, `3,000 W` PSU). */
  model: string;
  /** Parts in one server. */
  count: number;
}

/** One server type as the outline shows it. */
export interface ServerOutline {
  id: string;
  name: string;
  /** Identical servers of this type. */
  servers: number;
  parts: PartGroup[];
  links: number;
}

function describeModel(component: Design['serverTypes'][number]['components'][number]): string {
  if (component.model) return component.model;
  if (component.capacityGB !== undefined) return `${component.capacityGB.toLocaleString('en-US')} GB`;
  if (component.capacityW !== undefined) return `${component.capacityW.toLocaleString('en-US')} W`;
  return '';
}

/** Group a design's parts by server type, kind and model, for a read-only outline. */
export function outlineDesign(design: Design): ServerOutline[] {
  return design.serverTypes.map((serverType) => {
    const groups = new Map<string, PartGroup>();
    for (const component of serverType.components) {
      const model = describeModel(component);
      const key = `${component.kind}\u0000${model}`;
      const group = groups.get(key) ?? { kind: component.kind, model, count: 0 };
      group.count += component.count;
      groups.set(key, group);
    }
    const parts = [...groups.values()].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.model.localeCompare(b.model));
    return { id: serverType.id, name: serverType.name, servers: serverType.count, parts, links: serverType.links.length };
  });
}
