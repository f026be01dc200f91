import type { z } from 'zod';
import type { InputError } from '../engineApi';
import { STORAGE_SYSTEM_FIELDS } from '../storage/system';

/** Formats a JSON path as `serverTypes[0].components[3].model`. */
export function formatPath(path: ReadonlyArray<PropertyKey>, prefix = ''): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

/** Containers of a design document, as the planner's screens name them. */
const PLACES: Record<string, string> = {
  fabric: 'Network fabric',
  sharedStorage: 'Shared storage',
  run: 'Run settings',
  economics: 'Costs',
  workload: 'Workload',
  proposal: 'Proposal',
  currency: 'currency',
  template: 'Template',
  serverType: 'its server',
  chassis: 'chassis',
  system: 'storage system',
};

/** Items of a list, numbered from 1 as a person counts them. */
const ITEMS: Record<string, string> = {
  serverTypes: 'Server type',
  components: 'part',
  links: 'link',
  scenarios: 'Scenario',
  cases: 'Case',
  jobs: 'Job',
  tenants: 'Tenant',
};

/** Units at the end of field names, as they are written after a value. */
const UNITS: Array<[RegExp, string]> = [
  [/Usd$/, ' (USD)'], [/GBps$/, ' (GB/s)'], [/Gbps$/, ' (Gb/s)'], [/GB$/, ' (GB)'], [/KWh$/, ' (kWh)'], [/KW$/, ' (kW)'],
  [/W$/, ' (W)'], [/Pct$/, ' (%)'], [/Hours$/, ' (hours)'], [/Minutes$/, ' (minutes)'], [/Seconds$/, ' (seconds)'],
];

/** Fields whose name does not read well split into words. */
const FIELD_NAMES: Record<string, string> = {
  perUsd: 'exchange rate (per USD)', pue: 'PUE', id: 'id',
  electricityUsdPerKWh: 'electricity price (USD/kWh)', colocationUsdPerKWMonth: 'colocation price (USD per kW-month)',
  supportPctPerYear: 'support (% of the hardware per year)', amortizationYears: 'amortization period (years)',
};

/** `nodeMtbfHours` -> `node MTBF (hours)`, `priceUsd` -> `price (USD)`; a storage system's fields by the inspector's labels. */
function fieldWords(key: string, parent: PropertyKey | undefined, inDesign: boolean): string {
  const storage = inDesign && parent === 'system' && Object.hasOwn(STORAGE_SYSTEM_FIELDS, key) ? STORAGE_SYSTEM_FIELDS[key as keyof typeof STORAGE_SYSTEM_FIELDS] : undefined;
  if (storage) return `${storage.label.replace(/^[A-Z][a-z]/, (m) => m.toLowerCase())}${storage.unit ? ` (${storage.unit})` : ''}`;
  if (FIELD_NAMES[key]) return FIELD_NAMES[key];
  let unit = '';
  let base = key;
  for (const [pattern, text] of UNITS) {
    if (pattern.test(base)) {
      base = base.replace(pattern, '');
      unit = text;
      break;
    }
  }
  const words = base.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().replace(/\b(mtbf|pue|pcie|nic|gpu|cpu|ram)\b/g, (w) => w.toUpperCase());
  return `${words}${unit}`;
}

/**
 * Where a path points, in the user's words: `serverTypes[0].components[2].count` ->
 * { place: 'Server type 1, part 3', field: 'the count' }.
 */
export function describePath(path: ReadonlyArray<PropertyKey>, subject = 'The design', placeNames: Readonly<Record<string, string>> = PLACES): { place: string; field: string } {
  const places: string[] = [];
  let field = '';
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const next = path[i + 1];
    if (key === 'design') continue;
    if (typeof key === 'string' && typeof next === 'number' && ITEMS[key]) {
      places.push(`${ITEMS[key]} ${next + 1}`);
      i++;
    } else if (typeof key === 'string' && placeNames[key] && i < path.length - 1) {
      places.push(placeNames[key]);
    } else if (typeof key === 'number') {
      field = field ? `${field} ${key + 1}` : `item ${key + 1}`;
    } else {
      field = `the ${fieldWords(String(key), path[i - 1], placeNames === PLACES)}`;
    }
  }
  const place = places.length ? places.join(', ') : subject;
  return { place: place.charAt(0).toUpperCase() + place.slice(1), field: field || 'it' };
}

type Issue = z.core.$ZodIssue;

function bound(value: unknown): string {
  return typeof value === 'number' || typeof value === 'bigint' ? Number(value).toLocaleString('en-US') : String(value);
}

/** zod's own wording, which `problem` rewrites; any other message was written for people by a schema. */
export const ZOD_DEFAULT_MESSAGE = /^(Too (big|small)|Invalid|Expected|Unrecognized)/;

/** What is wrong with the value, as the end of "the count ...". */
export function issueProblem(issue: Issue): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'must not be empty' : `must be at least ${bound(issue.minimum)} characters long`;
      if (issue.origin === 'array' || issue.origin === 'set') return `needs at least ${bound(issue.minimum)} entr${Number(issue.minimum) === 1 ? 'y' : 'ies'}`;
      return issue.inclusive === false ? `must be more than ${bound(issue.minimum)}` : `must be at least ${bound(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${bound(issue.maximum)} characters long`;
      if (issue.origin === 'array' || issue.origin === 'set') return `may have at most ${bound(issue.maximum)} entries`;
      return issue.inclusive === false ? `must be less than ${bound(issue.maximum)}` : `must be at most ${bound(issue.maximum)}`;
    case 'invalid_type':
      if (/received undefined/.test(issue.message)) return 'is missing';
      if (issue.expected === 'int') return 'must be a whole number';
      return `must be ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected === 'object' ? 'group of settings' : issue.expected}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `has fields the planner does not know: ${issue.keys.join(', ')}`;
    case 'not_multiple_of':
      return `must be a multiple of ${bound(issue.divisor)}`;
    case 'invalid_union':
      return 'is not in any of the accepted forms';
    default:
      // Custom checks and formats carry a message written for people (e.g. "a three-letter currency code").
      return issue.message.replace(/^Invalid input: /, '');
  }
}

/**
 * Turns zod issues into messages a person can act on ("Server type 1: the count must be at least 1"), each
 * with the JSON path as its detail (`serverTypes[0].count`).
 */
export function zodToInputErrors(error: z.ZodError, prefix = '', subject = 'The design', placeNames?: Readonly<Record<string, string>>): InputError[] {
  return error.issues.slice(0, 20).map((issue) => {
    const { place, field } = describePath(issue.path, subject, placeNames);
    // A schema's own message (a plausible range with its unit) says more than a rewritten bound.
    if (issue.code !== 'custom' && !ZOD_DEFAULT_MESSAGE.test(issue.message)) return { path: formatPath(issue.path, prefix), message: `${place}, ${field}: ${issue.message}` };
    return { path: formatPath(issue.path, prefix), message: `${place}: ${field} ${issueProblem(issue)}` };
  });
}

/** One input error as a line of text: the message, then its JSON path as the detail. */
export function formatInputError(error: InputError): string {
  return error.path && error.path !== '(root)' ? `${error.message} (at ${error.path})` : error.message;
}
