/**
 * Emulated-accelerator workloads of MLPerf Storage (DLIO): per-accelerator batch and compute time, record size,
 * file layout, format and reader threads, as the benchmark's configuration files define them.
 */
import type { z } from 'zod';
import { EmulatedWorkloadSchema, type EmulatedWorkload } from './benchmark';

const V1 = 'github.com/mlcommons/storage @171a418ac2 (v1.0-branch) : storage-conf/workload/';
const V05 = 'github.com/mlcommons/storage v0.5 : storage-conf/workload/';
const via = (id: string) => ` (via /work/shared/reference/datapath-data.json row ${id})`;

const DEFS: z.input<typeof EmulatedWorkloadSchema>[] = [
  { id: 'unet3d-a100', name: 'MLPerf Storage 3D U-Net, A100 emulation', batchPerAccelerator: 7, computeSecondsPerBatch: 0.636, recordBytes: 146600628, samplesPerFile: 1, format: 'npz', readThreads: 4, auThresholdPct: 90, source: `${V1}unet3d_a100.yaml${via('wd-mlperf-storage-unet3d-a100')}` },
  { id: 'unet3d-h100', name: 'MLPerf Storage 3D U-Net, H100 emulation', batchPerAccelerator: 7, computeSecondsPerBatch: 0.323, recordBytes: 146600628, samplesPerFile: 1, format: 'npz', readThreads: 4, auThresholdPct: 90, source: `${V1}unet3d_h100.yaml${via('wd-mlperf-storage-unet3d-h100')}` },
  { id: 'resnet50-a100', name: 'MLPerf Storage ResNet-50, A100 emulation', batchPerAccelerator: 400, computeSecondsPerBatch: 0.435, recordBytes: 114660.07, samplesPerFile: 1251, format: 'tfrecord', readThreads: 8, computeThreads: 8, auThresholdPct: 90, source: `${V1}resnet50_a100.yaml${via('wd-mlperf-storage-resnet50-a100')}` },
  { id: 'resnet50-h100', name: 'MLPerf Storage ResNet-50, H100 emulation', batchPerAccelerator: 400, computeSecondsPerBatch: 0.224, recordBytes: 114660.07, samplesPerFile: 1251, format: 'tfrecord', readThreads: 8, computeThreads: 8, auThresholdPct: 90, source: `${V1}resnet50_h100.yaml${via('wd-mlperf-storage-resnet50-h100')}` },
  { id: 'cosmoflow-a100', name: 'MLPerf Storage CosmoFlow, A100 emulation', batchPerAccelerator: 1, computeSecondsPerBatch: 0.00551, recordBytes: 2828486, samplesPerFile: 1, format: 'tfrecord', readThreads: 4, auThresholdPct: 70, source: `${V1}cosmoflow_a100.yaml${via('wd-mlperf-storage-cosmoflow-a100')}` },
  { id: 'cosmoflow-h100', name: 'MLPerf Storage CosmoFlow, H100 emulation', batchPerAccelerator: 1, computeSecondsPerBatch: 0.0035, recordBytes: 2828486, samplesPerFile: 1, format: 'tfrecord', readThreads: 4, auThresholdPct: 70, source: `${V1}cosmoflow_h100.yaml${via('wd-mlperf-storage-cosmoflow-h100')}` },
  { id: 'unet3d-v100', name: 'MLPerf Storage v0.5 3D U-Net, V100 emulation', batchPerAccelerator: 4, computeSecondsPerBatch: 1.3604, recordBytes: 146600628, samplesPerFile: 1, format: 'npz', readThreads: 4, auThresholdPct: 90, source: `${V05}unet3d.yaml${via('wd-mlperf-storage-v0.5-unet3d-v100')}` },
];

/** The shipped emulated-accelerator workloads, validated at load. */
export const EMULATED_WORKLOADS: readonly EmulatedWorkload[] = Object.freeze(DEFS.map((d) => Object.freeze(EmulatedWorkloadSchema.parse(d))));

/** An emulated workload by id (`unet3d-h100`, `resnet50-a100`, ...). */
export function emulatedWorkload(id: string): EmulatedWorkload | undefined {
  return EMULATED_WORKLOADS.find((w) => w.id === id.toLowerCase());
}
