/**
 * Constants of the storage-system, client-stack and file-format models, each with its source and confidence
 * (the `defineParams` pattern of `core/engine/params`). Estimates say so; nothing here is keyed to a product
 * or a published result.
 */
import { defineParams, p } from '../engine/params/schema';

/** Payload share of a link's line rate that a storage protocol moves (headers, acks, flow control). */
export const TRANSPORT = defineParams('TRANSPORT', {
  rdmaEfficiency: p(0.93, 'fraction of line rate', 'InfiniBand/RoCE RDMA reads: ib_read_bw reaches about 90-97% of the signalling rate at large messages (NVIDIA perftest reports); RDMA moves data without host copies. Estimate at the middle', 'estimate'),
  tcpEfficiency: p(0.72, 'fraction of line rate', 'storage traffic over TCP/IP Ethernet: frames carry ~95-99% payload, but storage over TCP rarely holds every port at line rate (incast from many servers, retransmits, per-flow receive on one core); multi-stream storage measurements commonly land at 60-80% of line rate. Class value consistent with the TCP-based MLPerf Storage v1.0 results (datapath-data.json: NVMe/TCP and NFS systems at ~25-70% of their port line rate); fitted to the class, not to a result', 'fitted'),
  localEfficiency: p(1, 'fraction', 'direct-attached drives: no network protocol', 'spec-sheet'),
});

/**
 * Host CPU the storage client stack spends per GB read, core-seconds per GB (one physical core at its all-core
 * clock, on the reference generation of `CPU_GENERATION`). The inverse is the GB/s one core carries.
 */
export const CLIENT_STACK = defineParams('CLIENT_STACK', {
  kernelNfsCoreSecondsPerGB: p(0.9, 'core-s/GB', 'Linux kernel NFS over TCP (nconnect): the TCP receive path plus the RPC/XDR and page-cache copy, roughly one core per 1-1.2 GB/s on Skylake-class cores (kernel TCP receive costs about 1 core per 10-15 Gb/s with copies). Estimate', 'estimate'),
  fuseCoreSecondsPerGB: p(1.4, 'core-s/GB', 'FUSE user-space clients add a kernel-user copy and context switches per request: Vangoor et al., "Performance and resource utilization of FUSE user-space file systems", ACM TOS 2019, up to +31% CPU and up to -83% throughput; on top of a TCP transport. Estimate', 'estimate'),
  nativePfsRdmaCoreSecondsPerGB: p(0.12, 'core-s/GB', 'native parallel-FS kernel clients over RDMA (Lustre LNet o2ib, GPFS verbs): zero-copy RDMA into the page cache; a client node reaches its HCA line rate with a few cores. Estimate', 'estimate'),
  nativePfsTcpCoreSecondsPerGB: p(0.6, 'core-s/GB', 'native parallel-FS clients over TCP (Lustre socklnd, GPFS over TCP): the TCP receive path without NFS RPC overhead. Estimate', 'estimate'),
  userspacePfsCoreSecondsPerGB: p(0.25, 'core-s/GB', 'user-space parallel-FS clients with a poll-mode network stack (WEKA, DAOS over DPDK/verbs): dedicated polling cores move several GB/s each. Estimate', 'estimate'),
  nvmeofTcpCoreSecondsPerGB: p(0.8, 'core-s/GB', 'Linux NVMe/TCP initiator: the native driver needs about 8-10 cores to saturate 100 GbE of SSD reads (Qiao et al., SENS NVMe-over-TCP scheduler, 2025: "saturates the SSD throughput ceiling using 4-5 CPU cores, halving the host-side core budget compared to the native TCP driver") -> ~0.8 core-s per GB', 'review-measured'),
  nvmeofRdmaCoreSecondsPerGB: p(0.1, 'core-s/GB', 'NVMe over RDMA initiator: data lands by RDMA; only completions cost CPU (SPDK NVMe-oF RDMA initiator saturated a 200 GbE link with 4 cores, SPDK 24.05 performance report). Estimate', 'estimate'),
  localCoreSecondsPerGB: p(0.08, 'core-s/GB', 'local NVMe through the kernel block layer and a local file system: DMA to the page cache; a core completes several GB/s. Estimate', 'estimate'),
  dpuResidualShare: p(0.3, 'fraction', 'a DPU/SmartNIC that terminates TCP and NVMe/TCP leaves the host with the file-system and copy work only, about a third of the software stack (the TCP stack is the larger part of the NVMe/TCP cost, per SENS above). Estimate', 'estimate'),
  kernelTcpClientShare: p(0.45, 'fraction of NIC line rate', 'a host reading storage through its kernel TCP stack (NFS, NVMe/TCP, FUSE or a PFS client over TCP) sustains about half its line rate: receive processing runs per flow on one core each (softirq and copy), the NVMe/TCP driver needs ~8-10 cores per 100 GbE (Qiao et al., SENS 2025). Class value consistent with the kernel-TCP MLPerf Storage v1.0 clients (datapath-data.json: 25-50% of 200-400 Gb/s); fitted to the class, not to a result. A DPU that terminates TCP lifts it to the protocol efficiency', 'fitted'),
  lustreClientHostGBps: p(16, 'GB/s', 'ceiling of one Lustre client node without multi-rail tuning (LNet and the per-OSC RPC pipeline): ~10-20 GB/s. Class value consistent with the single-client Lustre results of MLPerf Storage v0.5/v1.0 (datapath-data.json: 6-17 GB/s on 2x200-2x400 Gb/s clients); fitted to the class, not to a result', 'fitted'),
  usableCoreShare: p(0.85, 'fraction of physical cores', 'a loader host keeps some cores for the OS, interrupts and the training framework; 10-20% is the usual reserve. Estimate', 'estimate'),
  perThreadStreamGBps: p(1.2, 'GB/s', 'one synchronous reader thread streaming a large file through a POSIX client (read() of 1-16 MB requests): about 1-1.5 GB/s per stream on NVMe-backed parallel file systems (IOR single-task results are typically in this range). Estimate', 'estimate'),
});

/** Open/stat round trips and request latency by protocol family. */
export const PROTOCOL_LATENCY = defineParams('PROTOCOL_LATENCY', {
  localOpenSeconds: p(20e-6, 's', 'local file system open+close on NVMe with a warm dentry cache: tens of microseconds. Estimate', 'estimate'),
  rdmaOpenSeconds: p(150e-6, 's', 'parallel-FS open over RDMA: one metadata-server round trip plus lock grant, ~100-300 us (Lustre small-file I/O studies, LUG 2018 "Small File I/O Performance in Lustre"). Estimate', 'estimate'),
  tcpOpenSeconds: p(400e-6, 's', 'NFS/TCP open: LOOKUP+OPEN+GETATTR round trips, ~0.3-0.5 ms on a LAN. Estimate', 'estimate'),
  objectOpenSeconds: p(15e-3, 's', 'S3-compatible GET first-byte latency of 10-20 ms (object stores on HTTP). Estimate', 'estimate'),
  metadataOpsPerCoreSecond: p(8000, 'opens/s per server core', 'a metadata server handles about 5-10k open/close pairs per core (mdtest file-open rates of ~100-300k/s on 32-core Lustre MDS nodes). Estimate', 'estimate'),
});

/**
 * Per-sample CPU cost of reading a file format into tensors, on one reference core (`CPU_GENERATION.reference`):
 * a per-sample fixed part and a per-MB part. Decoding of images for training augmentations is the workload's own
 * `cpuCoreSecondsPerSample`; these are the parse/decode costs of the container formats.
 */
export const FORMAT_DECODE = defineParams('FORMAT_DECODE', {
  jpegPerSampleSeconds: p(0.4e-3, 'core-s/sample', 'JPEG: per-image setup, Huffman tables and the loader callbacks; libjpeg-turbo decodes ~100-150 Mpixel/s per core (libjpeg-turbo project benchmarks). Estimate', 'estimate'),
  jpegPerMBSeconds: p(30e-3, 'core-s/MB', 'JPEG: ~33 MB/s of compressed ImageNet JPEG per core (a 110 kB, ~0.15 Mpixel image at ~100-150 Mpixel/s is ~1-1.5 ms plus colour conversion and resize; tensorpack tf.data 250 img/s per core with augmentation, datapath-data.json pp-tensorpack-tfdata-dgx1). Estimate', 'estimate'),
  pngPerSampleSeconds: p(0.4e-3, 'core-s/sample', 'PNG: per-image setup as JPEG. Estimate', 'estimate'),
  pngPerMBSeconds: p(60e-3, 'core-s/MB', 'PNG: zlib inflate plus filtering, roughly 2x the CPU per compressed byte of JPEG (libpng/zlib inflate ~100-300 MB/s of output per core, compressed at 2-3:1). Estimate', 'estimate'),
  npzPerSampleSeconds: p(1e-3, 'core-s/sample', 'NPZ (uncompressed zip of .npy): zip directory and header parse in numpy.load, about a millisecond in Python. Estimate', 'estimate'),
  npzPerMBSeconds: p(0.5e-3, 'core-s/MB', 'NPZ: a memory copy of the array out of the archive, ~2 GB/s per core. Estimate', 'estimate'),
  tfrecordPerSampleSeconds: p(0.03e-3, 'core-s/sample', 'TFRecord: per-record framing, CRC32C and tf.train.Example proto parse through tf.data (tens of microseconds per record). Estimate', 'estimate'),
  tfrecordPerMBSeconds: p(1.5e-3, 'core-s/MB', 'TFRecord through tf.data with feature parsing into tensors (proto decode, CRC32C, copies into a batch): ~650 MB/s per reference core. Fitted class value: the client-CPU-bound MLPerf Storage v1.0 ResNet-50 results (114,660-byte records, 1,251 per file; datapath-data.json) need ~0.2-0.4 core-ms per record on their hosts; one value for the format, not fitted to any one result', 'fitted'),
  tfrecordPerFileSeconds: p(12e-3, 'core-s/file', 'TFRecord: opening a file through tf.data (a new record reader, its buffers and the Python-side interleave step). Fitted class value: the MLPerf Storage v1.0 CosmoFlow results (one 2.8 MB record per file; datapath-data.json) cost ~10-20 core-ms per sample where ResNet-50 records cost ~0.3; the difference beyond the bytes is per file', 'fitted'),
  hdf5PerSampleSeconds: p(0.3e-3, 'core-s/sample', 'HDF5 via h5py: dataset open and hyperslab selection per sample, ~0.1-0.5 ms in Python. Estimate', 'estimate'),
  hdf5PerMBSeconds: p(1e-3, 'core-s/MB', 'HDF5 contiguous (uncompressed) chunks: a copy, ~1 GB/s per core through h5py. Estimate', 'estimate'),
  parquetPerSampleSeconds: p(5e-6, 'core-s/sample', 'Parquet: row-group decoding amortises per row; per-row cost of a few microseconds in Arrow. Estimate', 'estimate'),
  parquetPerMBSeconds: p(2e-3, 'core-s/MB', 'Parquet with Snappy: decompression ~0.5-1 GB/s per core plus dictionary/RLE decode (Apache Arrow benchmarks). Estimate', 'estimate'),
  rawPerSampleSeconds: p(20e-6, 'core-s/sample', 'raw tensors (fixed-size binary records): an offset computation and a read call. Estimate', 'estimate'),
  rawPerMBSeconds: p(0.2e-3, 'core-s/MB', 'raw tensors: one copy at memory bandwidth, ~5 GB/s per core. Estimate', 'estimate'),
});

/** Relative per-core speed of CPU generations at equal clock (integer, memory-bound loader code). */
export const CPU_GENERATION = defineParams('CPU_GENERATION', {
  reference: p(1, 'relative IPC', 'reference: Intel Skylake-SP (Xeon Scalable 1st gen, 2017) at its all-core clock', 'spec-sheet'),
  broadwell: p(0.9, 'relative IPC', 'Broadwell-EP ~10% below Skylake-SP per clock (SPECint2017 rate per core per GHz). Estimate', 'estimate'),
  cascadeLake: p(1.02, 'relative IPC', 'Cascade Lake = Skylake core with minor fixes (SPECint2017 per core per GHz within a few %). Estimate', 'estimate'),
  iceLake: p(1.18, 'relative IPC', 'Ice Lake-SP (Sunny Cove): Intel quotes ~20% IPC over Skylake. Estimate', 'estimate'),
  sapphireRapids: p(1.3, 'relative IPC', 'Sapphire/Emerald Rapids (Golden Cove): ~+19% IPC over Ice Lake per Intel Architecture Day 2021. Estimate', 'estimate'),
  graniteRapids: p(1.4, 'relative IPC', 'Granite Rapids (Redwood Cove): a further ~5-10% IPC. Estimate', 'estimate'),
  zen2: p(1.05, 'relative IPC', 'AMD Zen 2 (EPYC 7002): about Skylake-level IPC (SPECint2017 per core per GHz). Estimate', 'estimate'),
  zen3: p(1.2, 'relative IPC', 'AMD Zen 3 (EPYC 7003): AMD quotes +19% IPC over Zen 2. Estimate', 'estimate'),
  zen4: p(1.32, 'relative IPC', 'AMD Zen 4 (EPYC 9004): AMD quotes +13% IPC over Zen 3. Estimate', 'estimate'),
  zen5: p(1.5, 'relative IPC', 'AMD Zen 5 (EPYC 9005): AMD quotes +16% IPC over Zen 4. Estimate', 'estimate'),
  armNeoverse: p(1.0, 'relative IPC', 'Arm Neoverse V1/V2 (Graviton3, Grace): roughly Skylake-to-Ice-Lake per clock on integer code. Estimate', 'estimate'),
  allCoreOverBase: p(1.3, 'ratio', 'all-core turbo over base clock of server CPUs when only the base clock is known: Xeon Gold 6138 2.0 base / 2.7 all-core, Xeon 8480+ 2.0 / 3.0, EPYC 9554 3.1 / 3.75 (vendor specifications), ~1.2-1.5. Estimate', 'estimate'),
  referenceGHz: p(2.6, 'GHz', 'all-core clock the reference core costs are quoted at (a Xeon Gold 6138/6148 runs 2.0-2.4 GHz base, ~2.7-3.0 GHz all-core turbo); estimate', 'estimate'),
});

/** Drive media read/write rates when a description gives only the class. */
export const DRIVE_CLASS = defineParams('DRIVE_CLASS', {
  nvmeGen3ReadGBps: p(3.2, 'GB/s', 'PCIe 3.0 x4 enterprise NVMe: Intel DC P4500 3.2 GB/s sequential read (hardware-catalog.json)', 'spec-sheet'),
  nvmeGen4ReadGBps: p(6.8, 'GB/s', 'PCIe 4.0 x4 enterprise NVMe: Micron 7450 6.8 GB/s, Samsung PM1733 7.0 GB/s, Kioxia CM6 6.9 GB/s (hardware-catalog.json)', 'spec-sheet'),
  nvmeGen5ReadGBps: p(13, 'GB/s', 'PCIe 5.0 x4 enterprise NVMe: Samsung PM1743 13.0 GB/s (hardware-catalog.json)', 'spec-sheet'),
  sataSsdReadGBps: p(0.54, 'GB/s', 'SATA 6 Gb/s SSD: Micron 5400 PRO 0.54 GB/s (hardware-catalog.json)', 'spec-sheet'),
  hddReadGBps: p(0.285, 'GB/s', '7200 rpm CMR HDD outer tracks: Seagate Exos X20 285 MB/s (hardware-catalog.json)', 'spec-sheet'),
  writeShareOfRead: p(0.6, 'fraction', 'TLC enterprise NVMe write/read ratio: PM1743 6.6/13, CM6 4.2/6.9, P4500 1.8/3.2 (hardware-catalog.json), ~0.5-0.65', 'spec-sheet'),
  cloudVolumeNodeGBps: p(10, 'GB/s', 'a cloud server backed by network block volumes (AWS EBS gp2/gp3) reads at most its instance EBS bandwidth: 40-100 Gb/s on the largest EBS-optimized Nitro instances (AWS EBS-optimized instance documentation); ~80 Gb/s = 10 GB/s taken. Estimate', 'estimate'),
  randomReadShare: p(0.85, 'fraction of sequential', 'large (>= 1 MB) random reads from many threads on NVMe reach ~80-90% of the sequential rating (fio at QD >= 32; Micron 9400/6500 single-drive MLPerf Storage figures as published with the rating). Estimate', 'estimate'),
  nvmeIopsPerDrive: p(1_000_000, 'IO/s', 'PCIe 4.0 enterprise NVMe 4 KiB random read: 1.0-1.6 M IOPS (Intel D7-P5500 1.0 M, Micron 9400 1.6 M; hardware-catalog.json)', 'spec-sheet'),
  nvmeLatencySeconds: p(90e-6, 's', 'NVMe 4 KiB random read latency ~70-100 us (enterprise NVMe datasheets)', 'spec-sheet'),
});

/** Storage-server software: per-node ceilings and data protection. */
export const STORAGE_SERVER = defineParams('STORAGE_SERVER', {
  serverCoreSecondsPerGB: p(0.5, 'core-s/GB', 'a storage server serving reads spends about half a core per GB/s on its network and file-system path (TCP send with zero-copy sendfile, checksums); RDMA servers less. Estimate', 'estimate'),
  rdmaServerCoreSecondsPerGB: p(0.15, 'core-s/GB', 'RDMA-serving storage nodes (Lustre OSS o2ib, NVMe-oF RDMA targets): RDMA writes from the page cache or drives. Estimate', 'estimate'),
  defaultServerCores: p(32, 'cores', 'a storage server without a stated CPU: a 32-core dual-socket node is typical of 2U NVMe storage servers. Estimate', 'estimate'),
  ecDataShare: p(0.8, 'fraction', 'erasure coding 8+2 (a usual scale-out choice) stores 8 data strips per 10: writes cost 10/8 of the data on drives and ports. Estimate', 'estimate'),
  raid10DataShare: p(0.5, 'fraction', 'RAID-10 / 2-way replication writes every byte twice', 'spec-sheet'),
  replication3DataShare: p(1 / 3, 'fraction', '3-way replication (HDFS/Ceph default) writes every byte three times', 'spec-sheet'),
});

/** The emulated accelerator of a storage benchmark (MLPerf Storage / DLIO). */
export const EMULATED = defineParams('EMULATED', {
  lightLoadAu: p(0.975, 'fraction', 'MLPerf Storage results at one accelerator show 96-99.6% AU (datapath-data.json README "Under light load"): a fixed per-epoch and per-step overhead, not a throughput limit', 'review-measured'),
  coresPerLoaderThread: p(0.02, 'reference cores', 'each reader or preprocessing thread of an emulated accelerator (a DLIO process: Python step loop, tf.data/PyTorch worker threads handing batches over) costs CPU beyond the per-byte work, ~2% of a core per thread: with TF ResNet-50 (8 read + 8 computation threads) ~0.3 core per accelerator. Class value chosen against the MLPerf Storage v1.0 ResNet-50 results, where A100 and H100 emulations of one system often reach nearly the same accelerator count (datapath-data.json); fitted to the class, not to a result', 'fitted'),
  prefetchBatches: p(2, 'batches', 'DLIO prefetch_size default of 2 batches per reader (dlio_benchmark configs)', 'spec-sheet'),
});
