import { WorkloadSchema, type Workload } from '../../../core';
import { formatNumber } from '../../lib/format';
import { useAppStore } from '../../store/AppStoreProvider';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { TransformerFields } from './TransformerFields';
import { USER_DEFINED, userWorkloadFrom, workloadChoiceOf, workloadChoices } from './workloadChoice';

type NumericWorkloadKey = {
  [K in keyof Workload]-?: Workload[K] extends number ? K : never;
}[keyof Workload];

/** Editable figures of a user-defined workload: field, label, unit and test id suffix. */
const EDITABLE: ReadonlyArray<{ key: NumericWorkloadKey; label: string; unit: string; testId: string }> = [
  { key: 'datasetSamples', label: 'Training samples per epoch', unit: 'samples', testId: 'dataset-samples' },
  { key: 'storedBytesPerSample', label: 'Stored size per sample', unit: 'bytes', testId: 'stored-bytes' },
  { key: 'decodedBytesPerSample', label: 'Decoded size per sample', unit: 'bytes', testId: 'decoded-bytes' },
  { key: 'h2dBytesPerSample', label: 'Copied to GPU per sample', unit: 'bytes', testId: 'h2d-bytes' },
  { key: 'cpuCoreSecondsPerSample', label: 'CPU time per sample', unit: 'core-s', testId: 'cpu-seconds' },
  { key: 'trainFlopsPerSample', label: 'Training compute per sample', unit: 'FLOP', testId: 'train-flops' },
  { key: 'parameters', label: 'Parameters', unit: 'params', testId: 'parameters' },
  { key: 'gradientBytes', label: 'Gradients all-reduced per step', unit: 'bytes', testId: 'gradient-bytes' },
  { key: 'checkpointBytes', label: 'Checkpoint size', unit: 'bytes', testId: 'checkpoint-bytes' },
  { key: 'replicaMemoryGB', label: 'GPU memory per replica', unit: 'GB', testId: 'replica-memory' },
  { key: 'referenceBatchPerGpu', label: 'Reference batch per GPU', unit: 'samples', testId: 'reference-batch' },
];

/** Key figures of a workload in one line, e.g. "1,281,167 samples · 114.7 KB/sample · 24.6 GFLOP/sample · 25.6 M params". */
function summary(w: Workload): string {
  const t = w.transformer;
  if (t) {
    return [
      `${formatNumber(w.parameters / 1e9, 1)} B params`,
      `${formatNumber(t.layers)} layers × ${formatNumber(t.hiddenSize)} hidden`,
      `${formatNumber(t.seqLength)} tokens per sequence`,
      t.experts > 1 ? `${formatNumber(t.experts)} experts, top-${formatNumber(t.topK)}` : 'dense',
    ].join(' · ');
  }
  return [
    `${formatNumber(w.datasetSamples)} samples`,
    `${formatNumber(w.storedBytesPerSample / 1e3, 1)} KB/sample stored`,
    `${formatNumber(w.trainFlopsPerSample / 1e9, 1)} GFLOP/sample`,
    `${formatNumber(w.parameters / 1e6, 1)} M params`,
  ].join(' · ');
}

/** The workload picker: a catalog workload, or a user-defined one stored in the design with its figures editable. */
export function WorkloadField() {
  const workload = useAppStore((state) => state.project.design.workload);
  const updateDesign = useAppStore((state) => state.updateDesign);
  const choice = workloadChoiceOf(workload);

  const pick = (next: string) => {
    if (next === USER_DEFINED) {
      const copy = typeof workload === 'string' ? userWorkloadFrom(workload) : undefined;
      if (copy) updateDesign((design) => void (design.workload = copy));
      return;
    }
    updateDesign((design) => void (design.workload = next));
  };

  const editUserWorkload = (recipe: (w: Workload) => void) =>
    updateDesign((design) => {
      if (typeof design.workload !== 'string') recipe(design.workload);
    });

  return (
    <>
      <SelectField
        label="Workload"
        testId="run-workload"
        value={choice}
        choices={workloadChoices(choice)}
        onChange={pick}
        hint={typeof workload === 'string' ? 'Pick "User-defined" to edit a copy of this workload.' : undefined}
      />
      {typeof workload !== 'string' ? (
        <div className="run-user-workload" data-testid="run-user-workload">
          <p className="run-user-workload__note">
            User-defined workload stored in this design. Quality target: {workload.qualityTarget}. Its convergence curve (training needed at each
            batch) is kept from the workload it was made from.
          </p>
          <p className="run-user-workload__summary" data-testid="run-user-workload-summary">
            {summary(workload)}
          </p>
          {workload.transformer ? (
            <details className="run-user-workload__edit" open>
              <summary>Edit architecture</summary>
              <TransformerFields workload={{ ...workload, transformer: workload.transformer }} onChange={(next) => editUserWorkload((w) => void Object.assign(w, next))} />
            </details>
          ) : null}
          <details className="run-user-workload__edit">
            <summary>Edit figures</summary>
            <TextField label="Workload name" testId="run-workload-name" value={workload.name} onCommit={(name) => editUserWorkload((w) => void (w.name = name))} />
            {EDITABLE.map(({ key, label, unit, testId }) => (
              <NumberField
                key={key}
                label={label}
                unit={unit}
                testId={`run-workload-${testId}`}
                value={workload[key]}
                schema={WorkloadSchema.shape[key]}
                onCommit={(value) => {
                  if (value !== undefined) editUserWorkload((w) => void (w[key] = value));
                }}
                hint={key === 'cpuCoreSecondsPerSample' ? `At ${formatNumber(workload.cpuReferenceGHz, 2)} GHz, reading + decoding + augmenting.` : undefined}
              />
            ))}
          </details>
        </div>
      ) : null}
    </>
  );
}
