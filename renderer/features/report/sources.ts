// The catalog entries a design rests on, with their sources and confidence, for the report's appendix. Pure.
import { resolveStorageUse, type Design } from '../../../core';
import { resolveCloudInstance, resolveCpu, resolveDrive, resolveGpu, resolveNic, resolvePcieSwitch } from '../../../core/catalog/components';
import { resolveWorkload } from '../../../core/catalog/workloads';

/** One cited catalog entry. */
export interface SourceRow {
  name: string;
  /** Confidence of the entry's values. */
  confidence: string;
  /** Confidence of its price; empty when it has none. */
  priceConfidence: string;
  sources: string[];
}

type Entry = { name: string; provenance: { source: string[]; confidence: string }; price?: { basis: string; confidence: string } | undefined };

function row(entry: Entry): SourceRow {
  return {
    name: entry.name,
    confidence: entry.provenance.confidence,
    priceConfidence: entry.price?.confidence ?? '',
    sources: entry.provenance.source,
  };
}

/** The catalog entries of the parts, storage, cloud instance and workload of `designs`, each once, by name. */
export function designSources(designs: readonly Design[]): SourceRow[] {
  const rows = new Map<string, SourceRow>();
  const add = (entry: Entry | undefined) => {
    if (entry && !rows.has(entry.name)) rows.set(entry.name, row(entry));
  };
  for (const design of designs) {
    for (const server of design.serverTypes) {
      for (const c of server.components) {
        if (!c.model) continue;
        if (c.kind === 'gpu') add(resolveGpu(c.model));
        else if (c.kind === 'cpu') add(resolveCpu(c.model));
        else if (c.kind === 'nvme-ssd' || c.kind === 'sata-ssd' || c.kind === 'hdd') add(resolveDrive(c.model));
        else if (c.kind === 'nic') add(resolveNic(c.model));
        else if (c.kind === 'pcie-switch') add(resolvePcieSwitch(c.model));
      }
    }
    const storage = design.sharedStorage && resolveStorageUse(design.sharedStorage);
    if (storage && storage.ok) add(storage.unit);
    if (design.economics.cloudInstance) add(resolveCloudInstance(design.economics.cloudInstance));
    if (typeof design.workload === 'string') {
      const w = resolveWorkload(design.workload);
      if (w) add({ name: w.name, provenance: w.provenance });
    }
  }
  return [...rows.values()].sort((a, b) => a.name.localeCompare(b.name));
}
