import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { exampleProject, type Design } from '../../../core';
import { evaluateDesign } from '../../../core/engine/evaluate';
import { addComponent, addServerType, attachPoint, connect, copyParts, duplicateServerType, freeLanes, linkBetween, pasteParts, removeElements } from './editing';

const dgx = () => exampleProject('dgx-a100-resnet50-nvme').design as Design;
const server = (d: Design, id = 'dgx-a100') => d.serverTypes.find((s) => s.id === id)!;
const edit = (d: Design, recipe: (draft: Design) => void) => produce(d, recipe);

describe('adding parts', () => {
  it('plugs a dropped GPU into the PCIe switch with the most free lanes and into the NVSwitch', () => {
    let id = '';
    const d = edit(dgx(), (x) => void (id = addComponent(x, 'dgx-a100', 'gpu')));
    const s = server(d);
    expect(id).toBe('gpu8');
    const links = s.links.filter((l) => l.to === id || l.from === id);
    expect(links.map((l) => l.kind).sort()).toEqual(['nvlink', 'pcie']);
    expect(s.components.find((c) => c.id === id)!.model).toBe('a100-sxm4-80gb'); // the server's own GPU model
    const pcie = links.find((l) => l.kind === 'pcie')!;
    expect(s.components.find((c) => c.id === pcie.from)!.kind).toBe('pcie-switch');
    expect(evaluateDesign(d).ok).toBe(true);
  });

  it('gives a new NVMe drive x4 lanes on a CPU socket that has them', () => {
    let id = '';
    const d = edit(dgx(), (x) => void (id = addComponent(x, 'dgx-a100', 'nvme-ssd')));
    const link = server(d).links.find((l) => l.to === id)!;
    expect(link).toMatchObject({ kind: 'pcie', lanes: 4 });
    expect(server(d).components.find((c) => c.id === link.from)!.kind).toBe('cpu');
  });

  it('leaves a part unlinked (for the checks to flag) when no socket or switch has lanes left', () => {
    const d = edit(dgx(), (x) => {
      const id = addServerType(x);
      addComponent(x, id, 'gpu');
    });
    const added = d.serverTypes[1]!;
    expect(added.components).toHaveLength(1);
    expect(added.links).toHaveLength(0);
  });

  it('counts free lanes of a socket from its catalog lanes and the links below it', () => {
    const s = server(dgx());
    // EPYC 7742: 128 lanes; cpu0 feeds two x16 switches and two x4 drives.
    expect(freeLanes(s, 'cpu0')).toBe(128 - 16 - 16 - 4 - 4);
    expect(attachPoint(s, 'pcie-switch', 16)).toMatch(/^cpu/);
  });
});

describe('drawing links', () => {
  it('orients a PCIe link CPU side first, whichever end was drawn first', () => {
    const d = edit(dgx(), (x) => {
      const id = addComponent(x, 'dgx-a100', 'nic');
      removeElements(x, { links: server(x).links.filter((l) => l.to === id).map((l) => ({ serverTypeId: 'dgx-a100', linkId: l.id })) });
    });
    const check = linkBetween(server(d), 'nic8', 'sw1');
    expect(check).toMatchObject({ ok: true, link: { kind: 'pcie', from: 'sw1', to: 'nic8', lanes: 16 } });
  });

  it('refuses links the hardware cannot have, with a reason', () => {
    const s = server(dgx());
    expect(linkBetween(s, 'gpu0', 'disk0')).toMatchObject({ ok: false });
    expect(linkBetween(s, 'gpu0', 'gpu0')).toMatchObject({ ok: false, reason: 'A part cannot link to itself.' });
    expect(linkBetween(s, 'sw0', 'gpu0')).toMatchObject({ ok: false, reason: expect.stringMatching(/already linked/) });
    expect(linkBetween(s, 'sw1', 'gpu0')).toMatchObject({ ok: false, reason: expect.stringMatching(/already plugged/) });
    expect(linkBetween(s, 'psu', 'cpu0')).toMatchObject({ ok: false });
  });

  it('refuses NVLink to a GPU without NVLink and between different GPU models', () => {
    const d = edit(dgx(), (x) => {
      const s = server(x);
      s.components.push({ id: 'l4', kind: 'gpu', model: 'l4', count: 1 }, { id: 'h100', kind: 'gpu', model: 'h100-sxm5-80gb', count: 1 });
    });
    expect(linkBetween(server(d), 'l4', 'gpu0')).toMatchObject({ ok: false, reason: expect.stringMatching(/no NVLink/) });
    expect(linkBetween(server(d), 'h100', 'gpu0')).toMatchObject({ ok: false, reason: expect.stringMatching(/^NVLink joins only GPUs of the same model/) });
    expect(linkBetween(server(d), 'h100', 'nvswitch')).toMatchObject({ ok: false, reason: expect.stringMatching(/matching GPUs/) });
  });

  it('matches GPUs by catalog id, not by the alias a file spells', () => {
    const d = edit(dgx(), (x) => {
      const s = server(x);
      s.components.push({ id: 'ha', kind: 'gpu', model: 'h100-sxm5-80gb', count: 1 }, { id: 'hb', kind: 'gpu', model: 'NVIDIA H100-SXM5-80GB', count: 1 });
    });
    expect(linkBetween(server(d), 'ha', 'hb')).toMatchObject({ ok: true, link: { kind: 'nvlink' } });
  });

  it('counts lanes as the engine does: the device width for every instance, none for a SATA drive', () => {
    const d = edit(dgx(), (x) => {
      const s = server(x);
      s.components.push({ id: 'satax', kind: 'sata-ssd', model: 'micron-5400-pro', count: 2 });
      s.links.push({ id: 'lsata', kind: 'pcie', from: 'cpu0', to: 'satax' });
    });
    expect(freeLanes(server(d), 'cpu0')).toBe(freeLanes(server(dgx()), 'cpu0'));
  });

  it('refuses a PCIe loop', () => {
    const d = edit(dgx(), (x) => void server(x).components.push({ id: 'swx', kind: 'pcie-switch', model: 'pex88096', count: 1 }));
    const withLink = edit(d, (x) => void connect(x, 'dgx-a100', 'sw0', 'swx'));
    expect(linkBetween(server(withLink), 'swx', 'sw0')).toMatchObject({ ok: false });
  });
});

describe('delete, copy, paste, duplicate', () => {
  it('removes a part together with its links', () => {
    const d = edit(dgx(), (x) => removeElements(x, { components: [{ serverTypeId: 'dgx-a100', componentId: 'sw0' }] }));
    const s = server(d);
    expect(s.components.some((c) => c.id === 'sw0')).toBe(false);
    expect(s.links.some((l) => l.from === 'sw0' || l.to === 'sw0')).toBe(false);
  });

  it('pastes copies with fresh ids and the links among them, plugging in what lost its parent', () => {
    const source = dgx();
    const clip = copyParts(source, 'dgx-a100', ['sw0', 'gpu0', 'gpu1']);
    expect(clip.links.map((l) => `${l.from}>${l.to}`).sort()).toEqual(['sw0>gpu0', 'sw0>gpu1']);
    let ids: string[] = [];
    const d = edit(source, (x) => void (ids = pasteParts(x, 'dgx-a100', clip)));
    expect(ids).toEqual(['sw4', 'gpu8', 'gpu9']);
    const s = server(d);
    expect(s.links.filter((l) => l.from === 'sw4').map((l) => l.to).sort()).toEqual(['gpu8', 'gpu9']);
    expect(s.links.some((l) => l.kind === 'pcie' && l.to === 'sw4')).toBe(true); // the pasted switch got an uplink
  });

  it('duplicates a server type under a new id and name', () => {
    let id: string | undefined;
    const d = edit(dgx(), (x) => void (id = duplicateServerType(x, 'dgx-a100')));
    expect(d.serverTypes).toHaveLength(2);
    expect(server(d, id!).name).toBe('DGX A100 copy');
    expect(server(d, id!).components).toHaveLength(server(d).components.length);
  });
});
