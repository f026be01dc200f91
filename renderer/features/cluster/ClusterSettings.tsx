import { ClusterScenarioSchema, ClusterSpecSchema, FailureSpecSchema, shippedTemplates, type ClusterScenarioInput, type PolicySpec } from '../../../core';
import { CellNumber } from './CellNumber';
import type { ClusterSource } from './clusterStore';
import { useProjectCluster, useUpdateCluster, useUpdateScenario } from './useProjectCluster';

// Loaded when the view first opens, not when the app starts (the library validates 27 files).
let gpuTemplates: ReturnType<typeof shippedTemplates> | undefined;
const templates = () => (gpuTemplates ??= shippedTemplates().filter((t) => t.serverType.components.some((c) => c.kind === 'gpu')));
const cluster = ClusterSpecSchema.shape;
const scenarioShape = ClusterScenarioSchema.shape;

/** The policy variants the view offers, in the order they are compared. */
export const POLICY_CHOICES: ReadonlyArray<{ key: string; label: string; spec: PolicySpec }> = [
  { key: 'static-fifo', label: 'Static gang, FIFO', spec: { policy: 'static-fifo', placement: 'topology' } },
  { key: 'static-priority-backfill', label: 'Static gang, priority + backfill', spec: { policy: 'static-priority-backfill', placement: 'topology' } },
  { key: 'elastic', label: 'Elastic, topology-aware', spec: { policy: 'elastic', placement: 'topology' } },
  { key: 'elastic-spread', label: 'Elastic, topology-unaware (spread)', spec: { policy: 'elastic', placement: 'spread' } },
];

function policyKey(p: NonNullable<ClusterScenarioInput['policies']>[number]): string {
  return `${p.policy}${p.placement === 'spread' ? '-spread' : ''}`;
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <label className="cluster-field">
      <span className="cluster-field__label">{label}</span>
      {children}
    </label>
  );
}

/** The cluster (template and count, or the open design), leaves and uplinks, horizon, failures, seed and the policies to compare. */
export function ClusterSettings() {
  const projectCluster = useProjectCluster();
  const scenario = projectCluster.scenario;
  const source = projectCluster.source ?? 'template';
  const updateCluster = useUpdateCluster();
  const setSource = (next: ClusterSource) => updateCluster((d) => { d.source = next; });
  const update = useUpdateScenario();
  const c = scenario.cluster;
  const chosen = new Set((scenario.policies ?? POLICY_CHOICES.map((p) => p.spec)).map(policyKey));
  return (
    <section className="cluster-card" aria-labelledby="cluster-settings-title">
      <h3 id="cluster-settings-title" className="cluster-card__title">Cluster</h3>
      <div className="cluster-fields">
        <Field label="Servers from">
          <select className="cluster-cell cluster-cell--select" data-testid="cluster-source" value={source} onChange={(e) => setSource(e.target.value as ClusterSource)}>
            <option value="template">a server template</option>
            <option value="open-design">the open design</option>
          </select>
        </Field>
        {source === 'template' ? (
          <>
            <Field label="Template">
              <select className="cluster-cell cluster-cell--select cluster-cell--wide" value={c.template ?? ''} onChange={(e) => update((d) => { d.cluster.template = e.target.value; })}>
                {templates().map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
              </select>
            </Field>
            <Field label="Servers"><CellNumber label="Servers" value={c.servers} schema={cluster.servers} onCommit={(v) => update((d) => { if (v !== undefined) d.cluster.servers = v; })} testId="cluster-servers" /></Field>
          </>
        ) : null}
        <Field label="Servers per leaf switch"><CellNumber label="Servers per leaf switch" value={c.serversPerLeaf} emptyMeans="32" schema={cluster.serversPerLeaf} onCommit={(v) => update((d) => { d.cluster.serversPerLeaf = v; })} /></Field>
        <Field label="Uplink oversubscription (:1)"><CellNumber label="Uplink oversubscription" value={c.oversubscription} emptyMeans="design's" schema={cluster.oversubscription} onCommit={(v) => update((d) => { d.cluster.oversubscription = v; })} /></Field>
        <Field label="Arrivals over (h)"><CellNumber label="Arrival horizon in hours" value={scenario.horizonHours} schema={scenarioShape.horizonHours} onCommit={(v) => update((d) => { if (v !== undefined) d.horizonHours = v; })} testId="cluster-horizon" /></Field>
        <Field label="Node MTBF (h)"><CellNumber label="Node MTBF in hours" value={scenario.failures?.nodeMtbfHours} emptyMeans="design's" schema={FailureSpecSchema.shape.nodeMtbfHours} onCommit={(v) => update((d) => { d.failures = { ...d.failures, nodeMtbfHours: v }; })} /></Field>
        <Field label="Seed"><CellNumber label="Seed" value={scenario.seed} emptyMeans="1" schema={scenarioShape.seed} onCommit={(v) => update((d) => { d.seed = v; })} /></Field>
        <label className="cluster-check">
          <input type="checkbox" checked={scenario.failures?.enabled ?? true} onChange={(e) => update((d) => { d.failures = { ...d.failures, enabled: e.target.checked }; })} /> Node failures
        </label>
      </div>
      <fieldset className="cluster-policies">
        <legend>Policies to compare</legend>
        {POLICY_CHOICES.map((p) => (
          <label key={p.key} className="cluster-check">
            <input type="checkbox" checked={chosen.has(p.key)} disabled={chosen.has(p.key) && chosen.size === 1}
              onChange={(e) => update((d) => {
                const next = new Set(chosen);
                if (e.target.checked) next.add(p.key);
                else next.delete(p.key);
                d.policies = POLICY_CHOICES.filter((x) => next.has(x.key)).map((x) => ({ ...x.spec }));
              })} /> {p.label}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
