import { describe, expect, it } from 'vitest';
import { resolveClusterScenario, type ClusterScenarioInput } from './index';
import threeTeams from '../../assets/examples/cluster-sharing-three-teams.json';
import month from '../../assets/examples/cluster-sharing-month-4096-gpus.json';

const valid = (): ClusterScenarioInput => ({
  name: 'bad inputs',
  horizonHours: 100,
  cluster: { template: 'nvidia-dgx-a100', servers: 4 },
  tenants: [{ id: 'a', sharePct: 100 }],
  jobs: [{ id: 'r', tenant: 'a', workload: 'resnet50-imagenet', gpus: 8, arrival: { ratePerHour: 1 } }],
});

function errorsOf(s: unknown) {
  const r = resolveClusterScenario(s);
  if (r.ok) throw new Error('expected the scenario to be refused');
  return r.errors;
}

describe('cluster scenario validation', () => {
  it('accepts the shipped examples', () => {
    for (const s of [threeTeams, month]) {
      const r = resolveClusterScenario(s);
      expect(r.ok ? 'ok' : r.errors).toBe('ok');
    }
  });

  it('refuses a job larger than the cluster, naming the path and both sizes', () => {
    const s = valid();
    s.jobs[0]!.gpus = 64;
    expect(errorsOf(s)).toEqual([{ path: 'jobs[0].gpus', message: 'asks for 64 GPUs; the cluster has 32 (4 servers of 8)' }]);
    const e = valid();
    e.jobs[0] = { ...e.jobs[0]!, elastic: { minGpus: 8, maxGpus: 40 } };
    expect(errorsOf(e).map((x) => x.path)).toEqual(['jobs[0].elastic.maxGpus']);
  });

  it('refuses a negative or zero rate with its path', () => {
    const s = valid();
    s.jobs[0]!.arrival = { ratePerHour: -2 };
    const errors = errorsOf(s);
    expect(errors[0]!.path).toBe('jobs[0].arrival.ratePerHour');
    expect(errors[0]!.message).toMatch(/^Job 1: the rate per hour must be more than 0/);
  });

  it('refuses an unknown workload and lists the known ones', () => {
    const s = valid();
    s.jobs[0]!.workload = 'resnet-5O';
    const errors = errorsOf(s);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe('jobs[0].workload');
    expect(errors[0]!.message).toContain('unknown workload "resnet-5O"');
    expect(errors[0]!.message).toContain('resnet50-imagenet');
  });

  it('refuses sizes that are not whole servers, unknown tenants and templates, and a workload the hardware cannot run', () => {
    const s = valid();
    s.jobs[0]!.gpus = 12;
    s.jobs[0]!.tenant = 'nobody';
    expect(errorsOf(s).map((x) => x.path).sort()).toEqual(['jobs[0].gpus', 'jobs[0].tenant']);
    expect(errorsOf({ ...valid(), cluster: { template: 'dgx-9000', servers: 2 } })).toEqual([{ path: 'cluster.template', message: 'unknown server template "dgx-9000" (run "trainwright templates" for the list)' }]);
    const llm = valid();
    llm.jobs[0]!.workload = 'gpt3-175b'; // 175B parameters of training state do not fit the scenario's GPUs in any layout
    expect(errorsOf(llm)[0]!.path).toBe('jobs[0].workload');
  });

  it('refuses a scenario that would generate too many jobs, before simulating anything', () => {
    const s = valid();
    s.horizonHours = 8000;
    s.jobs[0]!.arrival = { ratePerHour: 50 };
    expect(errorsOf(s)[0]!.path).toBe('jobs');
  });
});
