/**
 * The workload picker's model: which choice the design's workload is, what the catalog offers, and the
 * user-defined copy a catalog workload becomes when the user wants to edit its figures.
 */
import { workloadOptions, type Workload, type WorkloadDomain } from '../../../core';
// Not in core's public surface yet; a pure catalog lookup, safe in the renderer.
import { resolveWorkload } from '../../../core/catalog/workloads';
import type { ProjectDesign } from '../../store/documentSlice';
import type { SelectChoice } from './SelectField';

/** Select value standing for a workload object stored in the design. */
export const USER_DEFINED = '__user-defined';

const DOMAIN_LABELS: Record<WorkloadDomain, string> = {
  'image-classification': 'Image classification',
  'object-detection': 'Object detection',
  'language-model': 'Language models',
  recommendation: 'Recommendation',
  'medical-3d': 'Medical 3D',
  llm: 'Large language models',
  'high-res-imagery': 'High-resolution imagery',
  'reinforcement-learning': 'Reinforcement learning',
};

/** The select value of the design's workload: the canonical catalog id, the raw string if unknown, or USER_DEFINED. */
export function workloadChoiceOf(workload: ProjectDesign['workload']): string {
  if (typeof workload !== 'string') return USER_DEFINED;
  return resolveWorkload(workload)?.id ?? workload;
}

/** Catalog workloads grouped by domain, the user-defined entry, and the design's id if the catalog lacks it. */
export function workloadChoices(current: string): Array<SelectChoice<string>> {
  const choices: Array<SelectChoice<string>> = workloadOptions().map((w) => ({ value: w.id, label: w.name, group: DOMAIN_LABELS[w.domain as WorkloadDomain] ?? w.domain }));
  if (current !== USER_DEFINED && !choices.some((c) => c.value === current)) choices.unshift({ value: current, label: `Unknown workload "${current}"` });
  choices.push({ value: USER_DEFINED, label: 'User-defined (editable copy)', group: 'Your own' });
  return choices;
}

/** The full workload the design trains: its own object, or the catalog entry; undefined for an unknown id. */
export function workloadOf(workload: ProjectDesign['workload']): Workload | undefined {
  return typeof workload === 'string' ? resolveWorkload(workload) : workload;
}

/**
 * A user-defined workload starting as a copy of catalog workload `catalogId`: same figures and
 * convergence curve, its own id and name, and marked as an estimate because the user will change it.
 */
export function userWorkloadFrom(catalogId: string): Workload | undefined {
  const base = resolveWorkload(catalogId);
  if (!base) return undefined;
  const copy = structuredClone(base);
  return {
    ...copy,
    id: `${base.id}-custom`,
    aliases: [],
    name: `${base.name} (user-defined)`,
    provenance: { ...copy.provenance, confidence: 'estimate', notes: `User-defined copy of the catalog workload ${base.id}; edited figures are the user's own.` },
  };
}

/** GPUs in the whole design (servers x GPUs per server), for the reference batch hint. */
export function designGpuCount(design: ProjectDesign): number {
  return design.serverTypes.reduce(
    (sum, type) => sum + type.count * type.components.filter((c) => c.kind === 'gpu').reduce((n, c) => n + c.count, 0),
    0,
  );
}
