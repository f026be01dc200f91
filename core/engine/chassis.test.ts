import { describe, expect, it } from 'vitest';
import type { DesignInput } from '../model/design';
import { designFromTemplate } from '../templates/design';
import { findShippedTemplate } from '../templates/shipped';
import { evaluateDesign } from './evaluate';
import { chassisKey } from './checks';
import { ChassisSchema, type Chassis } from '../model/chassis';

const xe9680 = () => designFromTemplate(findShippedTemplate('dell-poweredge-xe9680')!, 'resnet50-imagenet', 1);
const issuesOf = (design: DesignInput) => {
  const res = evaluateDesign(design);
  if (!res.ok) throw new Error(JSON.stringify(res.errors));
  return res.evaluation.issues;
};

describe('chassis limits on a design server type (the template rules, core/engine/chassis.ts)', () => {
  it('a server type inserted from a template carries its chassis and passes it', () => {
    const d = xe9680();
    expect(d.serverTypes[0]!.chassis?.gpuPositions).toBe(8);
    expect(issuesOf(d).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('a ninth GPU on the 8-way board is an error on that GPU, naming the numbers', () => {
    const d = xe9680();
    const st = d.serverTypes[0]!;
    st.components.push({ ...st.components.find((c) => c.id === 'gpu7')!, id: 'gpu8' });
    st.links.push({ ...st.links.find((l) => l.to === 'gpu7' && l.kind === 'pcie')!, id: 'extra-gpu8', to: 'gpu8' });
    const found = issuesOf(d).filter((i) => i.code === 'gpu-positions');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', componentId: 'gpu8', serverTypeId: st.id });
    expect(found[0]!.message).toMatch(/has 9 GPUs; the chassis has 8 GPU positions/);
  });

  it('drives beyond the bays and a PSU part off the scheme are errors on those parts', () => {
    const d = xe9680();
    const st = d.serverTypes[0]!;
    st.components.find((c) => c.id === 'disk0')!.count = 14;
    st.components.find((c) => c.id === 'psu')!.redundantPsus = 1;
    const issues = issuesOf(d);
    const bays = issues.filter((i) => i.code === 'drive-bays');
    // 14 + 3 drives: the ones beyond bay 16 belong to the later components.
    expect(bays.map((i) => i.componentId)).toEqual(['disk3']);
    expect(bays[0]!.message).toMatch(/17 drives; the chassis has 16 bays/);
    expect(issues.find((i) => i.code === 'psu-redundancy')).toMatchObject({ componentId: 'psu', message: expect.stringMatching(/N\+N with 6 supplies means 3 redundant, but the PSU part has 1/) });
  });

  it('memory beyond DIMM slots x largest DIMM is an error on every memory part; at the limit none', () => {
    const d = xe9680();
    const st = d.serverTypes[0]!;
    st.chassis = { ...st.chassis!, dimmSlots: 32, maxDimmGB: 128 };
    const mem0 = st.components.find((c) => c.id === 'mem0')!;
    const mem1 = st.components.find((c) => c.id === 'mem1')!;
    // 2 x 1,792 GB (count multiplies the part) + 512 GB = 4,096 GB: exactly what 32 x 128 GB DIMMs hold.
    Object.assign(mem0, { capacityGB: 1792, count: 2 });
    expect(issuesOf(d).some((i) => i.code === 'dimm-capacity')).toBe(false);
    mem1.capacityGB = 4608;
    const found = issuesOf(d).filter((i) => i.code === 'dimm-capacity');
    expect(found.map((i) => [i.severity, i.componentId, i.serverTypeId])).toEqual([['error', 'mem0', st.id], ['error', 'mem1', st.id]]);
    expect(found[0]!.message).toBe(`"${st.name}" has 8,192 GB of memory; its 32 DIMM slots take at most 4,096 GB (32 x 128 GB DIMMs).`);
  });

  it('PSUs beyond the PSU bays are an error on the PSU part; at the limit none', () => {
    const d = xe9680();
    const st = d.serverTypes[0]!;
    st.chassis = { ...st.chassis!, psuBays: 6 };
    expect(issuesOf(d).some((i) => i.code === 'psu-bays')).toBe(false);
    Object.assign(st.components.find((c) => c.id === 'psu')!, { count: 8, redundantPsus: 4 });
    const found = issuesOf(d).filter((i) => i.code === 'psu-bays');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', componentId: 'psu', serverTypeId: st.id });
    expect(found[0]!.message).toMatch(/has 8 PSUs; the chassis has 6 PSU bays/);
  });

  it('a server type without a chassis (drawn by hand) is held to no chassis limit', () => {
    const d = xe9680();
    const st = d.serverTypes[0]!;
    delete st.chassis;
    st.components.find((c) => c.id === 'disk0')!.count = 40;
    expect(issuesOf(d).some((i) => i.code === 'drive-bays')).toBe(false);
  });
});

describe('the checks cache key of a chassis', () => {
  it('changes with every field of the chassis schema', () => {
    const base: Chassis = { gpuFormFactors: ['sxm'], gpuPositions: 8, x16Slots: 4, maxCardWidthSlots: 2, installedCardWidthSlots: 2, psuRedundancy: 'N+1', driveBays: 8, dimmSlots: 32, maxDimmGB: 128, psuBays: 6 };
    const changed: Record<keyof Chassis, Chassis> = {
      gpuFormFactors: { ...base, gpuFormFactors: ['pcie'] }, gpuPositions: { ...base, gpuPositions: 4 }, x16Slots: { ...base, x16Slots: 2 },
      maxCardWidthSlots: { ...base, maxCardWidthSlots: 1 }, installedCardWidthSlots: { ...base, installedCardWidthSlots: 1 },
      psuRedundancy: { ...base, psuRedundancy: 'N+N' }, driveBays: { ...base, driveBays: 2 },
      dimmSlots: { ...base, dimmSlots: 16 }, maxDimmGB: { ...base, maxDimmGB: 64 }, psuBays: { ...base, psuBays: 4 },
    };
    expect(Object.keys(changed).sort()).toEqual(Object.keys(ChassisSchema.shape).sort());
    for (const variant of Object.values(changed)) expect(chassisKey(variant)).not.toBe(chassisKey(base));
  });
});
