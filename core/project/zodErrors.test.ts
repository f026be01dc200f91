import { describe, expect, it } from 'vitest';
import { DesignSchema } from '../model/design';
import { exampleProject } from '../examples';
import { loadProjectValue } from './projectFile';
import { describePath, zodToInputErrors } from './zodErrors';

import type { Design } from '../model/design';

/** Tests break documents on purpose: write any value into any field. */
const loose = (x: object) => x as Record<string, unknown>;

function errorsOf(mutate: (design: Design) => void) {
  const design = structuredClone(exampleProject().design);
  mutate(design);
  const parsed = DesignSchema.safeParse(design);
  if (parsed.success) throw new Error('expected the design to be refused');
  return zodToInputErrors(parsed.error);
}

describe('messages in the user\'s words', () => {
  it('names the server type and the field, with the JSON path as a detail', () => {
    const [error] = errorsOf((d) => (d.serverTypes[0]!.count = 0));
    expect(error).toEqual({ path: 'serverTypes[0].count', message: 'Server type 1: the count must be at least 1' });
  });
  it('numbers parts from 1 and spells out units', () => {
    const [error] = errorsOf((d) => (d.serverTypes[0]!.components[2]!.priceUsd = -5));
    expect(error!.message).toMatch(/^Server type 1, part 3, the price \(USD\): -5 USD is not plausible: expected between 0 and /);
    expect(error!.path).toBe('serverTypes[0].components[2].priceUsd');
  });
  it('names cost fields whose units do not split into words', () => {
    expect(errorsOf((d) => (d.economics.electricityUsdPerKWh = 1e308))[0]!.message).toMatch(/^Costs, the electricity price \(USD\/kWh\): 1e\+308 USD\/kWh is not plausible/);
    expect(errorsOf((d) => (d.economics.colocationUsdPerKWMonth = -1))[0]!.message).toMatch(/^Costs, the colocation price \(USD per kW-month\): /);
    expect(errorsOf((d) => (d.economics.amortizationYears = 0))[0]!.message).toMatch(/^Costs, the amortization period \(years\): /);
  });
  it('says what is missing and what kinds are allowed', () => {
    expect(errorsOf((d) => delete loose(d).name)[0]!.message).toBe('The design: the name is missing');
    expect(errorsOf((d) => (loose(d.fabric).protocol = 'token-ring'))[0]!.message).toBe('Network fabric: the protocol must be one of "infiniband", "ethernet"');
    expect(errorsOf((d) => (loose(d.run).nodeMtbfHours = 'soon'))[0]!.message).toBe('Run settings: the node MTBF (hours) must be a number');
  });
  it('words a project file\'s errors too, never as a developer log', () => {
    const project = structuredClone(exampleProject());
    project.design.serverTypes[0]!.count = 0;
    const r = loadProjectValue(project);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toEqual({ path: 'design.serverTypes[0].count', message: 'Server type 1: the count must be at least 1' });
    expect(r.errors[0]!.message).not.toMatch(/Too small|expected number|>=/);
  });
  it('describes nested places', () => {
    expect(describePath(['design', 'economics', 'currency', 'perUsd'])).toEqual({ place: 'Costs, currency', field: 'the exchange rate (per USD)' });
  });
});
