/**
 * Reading template files written by people or other tools: size and depth limits before anything is
 * parsed, the envelope, the schema, then the catalog (every part must name a known model and every
 * link two existing parts). Never throws on bad input: each error names the JSON path.
 */
import type { InputError } from '../engineApi';
import { parseBoundedJson, tooDeepPath } from '../project/jsonDepth';
import { resolveServer } from '../engine/normalize';
import { formatInputError, zodToInputErrors } from '../project/zodErrors';
import { TEMPLATE_FORMAT, TEMPLATE_LIMITS, TEMPLATE_VERSION, TemplateFileSchema, type Template, type TemplateFile } from './schema';

/** Outcome of reading one template file. */
export type LoadTemplateResult = { ok: true; template: Template } | { ok: false; errors: InputError[] };

const fail = (path: string, message: string): LoadTemplateResult => ({ ok: false, errors: [{ path, message }] });


/** Parses JSON text under the template limits: refuses oversized text before parsing and deep nesting after. */
export function parseLimitedJson(text: string, maxTextLength: number = TEMPLATE_LIMITS.maxTextLength): { ok: true; value: unknown } | { ok: false; errors: InputError[] } {
  if (text.length > maxTextLength) {
    return { ok: false, errors: [{ path: '(root)', message: `file is ${(text.length / 1e6).toFixed(1)} MB; the limit is ${(maxTextLength / 1e6).toFixed(1)} MB` }] };
  }
  const parsed = parseBoundedJson(text, { maxDepth: TEMPLATE_LIMITS.maxDepth, maxItems: TEMPLATE_LIMITS.maxLinks * 4 });
  if (!parsed.ok) return parsed;
  const deep = tooDeepPath(parsed.value, TEMPLATE_LIMITS.maxDepth);
  return deep ? { ok: false, errors: [{ path: deep, message: `nesting deeper than ${TEMPLATE_LIMITS.maxDepth} levels` }] } : parsed;
}

/** Reads a template file's text: limits, JSON, envelope, schema and catalog. */
export function loadTemplateText(text: string): LoadTemplateResult {
  const parsed = parseLimitedJson(text);
  if (!parsed.ok) return parsed;
  return loadTemplateValue(parsed.value);
}

/** Checks an already-parsed template file value (envelope, schema, catalog ids, link ends). */
export function loadTemplateValue(raw: unknown): LoadTemplateResult {
  const deep = tooDeepPath(raw, TEMPLATE_LIMITS.maxDepth);
  if (deep) return fail(deep, `nesting deeper than ${TEMPLATE_LIMITS.maxDepth} levels`);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fail('(root)', `expected a JSON object with "format": "${TEMPLATE_FORMAT}"`);
  const envelope = raw as Record<string, unknown>;
  if (envelope.format !== TEMPLATE_FORMAT) return fail('format', `expected "${TEMPLATE_FORMAT}", found ${JSON.stringify(envelope.format) ?? 'nothing'}`);
  if (typeof envelope.version === 'number' && Number.isInteger(envelope.version) && envelope.version > TEMPLATE_VERSION) {
    return fail('version', `the file is template version ${envelope.version}; this version of Trainwright reads up to ${TEMPLATE_VERSION}: update the app`);
  }
  const result = TemplateFileSchema.safeParse(raw);
  if (!result.success) {
    return { ok: false, errors: zodToInputErrors(result.error) };
  }
  const catalogErrors = catalogProblems(result.data);
  if (catalogErrors.length) return { ok: false, errors: catalogErrors };
  return { ok: true, template: result.data.template };
}

/** Parts that name no catalog model, duplicate ids and links to missing parts, with paths inside the file. */
function catalogProblems(file: TemplateFile): InputError[] {
  const errors: InputError[] = [];
  resolveServer(file.template.serverType, 0, errors);
  // resolveServer reports design paths (serverTypes[0].…); a template file holds the server at template.serverType.
  return errors.slice(0, 20).map((e) => ({ path: e.path.replace(/^serverTypes\[0\]/, 'template.serverType'), message: e.message }));
}

/** Wraps a template in the current envelope. */
export function toTemplateFile(template: Template): TemplateFile {
  return { format: TEMPLATE_FORMAT, version: TEMPLATE_VERSION, template };
}

/** Serializes a template for saving or export (stable, pretty-printed). */
export function serializeTemplate(template: Template): string {
  return `${JSON.stringify(toTemplateFile(template), null, 2)}\n`;
}

/** One-line form of errors for CLIs and notices: `message (at path); message (at path)`. */
export function formatErrors(errors: readonly InputError[]): string {
  return errors.map(formatInputError).join('; ');
}
