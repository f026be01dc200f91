import { describe, expect, it } from 'vitest';
import { evaluateDesign } from '../engine/evaluate';
import { testDesign } from '../engine/testDesigns';
import { devicePcieLink, linkEndpointProblem, linkInstanceCount, linkInstancePairs, linkKindFor, nvlinkProblem, partCatalog, pcieLinkLanes, pcieLoopMembers, pcieWouldLoop } from './grammar';

describe('the link grammar', () => {
  it('names the one link kind that joins two part kinds', () => {
    expect(linkKindFor('cpu', 'cpu')).toBe('socket');
    expect(linkKindFor('memory', 'cpu')).toBe('memory');
    expect(linkKindFor('gpu', 'nvswitch')).toBe('nvlink');
    expect(linkKindFor('nic', 'pcie-switch')).toBe('pcie');
    expect(linkKindFor('cpu', 'gpu')).toBe('pcie');
    expect(linkKindFor('psu', 'cpu')).toBeNull();
    expect(linkKindFor('memory', 'gpu')).toBeNull();
  });

  it('refuses NVLink or memory links from a CPU to a GPU, and PCIe links from a device', () => {
    expect(linkEndpointProblem('nvlink', 'cpu', 'gpu')).toMatch(/NVLink joins GPUs/);
    expect(linkEndpointProblem('memory', 'cpu', 'gpu')).toMatch(/memory link/);
    expect(linkEndpointProblem('pcie', 'gpu', 'cpu')).toMatch(/from a CPU or a PCIe switch/);
    expect(linkEndpointProblem('pcie', 'cpu', 'gpu')).toBeNull();
  });

  it('takes lanes from the link, else the device, and none for SATA', () => {
    expect(devicePcieLink(partCatalog('gpu', 'h100-sxm5-80gb'))).toEqual({ gen: 5, lanes: 16 });
    expect(pcieLinkLanes({}, partCatalog('nvme-ssd', 'samsung-pm1733-15.36'))).toBe(4);
    expect(pcieLinkLanes({ lanes: 8 }, partCatalog('gpu', 'h100-sxm5-80gb'))).toBe(8);
    expect(pcieLinkLanes({}, partCatalog('sata-ssd', 'micron-5400-pro'))).toBe(0);
  });

  it('pairs equal counts and crosses unequal ones', () => {
    expect(linkInstancePairs(['a', 'b'], ['x', 'y'])).toEqual([['a', 'x'], ['b', 'y']]);
    expect(linkInstancePairs(['a', 'b'], ['x'])).toEqual([['a', 'x'], ['b', 'x']]);
    expect(linkInstanceCount(8, 8)).toBe(8);
    expect(linkInstanceCount(8, 1)).toBe(8);
    expect(linkInstanceCount(1, 1)).toBe(1);
  });

  it('matches NVLink GPUs by catalog id', () => {
    const h = partCatalog('gpu', 'h100-sxm5-80gb').gpu;
    expect(nvlinkProblem({ name: 'a', gpu: h }, { name: 'b', gpu: partCatalog('gpu', 'NVIDIA H100-SXM5-80GB').gpu })).toBeNull();
    expect(nvlinkProblem({ name: 'a', gpu: h }, { name: 'b', gpu: partCatalog('gpu', 'a100-sxm4-80gb').gpu })).toMatch(/same model/);
    expect(nvlinkProblem({ name: 'L4', gpu: partCatalog('gpu', 'l4').gpu }, { name: 'b', gpu: h })).toMatch(/L4 has no NVLink/);
  });

  it('finds PCIe loops', () => {
    const links = [{ kind: 'pcie' as const, from: 'cpu', to: 'sw0' }, { kind: 'pcie' as const, from: 'sw0', to: 'sw1' }];
    expect(pcieWouldLoop(links, 'sw1', 'sw0')).toBe(true);
    expect(pcieWouldLoop(links, 'sw0', 'gpu')).toBe(false);
    expect(pcieLoopMembers(links)).toEqual([]);
    expect(pcieLoopMembers([...links, { kind: 'pcie', from: 'sw1', to: 'cpu' }]).sort()).toEqual(['cpu', 'sw0', 'sw1']);
    expect(pcieLoopMembers([...links, { kind: 'pcie', from: 'cpu', to: 'sw1' }])).toEqual([]);
  });
});

describe('the engine refuses designs the grammar forbids, on the link concerned', () => {
  it('an NVLink from a CPU to a GPU', () => {
    const d = testDesign();
    d.serverTypes![0]!.links.push({ id: 'bad', kind: 'nvlink', from: 'cpu0', to: 'gpu0' });
    const r = evaluateDesign(d);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: `serverTypes[0].links[${d.serverTypes![0]!.links.length - 1}]`, message: expect.stringMatching(/NVLink joins GPUs/) })]));
  });

  it('a PCIe loop', () => {
    const d = testDesign();
    const s = d.serverTypes![0]!;
    s.components.push({ id: 'swa', kind: 'pcie-switch', model: 'pex88096', count: 1 }, { id: 'swb', kind: 'pcie-switch', model: 'pex88096', count: 1 });
    s.links.push({ id: 'ab', kind: 'pcie', from: 'swa', to: 'swb' }, { id: 'ba', kind: 'pcie', from: 'swb', to: 'swa' });
    const r = evaluateDesign(d);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.filter((e) => /PCIe loop/.test(e.message))).toHaveLength(2);
  });

  it('a device plugged into two PCIe ports', () => {
    const d = testDesign();
    d.serverTypes![0]!.links.push({ id: 'twice', kind: 'pcie', from: 'sw1', to: 'sw0' });
    const r = evaluateDesign(d);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.some((e) => /more than one PCIe port/.test(e.message) && e.path.includes('components'))).toBe(true);
  });
});
