/**
 * The engine's invariants on random valid designs. A design is built from a spec of primitive choices (a
 * shipped template, a catalog workload, node count, run settings, economics), so fast-check can shrink a
 * violating spec to a minimal example. Each invariant compares a design with itself or with a variant
 * that has strictly more of something.
 */
import fc from 'fast-check';
import {
  designFromTemplate, evaluateDesign, shippedTemplates, type Cpu, type DesignInput, type Evaluation,
} from '../../core';
import { loadWorkloads } from '../../core/catalog/workloads';
import { loadComponentCatalog } from '../../core/catalog/components';

/** The primitive choices a random design is built from. */
export interface DesignSpec {
  template: number;
  workload: number;
  nodes: number;
  /** Global batch as a multiple of the reference batch x GPUs, as a power of two (0 = the reference). */
  batchLog2: number;
  precision: 'fp32' | 'tf32' | 'mixed' | 'fp8';
  software: 'mlperf' | 'ngc' | 'stock';
  dataLoader: 'cpu' | 'gpu';
  prefetchDepth: number;
  datasetLocation: 'auto' | 'page-cache' | 'local' | 'shared';
  data: 'real' | 'synthetic';
  elastic: boolean;
  /** Index of a catalog shared storage system, or -1 for none. */
  sharedStorage: number;
  sharedStorageCount: number;
  amortizationYears: number;
  electricityUsdPerKWh: number;
  colocationUsdPerKWMonth: number;
  supportPctPerYear: number;
  nodeMtbfHours: number;
}

const templates = shippedTemplates();
const workloads = loadWorkloads();
const catalog = loadComponentCatalog();

/** Random design specs over every shipped template and workload, with node counts up to 100,000. */
export const designSpecArbitrary: fc.Arbitrary<DesignSpec> = fc.record({
  template: fc.integer({ min: 0, max: templates.length - 1 }),
  workload: fc.integer({ min: 0, max: workloads.length - 1 }),
  nodes: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 64 }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 100_000 }) }),
  batchLog2: fc.integer({ min: -3, max: 3 }),
  precision: fc.constantFrom('mixed', 'fp32', 'tf32', 'fp8'),
  software: fc.constantFrom('ngc', 'mlperf', 'stock'),
  dataLoader: fc.constantFrom('cpu', 'gpu'),
  prefetchDepth: fc.integer({ min: 0, max: 8 }),
  datasetLocation: fc.constantFrom('auto', 'page-cache', 'local', 'shared'),
  data: fc.constantFrom('real', 'synthetic'),
  elastic: fc.boolean(),
  sharedStorage: fc.integer({ min: -1, max: catalog.sharedStorage.length - 1 }),
  sharedStorageCount: fc.integer({ min: 1, max: 16 }),
  amortizationYears: fc.double({ min: 0.25, max: 30, noNaN: true }),
  electricityUsdPerKWh: fc.double({ min: 0, max: 5, noNaN: true }),
  colocationUsdPerKWMonth: fc.double({ min: 0, max: 10_000, noNaN: true }),
  supportPctPerYear: fc.double({ min: 0, max: 100, noNaN: true }),
  nodeMtbfHours: fc.double({ min: 1, max: 10_000_000, noNaN: true }),
});

/** The design a spec describes. */
export function designOf(spec: DesignSpec): DesignInput {
  const template = templates[spec.template]!;
  const workload = workloads[spec.workload]!;
  const design = designFromTemplate(template, workload.id, spec.nodes);
  const gpus = template.serverType.components.filter((c) => c.kind === 'gpu').reduce((s, c) => s + c.count, 0) * spec.nodes;
  const batch = Math.round(workload.referenceBatchPerGpu * gpus * 2 ** spec.batchLog2);
  const storage = spec.sharedStorage >= 0 ? catalog.sharedStorage[spec.sharedStorage] : undefined;
  return {
    ...design,
    ...(storage ? { sharedStorage: { model: storage.id, count: spec.sharedStorageCount } } : {}),
    run: {
      ...(batch >= 1 && batch <= 10_000_000 && spec.batchLog2 !== 0 ? { globalBatch: batch } : {}),
      precision: spec.precision, software: spec.software, dataLoader: spec.dataLoader, prefetchDepth: spec.prefetchDepth,
      datasetLocation: spec.datasetLocation, data: spec.data, elastic: spec.elastic, nodeMtbfHours: spec.nodeMtbfHours,
    },
    economics: {
      amortizationYears: spec.amortizationYears, electricityUsdPerKWh: spec.electricityUsdPerKWh,
      colocationUsdPerKWMonth: spec.colocationUsdPerKWMonth, supportPctPerYear: spec.supportPctPerYear,
    },
  };
}

/** Names of the invariants. */
export type InvariantName =
  | 'finite outputs' | 'busy + idle = 1' | 'time to model >= one step'
  | 'more memory never lowers throughput' | 'more drives never lower throughput' | 'a dominating CPU never lowers throughput'
  | 'more shared storage never lowers throughput' | 'costs scale with counts';

/** Invariants that compare a design with a variant; one is checked per design, in turn. */
export const VARIANT_INVARIANTS: readonly InvariantName[] = [
  'more memory never lowers throughput', 'more drives never lower throughput', 'a dominating CPU never lowers throughput',
  'more shared storage never lowers throughput', 'costs scale with counts',
];

/** Every invariant, in report order. */
export const INVARIANTS: readonly InvariantName[] = ['finite outputs', 'busy + idle = 1', 'time to model >= one step', ...VARIANT_INVARIANTS];

type Server = DesignInput['serverTypes'][number];
const mapServers = (design: DesignInput, edit: (s: Server) => Server): DesignInput => ({ ...design, serverTypes: design.serverTypes.map((s) => edit(structuredClone(s))) });

/** A CPU at least as good as `cpu` in every figure the engine reads, and better in one; null when the catalog has none. */
function dominatingCpu(cpu: Cpu): Cpu | null {
  const keys = ['cores', 'threads', 'baseGHz', 'boostGHz', 'pcieLanes', 'pcieGen', 'memoryChannels', 'memoryBandwidthGBps', 'socketLinkGBps'] as const;
  return catalog.cpus.find((c) => c.id !== cpu.id && keys.every((k) => c[k] >= cpu[k]) && keys.some((k) => c[k] > cpu[k])) ?? null;
}

/** The variant an invariant compares with, or null when the design has nothing to vary (the check is skipped). */
function variantOf(name: InvariantName, design: DesignInput): DesignInput | null {
  if (name === 'more memory never lowers throughput') {
    return mapServers(design, (s) => ({ ...s, components: s.components.map((c) => (c.kind === 'memory' && c.capacityGB ? { ...c, capacityGB: Math.min(65_536, c.capacityGB * 2) } : c)) }));
  }
  if (name === 'more drives never lower throughput') {
    const has = design.serverTypes.some((s) => s.components.some((c) => c.kind === 'nvme-ssd' || c.kind === 'sata-ssd' || c.kind === 'hdd'));
    return has ? mapServers(design, (s) => ({ ...s, components: s.components.map((c) => (['nvme-ssd', 'sata-ssd', 'hdd'].includes(c.kind) ? { ...c, count: (c.count ?? 1) + 1 } : c)) })) : null;
  }
  if (name === 'a dominating CPU never lowers throughput') {
    let changed = false;
    const variant = mapServers(design, (s) => ({
      ...s,
      components: s.components.map((c) => {
        const cpu = c.kind === 'cpu' && c.model ? catalog.cpus.find((x) => x.id === c.model || x.aliases.includes(c.model!)) : undefined;
        const better = cpu ? dominatingCpu(cpu) : null;
        if (!better) return c;
        changed = true;
        return { ...c, model: better.id };
      }),
    }));
    return changed ? variant : null;
  }
  if (name === 'more shared storage never lowers throughput') {
    return design.sharedStorage ? { ...design, sharedStorage: { ...design.sharedStorage, count: design.sharedStorage.count + 1 } } : null;
  }
  if (name === 'costs scale with counts') {
    return design.sharedStorage || design.serverTypes.some((s) => s.count * 2 > 100_000) ? null : mapServers(design, (s) => ({ ...s, count: s.count * 2 }));
  }
  return null;
}

const close = (a: number, b: number, rel = 1e-6) => Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b), 1e-12);

function finiteProblem(ev: Evaluation): string | null {
  const walk = (v: unknown, p: string): string | null => {
    if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? null : `${p} = ${v}`;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const r = walk(v[i], `${p}[${i}]`);
        if (r) return r;
      }
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'issues') continue;
        const r = walk(x, p ? `${p}.${k}` : k);
        if (r) return r;
      }
    }
    return null;
  };
  return walk(ev, '');
}

/** Why `name` fails for `design` (a sentence with the numbers), or null when it holds or does not apply. */
export function checkInvariant(name: InvariantName, design: DesignInput, base?: Evaluation): string | null {
  const evaluated = base ? { ok: true as const, evaluation: base } : evaluateDesign(design);
  if (!evaluated.ok) return null;
  const ev = evaluated.evaluation;
  if (name === 'finite outputs') return finiteProblem(ev);
  if (name === 'busy + idle = 1') {
    const idle = Object.values(ev.gpuIdle).reduce((s, x) => s + x, 0);
    return close(ev.gpuUtilization + idle, 1, 1e-6) ? null : `busy ${ev.gpuUtilization} + idle ${idle} = ${ev.gpuUtilization + idle}`;
  }
  if (name === 'time to model >= one step') {
    // A relative 1e-6 leaves floating-point rounding out; the violations seen are larger.
    return ev.time.totalSeconds >= ev.stepSeconds * (1 - 1e-6) ? null : `time to model ${ev.time.totalSeconds} s is shorter than one step of ${ev.stepSeconds} s`;
  }
  const variant = variantOf(name, design);
  if (!variant) return null;
  const other = evaluateDesign(variant);
  if (!other.ok) return null;
  const v = other.evaluation;
  if (name === 'costs scale with counts') {
    // Servers scale exactly; the fabric and the racks come in whole switches and racks, so they only never shrink.
    const servers = (e: Evaluation) => e.cost.bomTotals.subtotalsUsd.server;
    if (!close(servers(v), 2 * servers(ev))) return `servers ${servers(ev)} USD at ${ev.nodes} nodes, ${servers(v)} USD at twice the servers`;
    if (v.cost.capexUsd < 2 * servers(ev) || v.cost.bomTotals.subtotalsUsd.fabric < ev.cost.bomTotals.subtotalsUsd.fabric) return `capex ${ev.cost.capexUsd} USD at ${ev.nodes} nodes, ${v.cost.capexUsd} USD at twice the servers`;
    if (!close(v.cost.powerKW, 2 * ev.cost.powerKW)) return `power ${ev.cost.powerKW} kW at ${ev.nodes} nodes, ${v.cost.powerKW} kW at twice the servers`;
    return null;
  }
  return v.samplesPerSec >= ev.samplesPerSec * (1 - 1e-9) ? null : `${ev.samplesPerSec.toFixed(2)} samples/s (${ev.bottleneck.resourceId}) falls to ${v.samplesPerSec.toFixed(2)} (${v.bottleneck.resourceId}) with ${name.split(' never')[0]!.replace(/^a /, 'a ')}`;
}

/** Shrinks a violating spec to a small one that still violates `name` (fast-check's shrinker, started at `spec`). */
export function minimalExample(name: InvariantName, spec: DesignSpec): { spec: DesignSpec; reason: string } {
  const result = fc.check(fc.property(designSpecArbitrary, (s) => checkInvariant(name, designOf(s)) === null), { examples: [[spec]], numRuns: 1, endOnFailure: false });
  const found = (result.counterexample?.[0] as DesignSpec | undefined) ?? spec;
  return { spec: found, reason: checkInvariant(name, designOf(found)) ?? '(no longer fails)' };
}

/** A spec in words: the template, workload and the choices that are not defaults. */
export function describeSpec(spec: DesignSpec): string {
  const t = templates[spec.template]!;
  const w = workloads[spec.workload]!;
  const storage = spec.sharedStorage >= 0 ? `, shared storage ${spec.sharedStorageCount} x ${catalog.sharedStorage[spec.sharedStorage]!.id}` : '';
  return `${spec.nodes} x ${t.id}, ${w.id}, batch x2^${spec.batchLog2}, ${spec.precision}/${spec.software}, loader ${spec.dataLoader}, prefetch ${spec.prefetchDepth}, data ${spec.data} from ${spec.datasetLocation}${spec.elastic ? ', elastic' : ''}${storage}, MTBF ${spec.nodeMtbfHours.toPrecision(3)} h`;
}
