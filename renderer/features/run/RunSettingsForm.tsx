import type { Draft } from 'immer';
import { RunSettingsSchema, type RunSettings, type SoftwareClass } from '../../../core';
import { formatNumber } from '../../lib/format';
import { useAppStore } from '../../store/AppStoreProvider';
import { CheckboxField } from './CheckboxField';
import { NumberField } from './NumberField';
import { ParallelLayoutSection } from './ParallelLayoutSection';
import { SelectField, type SelectChoice } from './SelectField';
import { setOptional } from './setOptional';
import { WorkloadField } from './WorkloadField';
import { designGpuCount, workloadOf } from './workloadChoice';
import './run.css';

const field = RunSettingsSchema.shape;

const DATASET_LOCATIONS: Array<SelectChoice<RunSettings['datasetLocation']>> = [
  { value: 'auto', label: 'Automatic (from the design)' },
  { value: 'page-cache', label: 'RAM (page cache)' },
  { value: 'local', label: 'Local drives' },
  { value: 'shared', label: 'Shared storage' },
];

const DATA: Array<SelectChoice<RunSettings['data']>> = [
  { value: 'real', label: 'Real dataset' },
  { value: 'synthetic', label: 'Synthetic (no storage or decoding)' },
];

const PRECISIONS: Array<SelectChoice<RunSettings['precision']>> = [
  { value: 'fp32', label: 'FP32' },
  { value: 'tf32', label: 'TF32' },
  { value: 'mixed', label: 'Mixed (FP16/BF16)' },
  { value: 'fp8', label: 'FP8' },
];

const SOFTWARE: Array<SelectChoice<SoftwareClass>> = [
  { value: 'stock', label: 'Stock framework' },
  { value: 'ngc', label: 'NGC containers' },
  { value: 'mlperf', label: 'MLPerf-tuned' },
];

/** One line on what each software class means for speed. */
const SOFTWARE_EXPLANATIONS: Record<SoftwareClass, string> = {
  stock: 'Framework from pip or conda with default settings: slowest, what most teams start with.',
  ngc: "NVIDIA's tuned containers (cuDNN, NCCL, DALI, AMP ready): the usual production stack.",
  mlperf: 'Hand-tuned MLPerf submission code (fused kernels, CUDA graphs): the fastest published.',
};

const CHECKPOINT_MODES: Array<SelectChoice<'sync' | 'async'>> = [
  { value: 'sync', label: 'Synchronous (blocks for the write)' },
  { value: 'async', label: 'Asynchronous (copy to host, write in background)' },
];

const DATA_LOADERS: Array<SelectChoice<RunSettings['dataLoader']>> = [
  { value: 'auto', label: 'As the software does (GPU with NGC/MLPerf on NVIDIA)' },
  { value: 'cpu', label: 'CPU decode' },
  { value: 'gpu', label: 'GPU decode (DALI-style)' },
];

/** The run settings of the open design, edited in place: workload, data path, precision, software, reliability. */
export function RunSettingsForm() {
  const design = useAppStore((state) => state.project.design);
  const updateDesign = useAppStore((state) => state.updateDesign);
  const { run } = design;
  const setRun = (recipe: (run: Draft<RunSettings>) => void) => updateDesign((d) => recipe(d.run));

  const workload = workloadOf(design.workload);
  const gpus = designGpuCount(design);
  const referenceBatch = workload && gpus > 0 ? workload.referenceBatchPerGpu * gpus : undefined;

  return (
    <form className="run-form" data-testid="run-settings-form" aria-label="Run settings" onSubmit={(event) => event.preventDefault()}>
      <fieldset className="run-form__section">
        <legend className="run-form__legend">Workload</legend>
        <WorkloadField />
        <SelectField label="Data" testId="run-data" value={run.data} choices={DATA} onChange={(v) => setRun((r) => void (r.data = v))} />
        <SelectField
          label="Dataset location"
          testId="run-dataset-location"
          value={run.datasetLocation}
          choices={DATASET_LOCATIONS}
          onChange={(v) => setRun((r) => void (r.datasetLocation = v))}
        />
        <NumberField
          label="Global batch"
          unit="samples"
          testId="run-global-batch"
          schema={field.globalBatch}
          value={run.globalBatch}
          emptyMeans={referenceBatch === undefined ? 'workload reference' : `reference: ${formatNumber(referenceBatch)}`}
          hint={
            workload
              ? `Empty: the workload's reference, ${formatNumber(workload.referenceBatchPerGpu)} per GPU × ${formatNumber(gpus)} GPUs.`
              : "Empty: the workload's reference batch per GPU × GPUs."
          }
          onCommit={(v) => setRun((r) => setOptional(r, 'globalBatch', v))}
        />
      </fieldset>

      <fieldset className="run-form__section">
        <legend className="run-form__legend">Training</legend>
        <SelectField label="Precision" testId="run-precision" value={run.precision} choices={PRECISIONS} onChange={(v) => setRun((r) => void (r.precision = v))} />
        <SelectField
          label="Software"
          testId="run-software"
          value={run.software}
          choices={SOFTWARE}
          hint={SOFTWARE_EXPLANATIONS[run.software]}
          onChange={(v) => setRun((r) => void (r.software = v))}
        />
        <SelectField label="Data loader" testId="run-data-loader" value={run.dataLoader} choices={DATA_LOADERS} onChange={(v) => setRun((r) => void (r.dataLoader = v))} />
        <NumberField
          label="Prefetch depth"
          unit="batches"
          testId="run-prefetch-depth"
          schema={field.prefetchDepth}
          value={run.prefetchDepth}
          hint="Batches buffered ahead of the GPU per pipeline stage."
          onCommit={(v) => setRun((r) => void (r.prefetchDepth = v ?? r.prefetchDepth))}
        />
        <NumberField
          label="Fixed epochs"
          unit="epochs"
          testId="run-epochs"
          schema={field.epochs}
          value={run.epochs}
          emptyMeans="to target"
          hint={workload ? `Empty: train until ${workload.qualityTarget}.` : 'Empty: train until the quality target.'}
          onCommit={(v) => setRun((r) => setOptional(r, 'epochs', v))}
        />
        <CheckboxField
          label="Count evaluation passes"
          testId="run-evaluation"
          checked={run.evaluation}
          onChange={(v) => setRun((r) => void (r.evaluation = v))}
        />
      </fieldset>

      <ParallelLayoutSection />

      <fieldset className="run-form__section">
        <legend className="run-form__legend">Failures and checkpoints</legend>
        <NumberField
          label="Server MTBF"
          unit="h"
          testId="run-node-mtbf"
          schema={field.nodeMtbfHours}
          value={run.nodeMtbfHours}
          hint="Mean time between failures of one server."
          onCommit={(v) => setRun((r) => void (r.nodeMtbfHours = v ?? r.nodeMtbfHours))}
        />
        <NumberField
          label="Restart time"
          unit="min"
          testId="run-restart-minutes"
          schema={field.restartMinutes}
          value={run.restartMinutes}
          hint="To detect a failure and restart the job."
          onCommit={(v) => setRun((r) => void (r.restartMinutes = v ?? r.restartMinutes))}
        />
        <NumberField
          label="Checkpoint interval"
          unit="min"
          testId="run-checkpoint-interval"
          schema={field.checkpointIntervalMinutes}
          value={run.checkpointIntervalMinutes}
          emptyMeans="Young/Daly optimum"
          hint="Empty: the Young/Daly interval for this MTBF and checkpoint size."
          onCommit={(v) => setRun((r) => setOptional(r, 'checkpointIntervalMinutes', v))}
        />
        <SelectField
          label="Checkpointing"
          testId="run-checkpoint-mode"
          value={run.checkpointMode ?? 'sync'}
          choices={CHECKPOINT_MODES}
          hint="Asynchronous: training waits only while the state is copied to host memory."
          onChange={(v) => setRun((r) => setOptional(r, 'checkpointMode', v === 'sync' ? undefined : v))}
        />
        <CheckboxField
          label="Elastic restart"
          testId="run-elastic"
          checked={run.elastic}
          hint="Continue on the surviving servers instead of restarting from the last checkpoint."
          onChange={(v) => setRun((r) => void (r.elastic = v))}
        />
      </fieldset>
    </form>
  );
}
