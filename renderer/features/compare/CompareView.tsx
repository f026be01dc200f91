import { useState } from 'react';
import type { BomConfidence } from '../../../core';
import { formatNumber, formatPercent, formatUsd } from '../../lib/format';
import { BOM_CONFIDENCE_LABELS } from '../bom/bomView';
import { getExportPlatform, type ExportPlatform } from '../../platform/exportPlatform';
import { useAppStore } from '../../store/AppStoreProvider';
import { utilizationRows } from '../results/chartData';
import { bomRows, bottleneckLabels, metricRows } from './compareRows';
import { bomCsv, comparisonCsv } from './csv';
import { CostPerModelChart, TimeToModelChart } from './ScenarioCharts';
import type { ScenarioEngine } from './scenarioEngine';
import { checkTargets, describeTargets, targetsOf, type TargetOutcome } from './scenarioResults';
import { TargetsForm } from './TargetsForm';
import { ProposalContentForm } from '../report/ProposalContentForm';
import { ClusterCompareSection } from '../cluster/ClusterCompareSection';
import { useScenarioResults } from './useScenarioResults';
import './compare.css';
import { CAUSES } from '../../../core';

const OUTCOME_MARK: Record<TargetOutcome, string> = { met: '✓ meets', missed: '✗ misses', unset: '' };

/** Props of the comparison (tests pass fakes). */
export interface CompareViewProps {
  engine?: ScenarioEngine;
  exportPlatform?: ExportPlatform;
}

/**
 * Every scenario side by side: headline metrics with the best value and the differences from the first
 * scenario marked, which scenarios meet the deadline and budget, utilization and bottleneck, time-to-model
 * and cost charts on shared axes, the bills of materials, and CSV export of the comparison and the BOMs.
 */
export function CompareView({ engine, exportPlatform = getExportPlatform() }: CompareViewProps) {
  const project = useAppStore((state) => state.project);
  const { results, pending, failure } = useScenarioResults(project, engine);
  const targets = targetsOf(project.proposal);
  const rows = metricRows(results);
  const bottlenecks = bottleneckLabels(results);
  const bom = bomRows(results);
  const [csvMessage, setCsvMessage] = useState<string | null>(null);
  const base = project.proposal?.title?.trim() || project.design.name;

  const saveCsv = async (text: string, name: string) => {
    const outcome = await exportPlatform.saveCsv(text, name);
    setCsvMessage(outcome.ok ? null : outcome.canceled ? null : outcome.error);
  };

  return (
    <div className="compare" data-testid="compare-view" aria-busy={pending}>
      <div className="compare__header">
        <h2 className="compare__title">Compare {results.length} scenarios</h2>
        <div className="compare__actions">
          <button type="button" className="button button--small" data-testid="export-comparison-csv" onClick={() => void saveCsv(comparisonCsv(results, targets), `${base} comparison.csv`)}>
            Comparison CSV
          </button>
          <button type="button" className="button button--small" data-testid="export-bom-csv" onClick={() => void saveCsv(bomCsv(results), `${base} bill of materials.csv`)}>
            BOM CSV
          </button>
        </div>
      </div>
      {csvMessage ? <p className="compare__error" role="alert">{csvMessage}</p> : null}
      {failure ? <p className="compare__error" role="alert">The engine failed: {failure}</p> : null}
      {results.length < 2 ? <p className="compare__hint">This project has one scenario. Use Duplicate above to make variants (more drives, another GPU, more servers) and compare them here.</p> : null}
      <TargetsForm />
      <ProposalContentForm />

      <div className="compare__scroll">
        <table className="compare-table" data-testid="compare-table">
          <thead>
            <tr>
              <th scope="col">Metric</th>
              {results.map((r) => (
                <th scope="col" key={r.id} className={r.active ? 'is-open' : undefined}>
                  {r.name}
                  {r.active ? <span className="compare-table__open"> (open)</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {describeTargets(targets) ? (
              <tr className="compare-table__targets" data-testid="compare-targets-row">
                <th scope="row">Meets {describeTargets(targets)}</th>
                {results.map((r) => {
                  const check = r.evaluation ? checkTargets(r.evaluation, targets) : null;
                  return (
                    <td key={r.id} data-testid="compare-target-cell" data-meets={check ? String(check.meetsAll) : undefined} className={check ? (check.meetsAll ? 'is-met' : 'is-missed') : undefined}>
                      {check ? [targets.deadlineHours !== undefined ? `${OUTCOME_MARK[check.deadline]} deadline` : '', targets.budgetUsd !== undefined ? `${OUTCOME_MARK[check.budget]} budget` : ''].filter(Boolean).join(' · ') : '…'}
                    </td>
                  );
                })}
              </tr>
            ) : null}
            {rows.map((row) => (
              <tr key={row.metric.key} data-metric={row.metric.key}>
                <th scope="row">{row.metric.label}</th>
                {row.cells.map((cell, i) => (
                  <td key={results[i]!.id} className={`${cell.best ? 'is-best' : ''}${cell.differs ? ' is-different' : ''}`} data-differs={cell.differs || undefined}>
                    <span className="compare-value">{cell.text}</span>
                    {cell.deltaPct !== null ? <span className={`compare-delta${cell.improves === true ? ' is-better' : cell.improves === false ? ' is-worse' : ''}`}>{` ${cell.deltaPct > 0 ? '+' : ''}${formatNumber(cell.deltaPct, 0)}%`}</span> : null}
                    {cell.rangeText ? <span className="compare-range">{cell.rangeText}</span> : null}
                  </td>
                ))}
              </tr>
            ))}
            <tr data-metric="bottleneck">
              <th scope="row">Bottleneck</th>
              {bottlenecks.map((label, i) => (
                <td key={results[i]!.id} className={i > 0 && label !== bottlenecks[0] ? 'is-different' : undefined}>{label}</td>
              ))}
            </tr>
            <tr data-metric="first-epoch-bottleneck">
              <th scope="row">First-epoch bottleneck (cold cache)</th>
              {results.map((r) => (
                <td key={r.id} data-testid="compare-first-epoch-bottleneck">{r.evaluation?.firstEpochBottleneck ? CAUSES[r.evaluation.firstEpochBottleneck.cause].label : '—'}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>

      <h3 className="compare__section">Utilization and bottleneck</h3>
      <div className="compare-cards">
        {results.map((r) => (
          <section key={r.id} className="compare-card" data-testid="compare-utilization">
            <h4>{r.name}</h4>
            {r.evaluation ? (
              <>
                <p className="compare-card__bottleneck">
                  <strong>{CAUSES[r.evaluation.bottleneck.cause].label}</strong> · GPUs busy {formatPercent(r.evaluation.gpuUtilization)}
                </p>
                <ul className="compare-bars">
                  {utilizationRows(r.evaluation, 5).rows.map((row) => (
                    <li key={row.id} title={`${row.label}: ${row.loadText}`}>
                      <span className="compare-bars__label">{row.label}</span>
                      <span className="compare-bars__track">
                        <span className={`compare-bars__fill${row.binding ? ' is-binding' : ''}`} style={{ width: `${Math.min(100, row.utilizationPct)}%` }} />
                      </span>
                      <span className="compare-bars__value">{formatPercent(row.utilizationPct / 100)}</span>
                    </li>
                  ))}
                </ul>
                <p className="compare-card__text">
                  {r.evaluation.bottleneck.explanation}
                  {r.evaluation.bottleneck.fix ? ` Fix: ${r.evaluation.bottleneck.fix}` : ''}
                </p>
              </>
            ) : (
              <p className="compare-card__text">{r.errors.length ? r.errors.join('; ') : 'Evaluating…'}</p>
            )}
          </section>
        ))}
      </div>

      <h3 className="compare__section">Time to model and cost, on shared axes</h3>
      <div className="compare-charts">
        <TimeToModelChart results={results} targets={targets} size={{ height: 220 }} />
        <CostPerModelChart results={results} targets={targets} size={{ height: 240 }} />
      </div>

      <h3 className="compare__section">Bills of materials</h3>
      <div className="compare__scroll">
        <table className="compare-table" data-testid="compare-bom">
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Price confidence</th>
              {results.map((r) => (
                <th scope="col" key={r.id}>{r.name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {bom.map((row) => (
              <tr key={`${row.group}|${row.item}`} className={row.differs ? 'is-different-row' : undefined} data-testid="compare-bom-row">
                <th scope="row">{row.item}<span className="compare-bom__group"> · {row.group}</span></th>
                <td>{BOM_CONFIDENCE_LABELS[row.confidence as BomConfidence] ?? row.confidence}</td>
                {row.counts.map((count, i) => (
                  <td key={results[i]!.id}>{count ? `${formatNumber(count)} · ${row.confidence === 'included' ? 'incl.' : formatUsd(row.totalsUsd[i] ?? NaN)}` : '—'}</td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>Hardware total</th>
              {results.map((r) => (
                <td key={r.id} data-testid="compare-bom-total">
                  {r.evaluation ? formatUsd(r.evaluation.cost.bomTotals.hardwareUsd) : '—'}
                  {r.evaluation && r.evaluation.cost.bomTotals.unpricedLines > 0 ? <span className="compare-bom__unpriced"> ({r.evaluation.cost.bomTotals.unpricedLines} without a price)</span> : null}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>

      <ClusterCompareSection />
    </div>
  );
}
