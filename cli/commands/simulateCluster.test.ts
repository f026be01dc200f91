import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const example = 'assets/examples/cluster-sharing-three-teams.json';
const dir = mkdtempSync(join(tmpdir(), 'trainwright-cluster-'));

describe('trainwright simulate-cluster', () => {
  it('prints one object with the policies in the documented shape', async () => {
    const r = await run(['simulate-cluster', example, '--json']);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.out) as { policies: Array<Record<string, unknown>> };
    expect(Object.keys(parsed)).toEqual(['policies']);
    expect(parsed.policies.map((p) => p.name)).toEqual(['static-fifo', 'static-priority-backfill', 'elastic', 'elastic-spread']);
    for (const p of parsed.policies) {
      expect(Object.keys(p)).toEqual(['name', 'meanCompletionHours', 'p95WaitHours', 'gpuUtilization', 'tenants', 'jobs']);
      expect(p.gpuUtilization).toBeGreaterThan(0.5);
      expect(p.gpuUtilization).toBeLessThanOrEqual(1);
      const jobs = p.jobs as Array<Record<string, unknown>>;
      expect(jobs.length).toBeGreaterThan(100);
      expect(Object.keys(jobs[0]!)).toEqual(expect.arrayContaining(['id', 'tenant', 'waitHours', 'runHours', 'completionHours', 'gpuHours', 'costUsd', 'restarts']));
      expect((p.tenants as unknown[]).length).toBe(3);
    }
  });

  it('prints a readable comparison without --json', async () => {
    const r = await run(['simulate-cluster', example]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/32 servers x 8 GPUs = 256 GPUs/);
    expect(r.out).toMatch(/elastic-spread/);
    expect(r.out).toMatch(/Entitled\s+Received/);
  });

  it('exits 2 naming the file and the JSON path of a bad scenario', async () => {
    const scenario = JSON.parse(readFileSync(example, 'utf8')) as { jobs: Array<Record<string, unknown>> };
    scenario.jobs[0]!.gpus = 4096;
    scenario.jobs[1]!.arrival = { ratePerHour: -1 };
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(scenario));
    const r = await run(['simulate-cluster', bad]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${bad}: jobs[1].arrival.ratePerHour`);
    const big = JSON.parse(readFileSync(example, 'utf8')) as { jobs: Array<Record<string, unknown>> };
    big.jobs[0]!.gpus = 4096;
    writeFileSync(bad, JSON.stringify(big));
    const r2 = await run(['simulate-cluster', bad]);
    expect(r2.code).toBe(2);
    expect(r2.err).toContain('jobs[0].gpus: asks for 4,096 GPUs; the cluster has 256');
  });

  it('simulates the what-if saved in a project file, and says so when a project has none', async () => {
    const project = 'core/project/fixtures/project-v3.json';
    const saved = (JSON.parse(readFileSync(project, 'utf8')) as { cluster: { scenario: unknown } }).cluster.scenario;
    const scenarioFile = join(dir, 'saved-scenario.json');
    writeFileSync(scenarioFile, JSON.stringify(saved));
    const fromProject = await run(['simulate-cluster', project, '--json']);
    expect(fromProject.code).toBe(0);
    const policies = (JSON.parse(fromProject.out) as { policies: Array<{ name: string }> }).policies;
    expect(policies.map((p) => p.name)).toEqual(['static-fifo', 'elastic']);
    expect(fromProject.out).toBe((await run(['simulate-cluster', scenarioFile, '--json'])).out);
    const none = await run(['simulate-cluster', 'core/project/fixtures/project-v2.json']);
    expect(none.code).toBe(2);
    expect(none.err).toContain('cluster: the project has no cluster-sharing what-if');
  });

  it('explains its usage', async () => {
    expect((await run(['simulate-cluster'])).err).toContain('usage: trainwright simulate-cluster SCENARIO.json|PROJECT.json [--json]');
    expect((await run(['simulate-cluster', example, '--csv'])).code).toBe(2);
  });
});
