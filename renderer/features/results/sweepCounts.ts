import type { ProjectDesign } from '../../store/documentSlice';

/** Server counts every scaling sweep evaluates (powers of two: even steps on the chart's axis). */
export const SWEEP_NODE_COUNTS: readonly number[] = [1, 2, 4, 8, 16, 32, 64, 128];

/** A server type that can be swept: it has GPUs. */
export interface SweepableType {
  id: string;
  name: string;
  /** Its count in the design. */
  count: number;
}

/** The design's server types that have a GPU component, in document order. */
export function sweepableTypes(design: ProjectDesign): SweepableType[] {
  return design.serverTypes.filter((t) => t.components.some((c) => c.kind === 'gpu')).map((t) => ({ id: t.id, name: t.name, count: t.count }));
}

/**
 * The server type a sweep varies: `preferredId` when it is one of the sweepable types, else the first.
 * Null when no server type has GPUs.
 */
export function sweptType(design: ProjectDesign, preferredId: string | null): SweepableType | null {
  const types = sweepableTypes(design);
  return types.find((t) => t.id === preferredId) ?? types[0] ?? null;
}

/** The counts to sweep for a server type: `SWEEP_NODE_COUNTS` plus its current count, ascending. */
export function sweepCountsFor(currentCount: number): number[] {
  return [...new Set([...SWEEP_NODE_COUNTS, currentCount])].sort((a, b) => a - b);
}
