import { describe, expect, it } from 'vitest';
import { exampleProject, unitReadGBps, type Design } from '../../../core';
import { resolveSharedStorage } from '../../../core/catalog/components';
import { clusterGraph, serversGraph } from './flowModel';

describe('flow model', () => {
  it('draws each server type as a box holding its parts, with one edge per link', () => {
    const design = exampleProject('dgx-a100-resnet50-nvme').design as Design;
    const { nodes, edges, boxes } = serversGraph(design);
    const server = design.serverTypes[0]!;
    expect(nodes.filter((n) => n.type === 'server')).toHaveLength(1);
    const parts = nodes.filter((n) => n.type === 'part');
    expect(parts).toHaveLength(server.components.length);
    expect(parts.every((n) => n.parentId === 'server:dgx-a100')).toBe(true);
    expect(edges).toHaveLength(server.links.length);
    // Every part lies inside its box.
    const box = boxes[0]!;
    for (const p of parts) {
      expect(p.position.x).toBeGreaterThanOrEqual(0);
      expect(p.position.x + 150).toBeLessThanOrEqual(box.width);
      expect(p.position.y + 54).toBeLessThanOrEqual(box.height);
    }
    expect(edges.find((e) => e.id === 'link:dgx-a100:l3')?.label).toBe('PCIe ×16');
  });

  it('attaches check messages to the part they name', () => {
    const design = exampleProject('dgx-a100-resnet50-nvme').design as Design;
    const issue = { severity: 'error' as const, code: 'x', message: 'too many lanes', serverTypeId: 'dgx-a100', componentId: 'cpu0' };
    const node = serversGraph(design, [issue]).nodes.find((n) => n.id === 'part:dgx-a100:cpu0')!;
    expect(node.data.issues).toEqual([issue]);
  });

  it('shows a 16-node cluster as one server type with its count, the fabric and the shared storage', () => {
    const design = exampleProject('cluster-16-shared-storage').design as Design;
    const { nodes, edges } = clusterGraph(design);
    const servers = nodes.filter((n) => n.data.ref.type === 'server');
    expect(servers).toHaveLength(design.serverTypes.length);
    expect(servers[0]!.data.count).toBe(design.serverTypes[0]!.count);
    expect(nodes.some((n) => n.id === 'fabric')).toBe(true);
    expect(nodes.some((n) => n.id === 'shared-storage')).toBe(true);
    expect(edges.length).toBe(design.serverTypes.length + 1);
  });

  it('titles shared storage of the user\'s own parts by its name and its modelled read bandwidth', () => {
    const design = exampleProject('cluster-16-shared-storage').design as Design;
    const system = { nodes: 2, drivesPerNode: 8, driveClass: 'nvme-gen4', portsPerNode: 2, portGbps: 200, transport: 'rdma', fileSystem: 'lustre', controllerReadGBps: 10, dataProtection: 'erasure-coding' } as const;
    const storage = clusterGraph({ ...design, sharedStorage: { count: 3, system, name: 'Lab Lustre' } }).nodes.find((n) => n.id === 'shared-storage')!;
    // Two nodes behind 10 GB/s controllers: 20 GB/s a unit, 60 GB/s for three.
    expect(storage.data).toMatchObject({ title: 'Lab Lustre', detail: '60 GB/s read in all', count: 3 });
  });

  it('gives a catalog system described as parts the read bandwidth the engine uses, not the vendor rating', () => {
    const design = exampleProject('cluster-16-shared-storage').design as Design;
    // DDN AI400X2 Turbo: rated 80 GB/s (one appliance to one DGX B200); modelled from its controllers, 90 GB/s.
    const storage = clusterGraph({ ...design, sharedStorage: { count: 2, model: 'ddn-ai400x2-turbo' } }).nodes.find((n) => n.id === 'shared-storage')!;
    const unit = resolveSharedStorage('ddn-ai400x2-turbo')!;
    expect(unit.readGBps).toBe(80);
    expect(storage.data.detail).toBe(`${(2 * unitReadGBps(unit)).toLocaleString('en-US', { maximumFractionDigits: 1 })} GB/s read in all`);
    expect(storage.data.detail).not.toBe('160 GB/s read in all');
  });
});
