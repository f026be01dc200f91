import type { Design } from '../../model/design';
import type { Gpu } from '../../model/catalog';
import type { Workload } from '../../model/workload';
import type { SoftwareTerms } from '../efficiency';
import type { ResolvedServer } from '../resolved';
import type { CauseId } from '../causes';
import type { TopologyLevel } from '../collectives';

/** Everything a step term may read about one server type's step. */
export interface StepContext {
  design: Design;
  workload: Workload;
  server: ResolvedServer;
  /** The server's slowest GPU (synchronous training runs at its pace). */
  gpu: Gpu;
  software: SoftwareTerms;
  batchPerGpu: number;
  totalGpus: number;
  totalNodes: number;
  /** The data-parallel group laid out on the topology, innermost level first. */
  dataParallelLevels: TopologyLevel[];
  /** Expected maximum of `totalGpus` standard normal draws (straggler scale). */
  stragglerZ: number;
}

/** One term of a GPU's training step. */
export interface StepTerm {
  /** Stable id, e.g. 'compute', 'data-parallel-sync'. */
  term: string;
  cause: CauseId;
  /** Time the work takes per step, s. */
  seconds: number;
  /** Time on the critical path after overlap, s (<= seconds). */
  exposedSeconds: number;
  /** The term it overlaps with. */
  overlapsWith?: string;
  basis: string;
}

/** A step term: reads the context and the terms before it (a straggler term scales with their sum). */
export type StepTermFn = (ctx: StepContext, before: readonly StepTerm[]) => StepTerm | null;

/** A term that is not overlapped with anything. */
export function serial(term: string, cause: CauseId, seconds: number, basis: string): StepTerm {
  return { term, cause, seconds, exposedSeconds: seconds, basis };
}
