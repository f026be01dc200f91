import { describe, expect, it } from 'vitest';
import { designFromTemplate, evaluateDesign, findShippedTemplate } from '../index';
import { resolveWorkload } from '../catalog/workloads';
import { simulateCluster, type ClusterScenarioInput, type PolicyOutcome } from './index';

type Job = ClusterScenarioInput['jobs'][number];

function scenario(over: Partial<ClusterScenarioInput> & { jobs: Job[] }): ClusterScenarioInput {
  return {
    name: 'test',
    seed: 3,
    horizonHours: 240,
    cluster: { template: 'nvidia-dgx-a100', servers: 16, serversPerLeaf: 8, oversubscription: 2 },
    tenants: [{ id: 'a', sharePct: 50 }, { id: 'b', sharePct: 50 }],
    failures: { enabled: false },
    ...over,
  };
}

function run(s: ClusterScenarioInput, options = {}) {
  const r = simulateCluster(s, options);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
}

const byName = (policies: Array<{ outcome: PolicyOutcome }>, name: string) => policies.find((p) => p.outcome.name === name)!.outcome;
const meanOf = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('cluster sharing simulation', () => {
  it('runs a lone job exactly as fast as the engine says for its size', () => {
    const r = run(scenario({
      jobs: [{ id: 'bert', tenant: 'a', workload: 'bert-large-mlperf', gpus: 32, arrival: { atHours: [0] }, size: { samples: 50_000_000 } }],
      policies: [{ policy: 'static-fifo' }],
    }));
    const job = r.policies[0]!.outcome.jobs[0]!;
    const design = designFromTemplate(findShippedTemplate('nvidia-dgx-a100')!, 'bert-large-mlperf', 4);
    // The simulation fixes the global batch at the reference batch x the job's largest size (here 32 GPUs).
    const w = resolveWorkload('bert-large-mlperf')!;
    const e = evaluateDesign({ ...design, fabric: { ...design.fabric, oversubscription: 1 }, run: { epochs: 50_000_000 / w.datasetSamples, globalBatch: w.referenceBatchPerGpu * 32 } });
    if (!e.ok) throw new Error(e.errors[0]!.message);
    const perSampleS = (e.evaluation.time.totalSeconds - e.evaluation.time.failureSeconds) / e.evaluation.time.samplesToTarget;
    expect(job.runHours).toBeCloseTo((50_000_000 * perSampleS) / 3600, 2);
    expect(job.waitHours).toBe(0);
    expect(job.gpuHours).toBeCloseTo(job.runHours * 32, 6);
  });

  it('prices a job spanning leaf switches slower than the same job inside one leaf', () => {
    const job: Job = { id: 'bert', tenant: 'a', workload: 'bert-large-mlperf', gpus: 64, arrival: { atHours: [0] }, size: { samples: 200_000_000 } };
    const inside = run(scenario({ cluster: { template: 'nvidia-dgx-a100', servers: 16, serversPerLeaf: 8, oversubscription: 4 }, jobs: [job], policies: [{ policy: 'static-fifo' }] }));
    const across = run(scenario({ cluster: { template: 'nvidia-dgx-a100', servers: 16, serversPerLeaf: 4, oversubscription: 4 }, jobs: [job], policies: [{ policy: 'static-fifo' }] }));
    const tIn = inside.policies[0]!.outcome.jobs[0]!.runHours;
    const tAcross = across.policies[0]!.outcome.jobs[0]!.runHours;
    // BERT's all-reduce is exposed (LAMB reduces after the last micro-batch): 4:1 uplinks cost it about 5%.
    expect(tAcross / tIn).toBeGreaterThan(1.02);
    expect(tAcross / tIn).toBeLessThan(1.5);
    // A non-blocking fabric makes placement free.
    const flat = run(scenario({ cluster: { template: 'nvidia-dgx-a100', servers: 16, serversPerLeaf: 4, oversubscription: 1 }, jobs: [job], policies: [{ policy: 'static-fifo' }] }));
    expect(flat.policies[0]!.outcome.jobs[0]!.runHours).toBeCloseTo(tIn, 6);
  });

  it('on a loaded cluster with failures, elastic training lowers mean completion time against static gang scheduling', () => {
    const r = run(scenario({
      horizonHours: 336,
      failures: { enabled: true, nodeMtbfHours: 1500 },
      jobs: [
        { id: 'bert', tenant: 'a', workload: 'bert-large-mlperf', gpus: 64, elastic: { minGpus: 32, maxGpus: 128 }, arrival: { ratePerHour: 0.03 }, size: { samples: 1_500_000_000 } },
        { id: 'resnet', tenant: 'b', workload: 'resnet50-imagenet', gpus: 32, elastic: { minGpus: 16, maxGpus: 64 }, arrival: { ratePerHour: 0.15 }, size: { epochs: 1500 } },
        { id: 'notebook', tenant: 'b', kind: 'interactive', gpus: 2, arrival: { ratePerHour: 0.3 }, size: { hours: 3 } },
      ],
    }));
    const fifo = byName(r.policies, 'static-fifo');
    const backfill = byName(r.policies, 'static-priority-backfill');
    const elastic = byName(r.policies, 'elastic');
    expect(r.policies[0]!.details.failures).toBeGreaterThan(3);
    expect(fifo.jobs.reduce((s, j) => s + j.restarts, 0)).toBeGreaterThan(0);
    expect(fifo.gpuUtilization).toBeGreaterThan(0.6); // loaded
    expect(elastic.meanCompletionHours).toBeLessThan(0.8 * Math.min(fifo.meanCompletionHours, backfill.meanCompletionHours));
    expect(elastic.gpuUtilization).toBeGreaterThanOrEqual(fifo.gpuUtilization - 0.02);
  });

  it('respects priorities: high-priority jobs wait far less than low-priority ones on an overloaded cluster', () => {
    const base = { tenant: 'a', workload: 'resnet50-imagenet', gpus: 32, size: { epochs: 1500 } } as const;
    const r = run(scenario({
      jobs: [
        { ...base, id: 'low', priority: 0, arrival: { ratePerHour: 0.6 } },
        { ...base, id: 'high', priority: 5, arrival: { ratePerHour: 0.3 } },
      ],
      policies: [{ policy: 'static-priority-backfill' }, { policy: 'static-fifo' }],
    }));
    const waits = (o: PolicyOutcome, cls: string) => meanOf(o.jobs.filter((j) => j.class === cls && j.waitHours !== null).map((j) => j.waitHours!));
    const prio = byName(r.policies, 'static-priority-backfill');
    expect(waits(prio, 'low')).toBeGreaterThan(2);
    expect(waits(prio, 'high')).toBeLessThan(0.3 * waits(prio, 'low'));
    // FIFO ignores priority: the same two classes wait about alike.
    const fifo = byName(r.policies, 'static-fifo');
    expect(waits(fifo, 'high')).toBeGreaterThan(0.5 * waits(fifo, 'low'));
  });

  it('converges each tenant to its entitled share over a long run when every tenant wants more than its share', () => {
    // Each tenant asks for well over its share (a ~260 GPUs on average, b ~134, c ~85 of 256): about 1.9x the cluster,
    // so no tenant's own demand dips below its share and lends GPUs away for long.
    const job = (id: string, tenant: string, ratePerHour: number): Job => ({ id, tenant, workload: 'resnet50-imagenet', gpus: 8, elastic: { minGpus: 8, maxGpus: 32 }, arrival: { ratePerHour }, size: { epochs: 2000 } });
    // One seed's shares move by up to ~0.04 with its arrivals (and with a few % of job speed), and the small tenant
    // sits ~0.03 above its share because a job cannot shrink below 8 GPUs: the mean over four seeds is the claim.
    const seeds = [1, 2, 3, 4];
    const runs = seeds.map((seed) => run(scenario({
      seed,
      horizonHours: 600,
      cluster: { template: 'nvidia-dgx-a100', servers: 32, serversPerLeaf: 8, oversubscription: 2 },
      tenants: [{ id: 'a', sharePct: 60 }, { id: 'b', sharePct: 30 }, { id: 'c', sharePct: 10 }],
      jobs: [job('ja', 'a', 1), job('jb', 'b', 0.51), job('jc', 'c', 0.32)],
      policies: [{ policy: 'elastic' }, { policy: 'static-fifo' }],
    })));
    const meanShare = (policy: string, tenant: string) => meanOf(runs.map((r) => byName(r.policies, policy).tenants.find((t) => t.id === tenant)!.receivedShare));
    for (const [tenant, entitled] of [['a', 0.6], ['b', 0.3], ['c', 0.1]] as const) expect(Math.abs(meanShare('elastic', tenant) - entitled), tenant).toBeLessThan(0.05);
    // FIFO knows no shares: the tenant asking for the most beyond its share gets it (c: well over its 10%).
    expect(meanShare('static-fifo', 'c')).toBeGreaterThan(0.15);
  });

  it('is deterministic for a seed and changes with it', () => {
    const s = scenario({
      failures: { enabled: true, nodeMtbfHours: 2000 },
      jobs: [{ id: 'r', tenant: 'a', workload: 'resnet50-imagenet', gpus: 16, elastic: { minGpus: 8, maxGpus: 32 }, arrival: { ratePerHour: 0.4 }, size: { epochs: 200 } }],
    });
    expect(JSON.stringify(run(s))).toBe(JSON.stringify(run(s)));
    expect(JSON.stringify(run({ ...s, seed: 4 }))).not.toBe(JSON.stringify(run(s)));
  });

  it('records Gantt bars that never put two jobs on one GPU at once', () => {
    const r = run(scenario({
      jobs: [
        { id: 'r', tenant: 'a', workload: 'resnet50-imagenet', gpus: 16, elastic: { minGpus: 8, maxGpus: 32 }, arrival: { ratePerHour: 0.5 }, size: { epochs: 100 } },
        { id: 'n', tenant: 'b', kind: 'interactive', gpus: 3, arrival: { ratePerHour: 0.5 }, size: { hours: 2 } },
      ],
      policies: [{ policy: 'elastic' }],
    }), { recordTimeline: true });
    const bars = r.policies[0]!.timeline;
    expect(bars.length).toBeGreaterThan(50);
    const byGpu = new Map<string, Array<[number, number]>>();
    for (const b of bars) for (let g = b.slot; g < b.slot + b.gpus; g++) {
      const key = `${b.server}:${g}`;
      byGpu.set(key, [...(byGpu.get(key) ?? []), [b.startS, b.endS]]);
    }
    for (const spans of byGpu.values()) {
      spans.sort((x, y) => x[0] - y[0]);
      for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1] - 1e-6);
    }
  });
});
