import { describe, expect, it } from 'vitest';
import { checkServerType, checkTemplate } from './checks';
import type { Template } from './schema';
import { findShippedTemplate } from './shipped';

const copy = (id: string): Template => structuredClone(findShippedTemplate(id)!);
const codes = (t: Template) => {
  const res = checkTemplate(t);
  if (!res.ok) throw new Error(JSON.stringify(res.errors));
  return res.issues.filter((i) => i.severity !== 'info');
};

describe('template compatibility checks', () => {
  it('refuses a PSU part whose redundancy is not the chassis scheme, naming the numbers', () => {
    const t = copy('nvidia-dgx-h100');
    t.serverType.components.find((c) => c.kind === 'psu')!.redundantPsus = 3;
    const issue = codes(t).find((i) => i.code === 'psu-redundancy');
    expect(issue?.message).toMatch(/N\+2 with 6 supplies means 2 redundant, but the PSU part has 3/);
  });

  it('refuses PSUs that cannot carry the quoted maximum power with the redundant ones failed', () => {
    const t = copy('nvidia-dgx-a100');
    t.maxPowerW = 9500;
    const issue = codes(t).find((i) => i.code === 'psu-vendor-max');
    expect(issue?.message).toMatch(/3\+3 x 3000 W give 9000 W .* 9500 W/);
    expect(issue?.path).toMatch(/^template\.serverType\.components\[\d+\]$/);
  });

  it('refuses a PCIe card in an SXM chassis and more GPUs than positions', () => {
    const t = copy('nvidia-dgx-a100');
    const gpus = t.serverType.components.filter((c) => c.kind === 'gpu');
    for (const g of gpus) g.model = 'l40s';
    t.serverType.links = t.serverType.links.filter((l) => l.kind !== 'nvlink');
    t.chassis.gpuPositions = 4;
    const found = codes(t).map((i) => i.code);
    expect(found).toContain('gpu-form-factor');
    expect(codes(t).find((i) => i.code === 'gpu-positions')?.message).toMatch(/8 GPUs; the chassis has 4 GPU positions/);
  });

  it('refuses reference RTX 4090 cards (3 slots) where only 2-slot cards fit', () => {
    const t = copy('workstation-4x-rtx4090');
    expect(codes(t)).toEqual([]);
    delete t.chassis.installedCardWidthSlots;
    expect(codes(t).find((i) => i.code === 'gpu-card-width')?.message).toMatch(/3 slots wide; .* up to 2 slots/);
  });

  it('counts add-in slots and drive bays', () => {
    const t = copy('lambda-scalar-a100-pcie');
    t.chassis.x16Slots = 8;
    expect(codes(t).find((i) => i.code === 'slot-count')?.message).toMatch(/needs 10 PCIe slots \(8 GPU cards \+ 2 NICs\); the chassis has 8/);
    const d = copy('nvidia-dgx-h100');
    d.chassis.driveBays = 4;
    expect(codes(d).find((i) => i.code === 'drive-bays')?.message).toMatch(/8 drives; the chassis has 4 bays/);
  });

  it('counts DIMM slots with the largest DIMM and PSU bays (DGX H100: 32 x 64 GB, six supplies)', () => {
    const t = copy('nvidia-dgx-h100');
    expect(codes(t).filter((i) => i.code === 'dimm-capacity' || i.code === 'psu-bays')).toEqual([]);
    t.serverType.components.find((c) => c.id === 'mem0')!.capacityGB = 2048;
    expect(codes(t).find((i) => i.code === 'dimm-capacity')?.message).toMatch(/3,072 GB of memory; its 32 DIMM slots take at most 2,048 GB \(32 x 64 GB DIMMs\)/);
    const d = copy('nvidia-dgx-h100');
    Object.assign(d.serverType.components.find((c) => c.kind === 'psu')!, { count: 8, redundantPsus: 2 });
    expect(codes(d).find((i) => i.code === 'psu-bays')).toMatchObject({ path: expect.stringMatching(/^template\.serverType\.components\[\d+\]$/), message: expect.stringMatching(/8 PSUs; the chassis has 6 PSU bays/) });
  });

  it('finds CPU lanes used beyond the socket (engine check, reused)', () => {
    const t = copy('dell-poweredge-r760xa-l40s');
    for (let i = 0; i < 3; i++) {
      t.serverType.components.push({ id: `extra${i}`, kind: 'nic', model: 'connectx-7-ndr-400g', count: 1 });
      t.serverType.links.push({ id: `lx${i}`, kind: 'pcie', from: 'cpu0', to: `extra${i}`, lanes: 16 });
    }
    expect(codes(t).find((i) => i.code === 'pcie-lanes-exceeded')?.message).toMatch(/has 80 PCIe lanes but its links use \d+/);
  });

  it('allows NVLink and NVSwitch only between matching GPUs of the right package', () => {
    const mixed = copy('nvidia-dgx-h100');
    mixed.serverType.components.find((c) => c.id === 'gpu3')!.model = 'h200-sxm-141gb';
    expect(codes(mixed).map((i) => i.code)).toContain('nvswitch-mismatch');

    const bridged = copy('dell-poweredge-r750xa');
    bridged.serverType.links.push({ id: 'extra', kind: 'nvlink', from: 'gpu1', to: 'gpu2' });
    expect(codes(bridged).find((i) => i.code === 'nvlink-bridge-pairs')?.message).toMatch(/bridges to 2 GPUs/);

    const pcieOnSwitch = copy('dell-poweredge-r760xa-l40s');
    pcieOnSwitch.serverType.components.push({ id: 'nvs', kind: 'nvswitch', count: 1 });
    pcieOnSwitch.serverType.links.push({ id: 'nv0', kind: 'nvlink', from: 'gpu0', to: 'nvs' });
    expect(codes(pcieOnSwitch).map((i) => i.code)).toEqual(expect.arrayContaining(['nvswitch-pcie-gpu', 'nvlink-unsupported']));
  });

  it('checks an edited server without a chassis and reports unknown parts as input errors', () => {
    const st = copy('nvidia-dgx-a100').serverType;
    const ok = checkServerType(st, { pathPrefix: 'serverTypes[3]' });
    expect(ok.ok).toBe(true);
    st.components[0]!.model = 'xeon-9999';
    const bad = checkServerType(st, { pathPrefix: 'serverTypes[3]' });
    expect(bad).toEqual({ ok: false, errors: [{ path: 'serverTypes[3].components[0].model', message: 'unknown CPU "xeon-9999"' }] });
  });
});
