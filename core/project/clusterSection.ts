/**
 * The cluster-sharing what-if as a project keeps it: the scenario as the user edited it (kept exactly as
 * written, so saving and opening give the same file), where the cluster's servers come from, and whether
 * the comparison and the PDF proposal include its results. The results themselves are never saved: they
 * follow from the scenario (deterministic for its seed) and are simulated again when shown.
 */
import { z } from 'zod';
import { ClusterScenarioSchema, type ClusterScenarioInput } from '../cluster/scenarioSchema';

/** Where the cluster's GPU servers come from: the scenario's own cluster (a template x count), or the project's open design. */
export const ClusterSourceSchema = z.enum(['template', 'open-design']);
export type ClusterSource = z.infer<typeof ClusterSourceSchema>;

/**
 * A cluster scenario checked against the scenario file's schema (every problem with its JSON path) but
 * kept as written: the schema's defaults are filled in when it is simulated, not in the project file.
 */
const StoredClusterScenarioSchema = z.unknown().superRefine((value, ctx) => {
  const parsed = ClusterScenarioSchema.safeParse(value);
  if (parsed.success) return;
  for (const issue of parsed.error.issues) ctx.addIssue({ ...issue });
}).transform((value) => value as ClusterScenarioInput);

/** The project's cluster-sharing what-if. */
export const ProjectClusterSchema = z.object({
  scenario: StoredClusterScenarioSchema,
  /** Default `template`: the scenario's own `cluster`. */
  source: ClusterSourceSchema.optional(),
  /** Whether the comparison and the PDF proposal show the policies side by side; default no. */
  inProposal: z.boolean().optional(),
});
export type ProjectCluster = z.infer<typeof ProjectClusterSchema>;

/** The scenario to simulate: as saved, or with its cluster made from `openDesign` when the source says so. */
export function clusterScenarioToRun(scenario: ClusterScenarioInput, source: ClusterSource | undefined, openDesign: unknown): ClusterScenarioInput {
  if ((source ?? 'template') === 'template' || !openDesign) return scenario;
  const { template: _template, servers: _servers, ...rest } = scenario.cluster;
  return { ...scenario, cluster: { ...rest, design: openDesign } };
}

/** A project's saved what-if as the scenario to simulate (its open design for an `open-design` cluster); undefined when it has none. */
export function projectClusterScenario(project: { design: unknown; cluster?: ProjectCluster | undefined }): ClusterScenarioInput | undefined {
  return project.cluster ? clusterScenarioToRun(project.cluster.scenario, project.cluster.source, project.design) : undefined;
}
