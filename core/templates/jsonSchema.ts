/**
 * The JSON Schema of a template file, generated from the zod schema so the two cannot drift
 * (published as assets/templates/schema/template.schema.json; a test keeps the file in step).
 */
import { z } from 'zod';
import { TEMPLATE_LIMITS, TemplateFileSchema } from './schema';

/** Where the published schema lives in the repository. */
export const TEMPLATE_JSON_SCHEMA_PATH = 'assets/templates/schema/template.schema.json';

/**
 * The template file's JSON Schema (draft 2020-12). Rules zod checks in code (count 1, plausible
 * totals, catalog ids) are described in the top-level description, since JSON Schema cannot express them.
 */
export function templateJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(TemplateFileSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    title: 'Trainwright server template',
    description:
      'A vendor or user server template: { format: "trainwright/template", version: 1, template }. Beyond this schema, ' +
      `Trainwright requires: serverType.count = 1; at most ${TEMPLATE_LIMITS.maxGpus} GPUs, ${TEMPLATE_LIMITS.maxComponents} parts and ${TEMPLATE_LIMITS.maxLinks} links; ` +
      'every component model a catalog id or alias; every link between existing components; a file of at most ' +
      `${TEMPLATE_LIMITS.maxTextLength / (1024 * 1024)} MiB nested at most ${TEMPLATE_LIMITS.maxDepth} levels.`,
  };
}

/** The schema as the published file's text. */
export function templateJsonSchemaText(): string {
  return `${JSON.stringify(templateJsonSchema(), null, 2)}\n`;
}
