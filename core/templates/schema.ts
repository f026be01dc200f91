/**
 * The vendor server template file: `{ format: 'trainwright/template', version: 1, template }`.
 * A template is one server type (a full topology in the design schema) plus what a buyer needs to
 * pick it: vendor, year, chassis, power, price, and for every value where it came from and how far
 * it can be trusted. Details a vendor does not publish are listed as assumptions, each tied to a field.
 */
import { z } from 'zod';
import { ServerTypeSchema } from '../model/design';
import { ChassisSchema, MAX_GPU_POSITIONS } from '../model/chassis';
import { ConfidenceSchema } from '../model/provenance';

/** Format tag of a template file. */
export const TEMPLATE_FORMAT = 'trainwright/template';

/** Version of the template file format this build reads and writes. */
export const TEMPLATE_VERSION = 1;

/** Limits that make a hostile or broken file fail fast instead of hanging the app. */
export const TEMPLATE_LIMITS = {
  /** Largest template file accepted, characters of JSON text (checked before parsing). */
  maxTextLength: 2 * 1024 * 1024,
  /** Deepest JSON nesting accepted (a real template nests about 6 levels). */
  maxDepth: 24,
  /** Most parts (component entries) in one template's server. */
  maxComponents: 512,
  /** Most links in one template's server. */
  maxLinks: 4096,
  /** Most GPUs in one server (the largest shipping chassis hold 16; rack-scale trays are split into nodes). */
  maxGpus: MAX_GPU_POSITIONS,
  /** Largest memory component, GB. */
  maxMemoryGB: 65_536,
  /** Largest single power supply, W. */
  maxPsuW: 20_000,
  /** Largest server power, W. */
  maxPowerW: 200_000,
  /** Largest server price, USD. */
  maxPriceUsd: 50_000_000,
  /** Tallest chassis, rack units. */
  maxRackUnits: 48,
} as const;

/** What a provenance entry or an assumption is about: the facets a gallery card shows. */
export const TemplateFieldSchema = z.enum([
  'gpus', 'gpuInterconnect', 'cpus', 'memory', 'storage', 'network', 'pcieTree', 'psus', 'maxPowerW', 'rackUnits', 'priceUsd', 'chassis', 'year',
]);
export type TemplateField = z.infer<typeof TemplateFieldSchema>;

/** Every field, in card order. */
export const TEMPLATE_FIELDS: readonly TemplateField[] = TemplateFieldSchema.options;

/** Where one field's value comes from. */
export const ValueProvenanceSchema = z.strictObject({
  /** Citations: datasheets, reviews, MLPerf system descriptions; at least one. */
  source: z.array(z.string().min(1).max(1000)).min(1).max(20),
  confidence: ConfidenceSchema,
  /** How the value was read or derived, when that is not obvious. */
  note: z.string().max(2000).optional(),
});
export type ValueProvenance = z.infer<typeof ValueProvenanceSchema>;

/** One detail that is not published and was assumed; shown as an assumption wherever the value appears. */
export const TemplateAssumptionSchema = z.strictObject({
  field: TemplateFieldSchema,
  /** What was assumed and why, e.g. "PCIe tree not published: assumed 4 PEX89144 switches, 2 GPUs and 2 NICs each". */
  text: z.string().min(1).max(2000),
});
export type TemplateAssumption = z.infer<typeof TemplateAssumptionSchema>;

export { ChassisSchema, GpuFormFactorSchema, PsuRedundancySchema, type Chassis, type GpuFormFactor, type PsuRedundancy } from '../model/chassis';

/** How the server is housed. */
export const FormFactorSchema = z.enum(['rack', 'tower']);
export type FormFactor = z.infer<typeof FormFactorSchema>;

const templateId = z
  .string()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9.+-]*$/, 'template ids are lower-case letters, digits, ".", "+" and "-"');

/** Every field's provenance: one entry per field of the card. */
const ProvenanceByFieldSchema = z.strictObject(
  Object.fromEntries(TEMPLATE_FIELDS.map((f) => [f, ValueProvenanceSchema])) as Record<TemplateField, typeof ValueProvenanceSchema>,
);

/** A vendor server template: the server type and everything the gallery and the checks need. */
export const TemplateSchema = z
  .strictObject({
    id: templateId,
    name: z.string().min(1).max(200),
    vendor: z.string().min(1).max(80),
    /** Year the system shipped (or was submitted), e.g. 2023. */
    year: z.number().int().min(2010).max(2040),
    formFactor: FormFactorSchema,
    /** Chassis height, rack units; null for a tower that is not rack-mounted. */
    rackUnits: z.number().positive().max(TEMPLATE_LIMITS.maxRackUnits).nullable(),
    /** Maximum system power the vendor quotes, W; null when not published (the engine estimates it from the parts). */
    maxPowerW: z.number().positive().max(TEMPLATE_LIMITS.maxPowerW).nullable(),
    /** Price of one server, USD; null when not published (capex then comes from the parts' catalog prices). */
    priceUsd: z.number().nonnegative().max(TEMPLATE_LIMITS.maxPriceUsd).nullable(),
    /** One sentence on what the system is and how it is built. */
    description: z.string().max(2000).optional(),
    chassis: ChassisSchema,
    provenance: ProvenanceByFieldSchema,
    /** Every detail that was assumed; an empty list means every value is published. */
    assumptions: z.array(TemplateAssumptionSchema).max(200),
    /** The server in the design schema (count 1). */
    serverType: ServerTypeSchema,
  })
  .superRefine((t, ctx) => {
    const st = t.serverType;
    const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path: ['serverType', ...path], message });
    if (st.count !== 1) issue(['count'], `a template describes one server: count must be 1, found ${st.count}`);
    if (st.chassis) issue(['chassis'], 'a template states its chassis once, in "chassis", not in its server type');
    if (st.components.length > TEMPLATE_LIMITS.maxComponents) issue(['components'], `${st.components.length} parts; a template holds at most ${TEMPLATE_LIMITS.maxComponents}`);
    if (st.links.length > TEMPLATE_LIMITS.maxLinks) issue(['links'], `${st.links.length} links; a template holds at most ${TEMPLATE_LIMITS.maxLinks}`);
    let gpus = 0;
    st.components.forEach((c, i) => {
      if (c.kind === 'gpu') gpus += c.count;
      if (c.capacityGB !== undefined && c.capacityGB > TEMPLATE_LIMITS.maxMemoryGB) issue(['components', i, 'capacityGB'], `${c.capacityGB} GB is more than the ${TEMPLATE_LIMITS.maxMemoryGB} GB a server can hold`);
      if (c.capacityW !== undefined && c.capacityW > TEMPLATE_LIMITS.maxPsuW) issue(['components', i, 'capacityW'], `${c.capacityW} W is more than any server PSU (${TEMPLATE_LIMITS.maxPsuW} W)`);
      if (c.priceUsd !== undefined && c.priceUsd > TEMPLATE_LIMITS.maxPriceUsd) issue(['components', i, 'priceUsd'], `$${c.priceUsd} is not a plausible part price`);
      if (c.redundantPsus !== undefined && c.redundantPsus >= c.count) issue(['components', i, 'redundantPsus'], `${c.redundantPsus} redundant of ${c.count} PSUs leaves none to carry the load`);
      if (c.count > 256 && c.kind !== 'memory') issue(['components', i, 'count'], `${c.count} x ${c.kind} in one server is not plausible`);
    });
    if (gpus > TEMPLATE_LIMITS.maxGpus) issue(['components'], `${gpus} GPUs in one server; at most ${TEMPLATE_LIMITS.maxGpus}`);
    if (st.priceUsd !== undefined && st.priceUsd > TEMPLATE_LIMITS.maxPriceUsd) issue(['priceUsd'], `$${st.priceUsd} is not a plausible server price`);
    if (st.rackUnits !== undefined && st.rackUnits > TEMPLATE_LIMITS.maxRackUnits) issue(['rackUnits'], `${st.rackUnits} U is taller than a rack`);
    if (st.basePowerW !== undefined && st.basePowerW > TEMPLATE_LIMITS.maxPowerW) issue(['basePowerW'], `${st.basePowerW} W is not plausible for one server`);
  });
export type Template = z.infer<typeof TemplateSchema>;
export type TemplateInput = z.input<typeof TemplateSchema>;

/** A template file as this version writes it. */
export const TemplateFileSchema = z.strictObject({
  format: z.literal(TEMPLATE_FORMAT),
  version: z.literal(TEMPLATE_VERSION),
  template: TemplateSchema,
});
export type TemplateFile = z.infer<typeof TemplateFileSchema>;
