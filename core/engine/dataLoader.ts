/**
 * Where JPEG/record decoding runs for a server: the run's data loader, or with `auto` the one its software
 * stack uses. DALI's "mixed" decoder decodes on any CUDA GPU through nvJPEG (hybrid CUDA decode, and the
 * hardware JPEG decoder from A100 on; NVIDIA DALI user guide, decoders.image; nvJPEG library page), and
 * NVIDIA's NGC framework containers and MLPerf submissions load data with DALI (NGC PyTorch/MXNet
 * container release notes; MLPerf Training ResNet-50 reference submissions). A stock framework loader
 * (torchvision / tf.data) decodes on the CPU, and DALI does not run on non-CUDA GPUs.
 */
import type { RunSettings } from '../model/design';
import type { Gpu } from '../model/catalog';

/** Software classes whose stack ships a GPU data loader (DALI). */
const DALI_CLASS: ReadonlySet<RunSettings['software']> = new Set(['ngc', 'mlperf']);

/** Where a server with GPUs `gpu` decodes under `run`: the user's choice, else what the software class does. */
export function decodeSite(run: Pick<RunSettings, 'dataLoader' | 'software'>, gpu: Pick<Gpu, 'vendor'> | undefined): 'cpu' | 'gpu' {
  if (run.dataLoader !== 'auto') return run.dataLoader;
  return DALI_CLASS.has(run.software) && gpu?.vendor === 'NVIDIA' ? 'gpu' : 'cpu';
}
