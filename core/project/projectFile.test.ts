import { describe, expect, it } from 'vitest';
import { loadProject } from './projectFile';

const minimal = { format: 'trainwright/project', version: 1, design: { name: 'x', serverTypes: [], workload: 'resnet50-imagenet' } };

describe('loadProject', () => {
  it('loads a minimal project and fills defaults', () => {
    const r = loadProject(JSON.stringify(minimal));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.project.design.run.software).toBe('ngc');
  });
  it('refuses invalid JSON with a message', () => {
    const r = loadProject('{"format":');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toMatch(/not valid JSON/);
  });
  it('refuses a newer version and says so', () => {
    const r = loadProject(JSON.stringify({ ...minimal, version: 99 }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ path: 'version', message: expect.stringMatching(/newer Trainwright/) });
  });
  it('names the JSON path of a wrong value', () => {
    const bad = structuredClone(minimal) as { design: Record<string, unknown> };
    bad.design.serverTypes = [{ id: 's', name: 's', count: -1, components: [], links: [] }];
    const r = loadProject(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.path).toBe('design.serverTypes[0].count');
  });
  it('refuses deep nesting without overflowing the stack', () => {
    const deep = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
    const r = loadProject(deep);
    expect(r.ok).toBe(false);
  });
  it('refuses a file that is not a project', () => {
    const r = loadProject('[1,2,3]');
    expect(r.ok).toBe(false);
  });
});
