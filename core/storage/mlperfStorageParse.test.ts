import { describe, expect, it } from 'vitest';
import { clientFromDescription, cpuGeneration, hostCores, portSpeedGbps, portsIn, protocolOf, storageFromDescription, storageNodeCount } from './mlperfStorageParse';

describe('reading hardware descriptions with general rules', () => {
  it('port speeds from InfiniBand generations, Ethernet and Slingshot', () => {
    expect(portSpeedGbps('NDR400')).toBe(400);
    expect(portSpeedGbps('HDR')).toBe(200);
    expect(portSpeedGbps('NDR200')).toBe(200);
    expect(portSpeedGbps('100 GbE')).toBe(100);
    expect(portSpeedGbps('2x 200 Gb/s')).toBe(200);
    expect(portSpeedGbps('HPE Slingshot 200')).toBe(200);
  });

  it('port counts: dual-port cards count twice; "per storage node" is per node', () => {
    expect(portsIn('appliance has 8x ConnectX-7 dual-port NDR200/200GbE HCAs')).toMatchObject({ count: 16, gbps: 200 });
    expect(portsIn('4x NDR400 per storage node')).toMatchObject({ count: 4, gbps: 400, perNode: true });
    expect(portsIn('100 GbE, 2 ports per node (TCP/IP)')).toMatchObject({ count: 2, gbps: 100, perNode: true });
    expect(portsIn('InfiniBand HDR200').count).toBeUndefined();
  });

  it('node counts and CPU generations', () => {
    expect(storageNodeCount('3 storage nodes (2x Xeon Gold 6430 each)')).toBe(3);
    expect(storageNodeCount('32 file-server nodes (128 vCPU, 256 GB, 200 Gb/s each)')).toBe(32);
    expect(storageNodeCount('2 controllers ("dual-node" per Supplementals)')).toBe(2);
    expect(storageNodeCount('local')).toBeUndefined();
    expect(cpuGeneration('AMD EPYC 7763 64-Core Processor')).toBe('zen3');
    expect(cpuGeneration('AMD EPYC 9554 64-Core Processor')).toBe('zen4');
    expect(cpuGeneration('Intel(R) Xeon(R) Gold 6138 CPU @ 2.00GHz')).toBe('skylake');
    expect(cpuGeneration('INTEL(R) XEON(R) PLATINUM 8558')).toBe('sapphire-rapids');
    expect(cpuGeneration('AWS Graviton3')).toBe('arm-neoverse');
  });

  it('host cores from "(32C each)", "(20C/40T)" and the socket count before the CPU, not before the server', () => {
    expect(hostCores('2x Intel Xeon Gold 6438N (32C each)', '')).toMatchObject({ ok: true, value: { cores: 64 } });
    expect(hostCores('1x Intel Xeon Gold 6138 (20C/40T)', '')).toMatchObject({ ok: true, value: { cores: 20 } });
    expect(hostCores('1x DGX H100: 2x Xeon Platinum 8480C (56C each)', '')).toMatchObject({ ok: true, value: { cores: 112 } });
    expect(hostCores('Intel Xeon (cloud instances)', '').ok).toBe(false);
  });

  it('protocol keywords: NFS is kernel TCP, Lustre over InfiniBand is a native RDMA client, NVMe/TCP with a DPU is offloaded', () => {
    expect(protocolOf({ protocol: 'NFSv4.0 (nconnect=16)' }, '1x 200 GbE')).toMatchObject({ fileSystem: 'nfs', stack: 'kernel-nfs', transport: 'tcp' });
    expect(protocolOf({ protocol: 'Lustre (RDMA)' }, '1x 100 Gb/s IB')).toMatchObject({ fileSystem: 'lustre', stack: 'native-pfs', transport: 'rdma' });
    expect(protocolOf({ protocol: 'NVMe/TCP (DPU-offloaded both ends)' }, '4x 100 GbE')).toMatchObject({ fileSystem: 'nvmeof', transport: 'tcp', dpu: true });
    expect(protocolOf({ protocol: 'JuiceFS (FUSE, user space)' }, '1x 100 GbE')).toMatchObject({ stack: 'fuse' });
    // "no RDMA" is not an RDMA fabric.
    expect(protocolOf({ protocol: 'WEKA client', network: 'Ethernet 100 Gb/s (Mellanox SN2700), no RDMA' }, '')).toMatchObject({ transport: 'tcp' });
  });

  it('a client whose link is not published sits on the storage fabric at one port of its speed, and says so', () => {
    const r = clientFromDescription({ cpu: '1x AMD EPYC 7543P (32C)' }, { protocol: 'Lustre', network: 'HPE Slingshot 11, 200 Gb/s' });
    expect(r).toMatchObject({ ok: true, value: { nicPorts: 1, nicGbps: 200, transport: 'rdma' } });
    expect(r.ok && r.notes.join(' ')).toMatch(/client link not stated: one port at the storage fabric's 200 Gb\/s assumed/);
  });

  it('a storage description: nodes x drives per node, ports per node, client phrases left out', () => {
    const r = storageFromDescription({
      storageNodes: '3 storage nodes (2x Xeon Gold 6430 each)', drives: '3 x 16x 7.68 TB NVMe',
      network: 'InfiniBand NDR400; 4x NDR400 per storage node; clients 1x HDR200', protocol: 'ICFS (RDMA)',
    }, '1x NDR400');
    expect(r).toMatchObject({ ok: true, value: { nodes: 3, drivesPerNode: 16, portsPerNode: 4, portGbps: 400, transport: 'rdma', fileSystem: 'parallel', coresPerNode: 64 } });
  });

  it('a description without what the model needs says which field', () => {
    expect(storageFromDescription({ storageNodes: 'not stated', drives: 'not stated', network: 'Ethernet', protocol: 'NFS' }, '1x 100 GbE')).toMatchObject({ ok: false, missing: expect.stringMatching(/^storage\.network/) });
    expect(clientFromDescription({ cpu: '2x Intel Xeon Gold 6338 (32C each)', nic: 'AWS ENA' }, { protocol: 'NFS', network: 'AWS VPC Ethernet' })).toMatchObject({ ok: false, missing: expect.stringMatching(/^clients\.nic/) });
  });
});
