import type { Design } from '../../../core';
import { formatNumber, formatUsd } from '../../lib/format';
import { useAppStore } from '../../store/AppStoreProvider';
import { ComingSoon, Panel } from '../shell/Panel';

const DATASET_LOCATIONS: Record<Design['run']['datasetLocation'], string> = {
  auto: 'Automatic',
  'page-cache': 'RAM (page cache)',
  local: 'Local drives',
  shared: 'Shared storage',
};

const PRECISIONS: Record<Design['run']['precision'], string> = {
  fp32: 'FP32',
  tf32: 'TF32',
  mixed: 'Mixed (FP16/BF16)',
  fp8: 'FP8',
};

function workloadName(design: Design): string {
  return typeof design.workload === 'string' ? design.workload : design.workload.name;
}

/** The right region: where the property inspector goes; until then the design's settings, read-only. */
export function InspectorPanel() {
  const design = useAppStore((state) => state.project.design);
  const { run, economics } = design;

  const rows: Array<[string, string]> = [
    ['Workload', workloadName(design)],
    ['Data', run.data === 'synthetic' ? 'Synthetic' : 'Real'],
    ['Dataset read from', DATASET_LOCATIONS[run.datasetLocation]],
    ['Decoding on', run.dataLoader === 'gpu' ? 'GPU' : 'CPU'],
    ['Precision', PRECISIONS[run.precision]],
    ['Software', run.software === 'ngc' ? 'NGC containers' : run.software === 'mlperf' ? 'MLPerf-tuned' : 'Stock framework'],
    ['Global batch', run.globalBatch === undefined ? 'Workload reference' : formatNumber(run.globalBatch)],
    ['Server MTBF', `${formatNumber(run.nodeMtbfHours)} h`],
    ['Amortization', `${formatNumber(economics.amortizationYears, 1)} years`],
    ['Electricity', `${formatUsd(economics.electricityUsdPerKWh)} / kWh`],
    ['PUE', formatNumber(economics.pue, 2)],
    ['Utilization', `${formatNumber(economics.utilizationPct)}%`],
  ];

  return (
    <Panel title="Inspector" area="inspector">
      <ComingSoon feature="Property inspector" release="planner release">
        Select a part on the canvas to edit its model, count and links.
      </ComingSoon>
      <h3 className="inspector__heading">Design settings</h3>
      <dl className="inspector__settings">
        {rows.map(([term, value]) => (
          <div key={term} className="inspector__row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </Panel>
  );
}
