import dgxA100Nvme from '../assets/examples/dgx-a100-resnet50-nvme.json';
import dgxA100Sata from '../assets/examples/dgx-a100-resnet50-sata.json';
import dualSocket from '../assets/examples/dual-socket-pcie-split.json';
import cluster16 from '../assets/examples/cluster-16-shared-storage.json';
import { loadProjectValue, type ProjectFile } from './project/projectFile';

/** The example projects shipped in assets/examples, by id. */
export const EXAMPLE_PROJECTS = {
  'dgx-a100-resnet50-nvme': dgxA100Nvme,
  'dgx-a100-resnet50-sata': dgxA100Sata,
  'dual-socket-pcie-split': dualSocket,
  'cluster-16-shared-storage': cluster16,
} as const;

/** Id of an example project. */
export type ExampleId = keyof typeof EXAMPLE_PROJECTS;

/** A validated copy of an example project (default: the 8-GPU DGX A100 training ResNet-50 that the app opens with). */
export function exampleProject(id: ExampleId = 'dgx-a100-resnet50-nvme'): ProjectFile {
  const r = loadProjectValue(JSON.parse(JSON.stringify(EXAMPLE_PROJECTS[id])) as unknown);
  if (!r.ok) throw new Error(`example ${id} is invalid: ${r.errors[0]?.path}: ${r.errors[0]?.message}`);
  return r.project;
}
