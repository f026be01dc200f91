import { ArrivalSchema, JobClassSchema, JobSizeSchema, TenantSchema, workloadOptions, type ClusterScenarioInput } from '../../../core';
import { CellNumber } from './CellNumber';
import { CellText } from './CellText';
import { tenantColor } from './clusterChartData';
import { useProjectCluster, useUpdateScenario } from './useProjectCluster';

type JobInput = ClusterScenarioInput['jobs'][number];
type SizeUnit = 'target' | 'epochs' | 'samples' | 'hours';

let workloads: ReturnType<typeof workloadOptions> | undefined;
const workloadChoices = () => (workloads ??= workloadOptions());
const job = JobClassSchema.shape;
const size = JobSizeSchema.shape;

function sizeUnit(j: JobInput): SizeUnit {
  const s = j.size ?? {};
  if (s.hours !== undefined) return 'hours';
  if (s.samples !== undefined) return 'samples';
  if (s.epochs !== undefined) return 'epochs';
  return 'target';
}

function uniqueId(base: string, used: readonly string[]): string {
  for (let i = 2; ; i++) if (!used.includes(`${base}-${i}`)) return `${base}-${i}`;
}

/** The tenants and their shares. */
function TenantsTable() {
  const tenants = useProjectCluster().scenario.tenants;
  const update = useUpdateScenario();
  return (
    <section className="cluster-card" aria-labelledby="cluster-tenants-title">
      <h3 id="cluster-tenants-title" className="cluster-card__title">Tenants and shares</h3>
      <table className="cluster-table" data-testid="cluster-tenants">
        <thead><tr><th>Tenant</th><th>Share %</th><th aria-label="Remove" /></tr></thead>
        <tbody>
          {tenants.map((t, i) => (
            <tr key={i}>
              <td>
                <span className="cluster-swatch" style={{ background: tenantColor(i) }} aria-hidden="true" />
                <CellText label={`Name of tenant ${t.id}`} value={t.name ?? t.id} onCommit={(v) => update((d) => { if (v === undefined) delete d.tenants[i]!.name; else d.tenants[i]!.name = v; })} />
              </td>
              <td><CellNumber label={`Share of tenant ${t.name ?? t.id}`} value={t.sharePct} schema={TenantSchema.shape.sharePct} onCommit={(v) => update((d) => { if (v !== undefined) d.tenants[i]!.sharePct = v; })} /></td>
              <td>
                <button type="button" className="cluster-icon-button" aria-label={`Remove tenant ${t.name ?? t.id}`} disabled={tenants.length <= 1}
                  onClick={() => update((d) => { d.tenants.splice(i, 1); d.jobs.forEach((j) => { if (j.tenant === t.id) j.tenant = d.tenants[0]!.id; }); })}>×</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="cluster-button cluster-button--small" onClick={() => update((d) => { const id = uniqueId('team', d.tenants.map((x) => x.id)); d.tenants.push({ id, name: id, sharePct: 10 }); })}>Add tenant</button>
    </section>
  );
}

function SizeCell({ j, i }: { j: JobInput; i: number }) {
  const update = useUpdateScenario();
  const unit = sizeUnit(j);
  const kind = j.kind ?? 'training';
  const units: SizeUnit[] = kind === 'training' ? ['target', 'epochs', 'samples'] : ['hours'];
  return (
    <span className="cluster-size">
      {unit !== 'target' ? (
        <CellNumber label={`Size of job class ${j.id} in ${unit}`} value={j.size?.[unit]} schema={size[unit]} onCommit={(v) => update((d) => { d.jobs[i]!.size = v === undefined ? {} : { [unit]: v }; })} />
      ) : null}
      <select className="cluster-cell cluster-cell--select" aria-label={`Size unit of job class ${j.id}`} value={unit}
        onChange={(e) => update((d) => {
          const u = e.target.value as SizeUnit;
          d.jobs[i]!.size = u === 'target' ? {} : { [u]: u === 'hours' ? 4 : u === 'epochs' ? 90 : 100_000_000 };
        })}>
        {units.map((u) => <option key={u} value={u}>{u === 'target' ? 'to target' : u}</option>)}
      </select>
    </span>
  );
}

/** One editable row of the workload mix. */
function JobRow({ j, i }: { j: JobInput; i: number }) {
  const tenants = useProjectCluster().scenario.tenants;
  const update = useUpdateScenario();
  const kind = j.kind ?? 'training';
  const set = (recipe: (d: JobInput) => void) => update((draft) => recipe(draft.jobs[i]!));
  const rate = j.arrival.ratePerHour;
  return (
    <tr data-testid={`cluster-job-${j.id}`}>
      <td><CellText label={`Name of job class ${j.id}`} value={j.name ?? j.id} onCommit={(v) => set((d) => { if (v === undefined) delete d.name; else d.name = v; })} /></td>
      <td>
        <select className="cluster-cell cluster-cell--select" aria-label={`Tenant of job class ${j.id}`} value={j.tenant} onChange={(e) => set((d) => { d.tenant = e.target.value; })}>
          {tenants.map((t) => <option key={t.id} value={t.id}>{t.name ?? t.id}</option>)}
        </select>
      </td>
      <td>
        <select className="cluster-cell cluster-cell--select" aria-label={`Kind of job class ${j.id}`} value={kind}
          onChange={(e) => set((d) => {
            const k = e.target.value as NonNullable<JobInput['kind']>;
            d.kind = k;
            if (k !== 'training') { delete d.elastic; delete d.workload; d.size = { hours: 4 }; }
            else { d.workload ??= 'resnet50-imagenet'; d.size = {}; }
            if (k === 'etl') { d.gpus = 0; d.cpuCores ??= 64; } else { d.gpus = Math.max(1, d.gpus ?? 1); delete d.cpuCores; }
          })}>
          <option value="training">training</option>
          <option value="interactive">interactive</option>
          <option value="etl">ETL (CPU)</option>
        </select>
      </td>
      <td>
        {kind === 'training' ? (
          <select className="cluster-cell cluster-cell--select cluster-cell--wide" aria-label={`Workload of job class ${j.id}`} value={typeof j.workload === 'string' ? j.workload : ''} onChange={(e) => set((d) => { d.workload = e.target.value; })}>
            {typeof j.workload === 'object' ? <option value="">{j.workload.name} (user)</option> : null}
            {workloadChoices().map((w) => <option key={w.id} value={w.id}>{w.name}</option>)}
          </select>
        ) : <span className="cluster-muted">{kind === 'etl' ? 'CPU cores' : 'holds GPUs'}</span>}
      </td>
      <td>
        {kind === 'etl'
          ? <CellNumber label={`CPU cores of job class ${j.id}`} value={j.cpuCores} schema={job.cpuCores} onCommit={(v) => set((d) => { if (v !== undefined) d.cpuCores = v; })} />
          : <CellNumber label={`GPUs of job class ${j.id}`} value={j.gpus} schema={job.gpus} onCommit={(v) => set((d) => { if (v !== undefined) d.gpus = v; })} />}
      </td>
      <td className="cluster-elastic">
        {kind === 'training' ? (
          <>
            <CellNumber label={`Elastic minimum GPUs of job class ${j.id}`} value={j.elastic?.minGpus} emptyMeans="static" schema={job.gpus}
              onCommit={(v) => set((d) => { if (v === undefined) delete d.elastic; else d.elastic = { minGpus: v, maxGpus: d.elastic?.maxGpus ?? Math.max(v, d.gpus ?? v) }; })} />
            <span aria-hidden="true">–</span>
            <CellNumber label={`Elastic maximum GPUs of job class ${j.id}`} value={j.elastic?.maxGpus} emptyMeans="" schema={job.gpus}
              onCommit={(v) => set((d) => { if (v === undefined) delete d.elastic; else d.elastic = { minGpus: d.elastic?.minGpus ?? Math.min(v, d.gpus ?? v), maxGpus: v }; })} />
          </>
        ) : null}
      </td>
      <td><CellNumber label={`Priority of job class ${j.id}`} value={j.priority ?? 0} schema={job.priority} onCommit={(v) => set((d) => { d.priority = v ?? 0; })} /></td>
      <td>
        {rate !== undefined
          ? <CellNumber label={`Arrivals per hour of job class ${j.id}`} value={rate} schema={ArrivalSchema.shape.ratePerHour} onCommit={(v) => set((d) => { if (v !== undefined) d.arrival = { ...d.arrival, ratePerHour: v }; })} />
          : <span className="cluster-muted" title={j.arrival.atHours?.join(', ')}>{j.arrival.atHours?.length ?? 0} fixed</span>}
      </td>
      <td><SizeCell j={j} i={i} /></td>
      <td><button type="button" className="cluster-icon-button" aria-label={`Remove job class ${j.id}`} onClick={() => update((d) => { d.jobs.splice(i, 1); })}>×</button></td>
    </tr>
  );
}

/** The workload mix: job classes with tenant, kind, workload, size, elasticity, priority and arrival rate; and the tenants. */
export function WorkloadMixEditor() {
  const jobs = useProjectCluster().scenario.jobs;
  const update = useUpdateScenario();
  return (
    <>
      <section className="cluster-card cluster-card--wide" aria-labelledby="cluster-mix-title">
        <h3 id="cluster-mix-title" className="cluster-card__title">Workload mix</h3>
        <div className="cluster-table-scroll">
          <table className="cluster-table" data-testid="cluster-mix">
            <thead>
              <tr><th>Job class</th><th>Tenant</th><th>Kind</th><th>Workload</th><th>GPUs</th><th>Elastic GPUs</th><th>Priority</th><th>Arrivals / h</th><th>Size</th><th aria-label="Remove" /></tr>
            </thead>
            <tbody>{jobs.map((j, i) => <JobRow key={i} j={j} i={i} />)}</tbody>
          </table>
        </div>
        <button type="button" className="cluster-button cluster-button--small" data-testid="cluster-add-job"
          onClick={() => update((d) => {
            const id = uniqueId('job', d.jobs.map((x) => x.id));
            d.jobs.push({ id, name: id, tenant: d.tenants[0]!.id, workload: 'resnet50-imagenet', gpus: 8, arrival: { ratePerHour: 0.2 }, size: { epochs: 90 } });
          })}>Add job class</button>
      </section>
      <TenantsTable />
    </>
  );
}
