import { Cell, Pie, PieChart, Tooltip } from 'recharts';
import type { Evaluation } from '../../../core';
import { formatPercent } from '../../lib/format';
import { idleSlices, type IdleSlice } from './chartData';
import { IDLE_COLORS } from './chartTheme';

function SliceTooltip({ active, payload }: { active?: boolean; payload?: ReadonlyArray<{ payload?: IdleSlice }> }) {
  const slice = active ? payload?.[0]?.payload : undefined;
  if (!slice) return null;
  return (
    <div className="results-tooltip">
      <strong>{slice.label}</strong>
      <div>{formatPercent(slice.pct / 100)} of each step</div>
    </div>
  );
}

/** How each GPU spends a training step: busy, and waiting by cause (percent of the step). */
export function GpuIdleChart({ evaluation }: { evaluation: Evaluation }) {
  const slices = idleSlices(evaluation);
  const idlePct = slices.filter((s) => s.key !== 'busy').reduce((sum, s) => sum + s.pct, 0);
  return (
    <figure className="results-chart results-chart--idle" data-testid="chart-gpu-idle">
      <div className="results-chart__donut">
        <PieChart responsive style={{ width: '100%', height: '100%' }}>
          <Pie data={slices} dataKey="pct" nameKey="label" innerRadius="58%" outerRadius="92%" startAngle={90} endAngle={-270} stroke="#ffffff" isAnimationActive={false}>
            {slices.map((slice) => (
              <Cell key={slice.key} fill={IDLE_COLORS[slice.key]} />
            ))}
          </Pie>
          <Tooltip content={<SliceTooltip />} isAnimationActive={false} />
        </PieChart>
      </div>
      <div className="results-idle">
        <p className="results-idle__heading">
          Share of each training step, per GPU: idle {formatPercent(idlePct / 100)}
        </p>
        <ul className="results-legend" data-testid="gpu-idle-legend">
          {slices.map((slice) => (
            <li key={slice.key} data-key={slice.key}>
              <span className="results-swatch" style={{ background: IDLE_COLORS[slice.key] }} aria-hidden="true" />
              <span className="results-legend__label">{slice.label}</span>
              <span className="results-legend__value">{formatPercent(slice.pct / 100)}</span>
            </li>
          ))}
        </ul>
      </div>
    </figure>
  );
}
