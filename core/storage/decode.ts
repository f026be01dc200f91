/** CPU cost of reading a sample in its file format, by format and CPU generation (`params.ts` FORMAT_DECODE). */
import { z } from 'zod';
import { FORMAT_DECODE } from './params';

export const FileFormatSchema = z.enum(['jpeg', 'png', 'npz', 'tfrecord', 'hdf5', 'parquet', 'raw']);
/** On-disk format of a workload's samples. */
export type FileFormat = z.infer<typeof FileFormatSchema>;

const COST: Record<FileFormat, { perSample: number; perMB: number }> = {
  jpeg: { perSample: FORMAT_DECODE.jpegPerSampleSeconds.value, perMB: FORMAT_DECODE.jpegPerMBSeconds.value },
  png: { perSample: FORMAT_DECODE.pngPerSampleSeconds.value, perMB: FORMAT_DECODE.pngPerMBSeconds.value },
  npz: { perSample: FORMAT_DECODE.npzPerSampleSeconds.value, perMB: FORMAT_DECODE.npzPerMBSeconds.value },
  tfrecord: { perSample: FORMAT_DECODE.tfrecordPerSampleSeconds.value, perMB: FORMAT_DECODE.tfrecordPerMBSeconds.value },
  hdf5: { perSample: FORMAT_DECODE.hdf5PerSampleSeconds.value, perMB: FORMAT_DECODE.hdf5PerMBSeconds.value },
  parquet: { perSample: FORMAT_DECODE.parquetPerSampleSeconds.value, perMB: FORMAT_DECODE.parquetPerMBSeconds.value },
  raw: { perSample: FORMAT_DECODE.rawPerSampleSeconds.value, perMB: FORMAT_DECODE.rawPerMBSeconds.value },
};

/**
 * Core-seconds one sample of `bytes` costs to parse/decode in `format`, on a core of relative speed `coreSpeed`
 * (1 = the reference core; see `client.ts` coreSpeed); a format with a per-file cost shares it over `samplesPerFile`.
 */
export function decodeCoreSeconds(format: FileFormat, bytes: number, coreSpeed = 1, samplesPerFile = 1): number {
  const c = COST[format];
  const perFile = format === 'tfrecord' ? FORMAT_DECODE.tfrecordPerFileSeconds.value / samplesPerFile : 0;
  return (c.perSample + (c.perMB * bytes) / 1e6 + perFile) / coreSpeed;
}
