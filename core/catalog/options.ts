import type { ComponentKind } from '../model/design';
import { loadComponentCatalog } from './components';
import { loadWorkloads } from './workloads';

/** One choice offered to a user for a part, workload or cloud instance: what to store and what to show. */
export interface CatalogOption {
  /** Catalog id stored in the design. */
  id: string;
  /** Display name. */
  name: string;
  /** One line of key figures with units, e.g. "80 GB · 312 TFLOPS FP16 · 400 W". */
  detail: string;
  /** Unit price, USD; null when the catalog has no price (never shown as $0). */
  priceUsd: number | null;
  /** Confidence of the price (or of the entry's figures when there is no price). */
  confidence: string;
}

const fmt = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits });

function option(e: { id: string; name: string; price?: { usd: number; confidence: string } | undefined; provenance: { confidence: string } }, detail: string): CatalogOption {
  return { id: e.id, name: e.name, detail, priceUsd: e.price?.usd ?? null, confidence: e.price?.confidence ?? e.provenance.confidence };
}

const byName = (a: CatalogOption, b: CatalogOption) => a.name.localeCompare(b.name);

/**
 * Catalog parts a component of `kind` can be, for pickers in the editor. Kinds without catalog models
 * (memory, PSU, NVSwitch) return an empty list: their size is a number on the component.
 */
export function componentOptions(kind: ComponentKind): CatalogOption[] {
  const c = loadComponentCatalog();
  switch (kind) {
    case 'gpu':
      return c.gpus.map((g) => option(g, `${fmt(g.memoryGB)} GB · ${fmt(g.fp16Tflops)} TFLOPS FP16 · ${fmt(g.tdpW)} W`)).sort(byName);
    case 'cpu':
      return c.cpus.map((p) => option(p, `${p.cores} cores · ${fmt(p.baseGHz, 2)} GHz · ${p.pcieLanes} PCIe ${p.pcieGen} lanes`)).sort(byName);
    case 'nvme-ssd':
    case 'sata-ssd':
    case 'hdd': {
      const driveKind = kind === 'nvme-ssd' ? 'nvme' : kind;
      return c.drives.filter((d) => d.kind === driveKind).map((d) => option(d, `${fmt(d.capacityTB, 2)} TB · ${fmt(d.seqReadGBps, 2)} GB/s read`)).sort(byName);
    }
    case 'nic':
      return c.nics.map((n) => option(n, `${n.ports} × ${fmt(n.portSpeedGbps)} Gb/s ${n.protocol === 'infiniband' ? 'InfiniBand' : 'Ethernet'}`)).sort(byName);
    case 'pcie-switch':
      return c.pcieSwitches.map((s) => option(s, `PCIe ${s.pcieGen} · ${s.lanes} lanes`)).sort(byName);
    default:
      return [];
  }
}

/** Shared storage systems a design can read from. */
export function sharedStorageOptions(): CatalogOption[] {
  return loadComponentCatalog().sharedStorage.map((s) => option(s, `${fmt(s.readGBps, 1)} GB/s read per unit`)).sort(byName);
}

/** Cloud instances a design can be compared against. */
export function cloudInstanceOptions(): CatalogOption[] {
  return loadComponentCatalog()
    .cloud.map((i) => ({ ...option(i, `${i.provider} · ${i.gpuCount} × ${i.gpuId} · $${fmt(i.onDemandUsdPerHour, 2)}/h on demand`), priceUsd: i.onDemandUsdPerHour }))
    .sort(byName);
}

/** Shipped workloads, for the run settings. */
export function workloadOptions(): Array<{ id: string; name: string; domain: string }> {
  return loadWorkloads().map((w) => ({ id: w.id, name: w.name, domain: w.domain })).sort((a, b) => a.name.localeCompare(b.name));
}
