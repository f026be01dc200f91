import { z } from 'zod';
import { DesignSchema } from '../model/design';

/** Most scenarios one project holds (the open one included). */
export const MAX_SCENARIOS = 32;

/** One design variant of a project that is not open: "Baseline", "NVMe upgrade", "Two nodes". */
export const ScenarioSchema = z.object({
  /** Unique within the project. */
  id: z.string().min(1).max(120),
  /** Name shown on the scenario tab, in the comparison and in the report. */
  name: z.string().min(1).max(200),
  design: DesignSchema,
});
export type Scenario = z.infer<typeof ScenarioSchema>;

/** What a budget is compared with: the purchase price (capex) or the cost of one trained model. */
export const BudgetBasisSchema = z.enum(['capex', 'per-model']);
export type BudgetBasis = z.infer<typeof BudgetBasisSchema>;

const text = z.string().max(200);

/** Details of the PDF proposal, and the targets the comparison checks each scenario against. */
export const ProposalSchema = z.object({
  /** Title on the cover; absent = "Training platform proposal". */
  title: text.optional(),
  /** Who the proposal is for. */
  customer: text.optional(),
  /** Who wrote it. */
  author: text.optional(),
  /** Date on the cover, `YYYY-MM-DD`; absent = the day the report is made. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD').optional(),
  /** The model must be trained within this many hours (time-to-model). */
  deadlineHours: z.number().positive().finite().max(1e6).optional(),
  /** Most the buyer will spend, USD, on the basis `budgetBasis`. */
  budgetUsd: z.number().positive().finite().max(1e12).optional(),
  /** What `budgetUsd` is compared with; absent = capex. */
  budgetBasis: BudgetBasisSchema.optional(),
  /** Executive summary written by the preparer; absent = the summary the planner writes from the results. */
  summary: z.string().max(4000).optional(),
  /** Logo on the cover: a PNG, JPEG or SVG image as a `data:` URL of at most 256 kB. */
  logoDataUrl: z.string().max(350_000).regex(/^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/=]+$/, 'expected a PNG, JPEG or SVG image').optional(),
  /** Ids of the scenarios the proposal includes (the open design is `active`); absent = all of them. */
  scenarioIds: z.array(z.string().min(1).max(120)).max(MAX_SCENARIOS).optional(),
});
export type Proposal = z.infer<typeof ProposalSchema>;
