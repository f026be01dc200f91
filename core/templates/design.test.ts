import { describe, expect, it } from 'vitest';
import { DesignSchema, type Design } from '../model/design';
import { checkTemplate } from './checks';
import { insertTemplate, replaceServerType, templateFromServerType } from './design';
import { loadTemplateValue, toTemplateFile } from './load';
import { findShippedTemplate } from './shipped';

const dgx = findShippedTemplate('nvidia-dgx-a100')!;
const l40s = findShippedTemplate('dell-poweredge-r760xa-l40s')!;

function design(): Design {
  return DesignSchema.parse({
    name: 'test', workload: 'bert-large-mlperf', run: { globalBatch: 4096, prefetchDepth: 5 }, economics: { pue: 1.2 },
    serverTypes: [
      { id: 'a', name: 'A', count: 3, components: [], links: [] },
      { id: 'nvidia-dgx-a100', name: 'B', count: 2, components: [], links: [] },
    ],
  });
}

describe('templates in designs', () => {
  it('inserts a copy with a fresh id, the count and the template id', () => {
    const d = design();
    const id = insertTemplate(d, dgx, 4);
    expect(id).toBe('nvidia-dgx-a100-2');
    const added = d.serverTypes[2]!;
    expect([added.count, added.templateId, added.components.length]).toEqual([4, 'nvidia-dgx-a100', dgx.serverType.components.length]);
    added.components.pop();
    expect(dgx.serverType.components.length).toBe(added.components.length + 1);
    expect(() => insertTemplate(d, dgx, 0)).toThrow(RangeError);
  });

  it('replaces a server type in place, keeping its id, its count, the workload and the settings', () => {
    const d = design();
    const before = structuredClone(d);
    expect(replaceServerType(d, 'a', l40s)).toBe(true);
    expect(d.serverTypes[0]).toMatchObject({ id: 'a', count: 3, templateId: l40s.id, name: l40s.serverType.name });
    expect(d.serverTypes[1]).toEqual(before.serverTypes[1]);
    expect([d.workload, d.run, d.economics, d.fabric]).toEqual([before.workload, before.run, before.economics, before.fabric]);
    expect(replaceServerType(d, 'missing', l40s)).toBe(false);
  });

  it('saves a canvas server as a user template that loads and passes its checks', () => {
    const st = { ...structuredClone(dgx.serverType), id: 'mine', count: 12, templateId: dgx.id };
    const t = templateFromServerType(st, { id: 'my-dgx', name: 'My DGX', year: 2025, origin: 'design "test"' });
    expect([t.serverType.count, t.serverType.id, t.chassis.psuRedundancy, t.chassis.gpuFormFactors]).toEqual([1, 'my-dgx', 'N+N', ['sxm']]);
    const loaded = loadTemplateValue(JSON.parse(JSON.stringify(toTemplateFile(t))));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const checks = checkTemplate(loaded.template);
    expect(checks.ok && checks.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
