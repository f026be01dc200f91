/**
 * The file format of a shared-cluster scenario (`trainwright simulate-cluster SCENARIO.json`): the cluster,
 * its tenants and their shares, the workload mix and the scheduling policies to compare.
 */
import { z } from 'zod';
import { PrecisionSchema, SoftwareClassSchema } from '../model/design';
import { WorkloadSchema } from '../model/workload';

/** Format tag of a cluster scenario file. */
export const CLUSTER_SCENARIO_FORMAT = 'trainwright/cluster-scenario';

const id = z.string().min(1).max(120);
const positive = z.number().positive().finite();
const nonNeg = z.number().nonnegative().finite();
/** A simulated month is 720 h; a year is the longest horizon a scenario may ask for. */
const MAX_HORIZON_HOURS = 24 * 366;

/** Where the cluster's GPU servers come from: a shipped template times a count, or a whole design document. */
export const ClusterSpecSchema = z.object({
  /** Shipped server template id (see `trainwright templates`); needs `servers`. */
  template: z.string().min(1).optional(),
  /** Number of servers of the template. */
  servers: z.number().int().min(1).max(100_000).optional(),
  /** A design document (as in a project file's `design`) whose first GPU server type is the cluster's server. */
  design: z.unknown().optional(),
  /** Servers under one leaf switch; default 32 (a 64-port leaf with half its ports down, see clusterShape.ts). */
  serversPerLeaf: z.number().int().min(1).max(10_000).optional(),
  /** Leaf-to-spine oversubscription overriding the design's fabric (1 = non-blocking). */
  oversubscription: z.number().min(1).max(64).optional(),
  /** CPU-only nodes that run ETL jobs: how many and the cores of each. */
  cpuNodes: z.object({ count: z.number().int().min(1).max(100_000), coresPerNode: z.number().int().min(1).max(1024) }).optional(),
}).superRefine((c, ctx) => {
  if ((c.template === undefined) === (c.design === undefined)) {
    ctx.addIssue({ code: 'custom', message: 'give either "template" (with "servers") or "design", not both and not neither' });
  }
  if (c.template !== undefined && c.servers === undefined) ctx.addIssue({ code: 'custom', path: ['servers'], message: 'a template cluster needs "servers", the number of servers' });
});
export type ClusterSpec = z.infer<typeof ClusterSpecSchema>;

/** A team sharing the cluster and the share of its GPUs it is entitled to. */
export const TenantSchema = z.object({
  id,
  name: z.string().min(1).max(200).optional(),
  /** Entitled share of the cluster's GPUs, %; shares are normalised to their sum. */
  sharePct: z.number().positive().max(100),
});
export type Tenant = z.infer<typeof TenantSchema>;

/** When the jobs of a class arrive: at fixed times, or as a Poisson process with a rate. */
export const ArrivalSchema = z.object({
  /** Fixed arrival times, hours from the start. */
  atHours: z.array(nonNeg).min(1).max(100_000).optional(),
  /** Mean arrivals per hour (Poisson process) from `startHour` until `count` jobs or the horizon. */
  ratePerHour: positive.optional(),
  /** Most jobs the rate generates. */
  count: z.number().int().min(1).max(100_000).optional(),
  /** First hour of the Poisson arrivals; default 0. */
  startHour: nonNeg.optional(),
}).superRefine((a, ctx) => {
  if ((a.atHours === undefined) === (a.ratePerHour === undefined)) ctx.addIssue({ code: 'custom', message: 'give either "atHours" (fixed times) or "ratePerHour" (a Poisson rate)' });
});
export type Arrival = z.infer<typeof ArrivalSchema>;

/** How much work one job of a class is: epochs or samples of training, or hours for sessions and ETL. */
export const JobSizeSchema = z.object({
  epochs: positive.optional(),
  samples: positive.optional(),
  /** Wall-clock hours a session or an ETL job holds its resources. */
  hours: positive.optional(),
}).superRefine((s, ctx) => {
  const given = [s.epochs, s.samples, s.hours].filter((x) => x !== undefined).length;
  if (given > 1) ctx.addIssue({ code: 'custom', message: 'give one of "epochs", "samples" or "hours"' });
});
export type JobSize = z.infer<typeof JobSizeSchema>;

/** What a job class is: training (speed from the engine), an interactive session holding GPUs, or ETL on CPU cores. */
export const JobKindSchema = z.enum(['training', 'interactive', 'etl']);
export type JobKind = z.infer<typeof JobKindSchema>;

/** A class of identical jobs in the workload mix. */
export const JobClassSchema = z.object({
  id,
  name: z.string().min(1).max(200).optional(),
  /** Tenant id the jobs belong to. */
  tenant: id,
  kind: JobKindSchema.default('training'),
  /** Catalog workload id or a user workload (training jobs). */
  workload: z.union([z.string().min(1), z.lazy(() => WorkloadSchema)]).optional(),
  /** GPUs a static (gang) job holds for life; under the elastic policy, elastic jobs flex instead. */
  gpus: z.number().int().min(0).max(1_000_000).default(0),
  /** Elastic range in GPUs (whole servers), used by the elastic policy. */
  elastic: z.object({ minGpus: z.number().int().min(1).max(1_000_000), maxGpus: z.number().int().min(1).max(1_000_000) }).optional(),
  /** Higher runs first and may take GPUs back from lower; default 0. */
  priority: z.number().int().min(-1000).max(1000).default(0),
  arrival: ArrivalSchema,
  size: JobSizeSchema.default({}),
  /** CPU cores an ETL job holds. */
  cpuCores: z.number().int().min(1).max(1_000_000).optional(),
  /** Run-setting overrides for training jobs (the cluster design's run settings otherwise). */
  run: z.object({
    globalBatch: z.number().int().min(1).max(10_000_000).optional(),
    precision: PrecisionSchema.optional(),
    software: SoftwareClassSchema.optional(),
  }).optional(),
});
export type JobClass = z.infer<typeof JobClassSchema>;

/** Scheduling policies the simulation knows. */
export const PolicyKindSchema = z.enum(['static-fifo', 'static-priority-backfill', 'elastic']);
export type PolicyKind = z.infer<typeof PolicyKindSchema>;

/** One policy to simulate. */
export const PolicySpecSchema = z.object({
  policy: PolicyKindSchema,
  /** `topology`: keep a job inside a server and a leaf switch where it can; `spread`: any free servers (topology-unaware). */
  placement: z.enum(['topology', 'spread']).default('topology'),
  /** Name in the outputs; default the policy (with "-spread" for spread placement). */
  name: z.string().min(1).max(120).optional(),
});
export type PolicySpec = z.infer<typeof PolicySpecSchema>;

/** Node failures: the design's MTBF and the engine's repair time unless overridden. */
export const FailureSpecSchema = z.object({
  enabled: z.boolean().default(true),
  /** Mean time between failures of one server, hours; default the design's `run.nodeMtbfHours`. */
  nodeMtbfHours: positive.optional(),
  /** Hours a failed server stays down; default the engine's assumed repair time. */
  repairHours: positive.optional(),
});
export type FailureSpec = z.infer<typeof FailureSpecSchema>;

/** The policies compared when a scenario names none. */
export const DEFAULT_POLICIES: PolicySpec[] = [
  { policy: 'static-fifo', placement: 'topology' },
  { policy: 'static-priority-backfill', placement: 'topology' },
  { policy: 'elastic', placement: 'topology' },
];

/** A whole cluster-sharing scenario. */
export const ClusterScenarioSchema = z.object({
  format: z.literal(CLUSTER_SCENARIO_FORMAT).optional(),
  version: z.literal(1).optional(),
  name: z.string().min(1).max(200),
  /** What the scenario stands for and where its figures come from. */
  description: z.string().max(4000).optional(),
  /** Seed of the pseudo-random arrivals, failures and spread placement; the same seed gives the same run. */
  seed: z.number().int().min(0).max(2 ** 31 - 1).default(1),
  /** Arrivals happen within [0, horizonHours); shares are measured over it; jobs still running afterwards finish. */
  horizonHours: z.number().positive().max(MAX_HORIZON_HOURS),
  cluster: ClusterSpecSchema,
  tenants: z.array(TenantSchema).min(1).max(100),
  jobs: z.array(JobClassSchema).min(1).max(500),
  policies: z.array(PolicySpecSchema).min(1).max(12).default(DEFAULT_POLICIES),
  failures: FailureSpecSchema.default({ enabled: true }),
});
export type ClusterScenario = z.infer<typeof ClusterScenarioSchema>;
export type ClusterScenarioInput = z.input<typeof ClusterScenarioSchema>;
