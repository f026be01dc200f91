import { describe, expect, it } from 'vitest';
import { DesignSchema } from './design';
import { RANGES } from './ranges';
import { exampleProject } from '../examples';

const exampleDesign = () => exampleProject().design;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary fields of a cloned design
type Loose = any;
const withChange = (edit: (d: Loose) => void) => {
  const d: Loose = structuredClone(exampleDesign());
  edit(d);
  return DesignSchema.safeParse(d);
};

describe('plausible ranges', () => {
  it('every range has a unit, a basis and min < max', () => {
    for (const [name, r] of Object.entries(RANGES)) {
      expect(r.min, name).toBeLessThan(r.max);
      expect(r.unit.length, name).toBeGreaterThan(0);
      expect(r.basis.length, name).toBeGreaterThan(10);
    }
  });

  it.each([
    ['economics.amortizationYears', (d: Loose) => (d.economics.amortizationYears = 5e-324), /5e-324 years is not plausible: expected between 0\.25 and 30 years/],
    ['economics.electricityUsdPerKWh', (d: Loose) => (d.economics.electricityUsdPerKWh = 1e308), /1e\+308 USD\/kWh is not plausible/],
    ['run.nodeMtbfHours', (d: Loose) => (d.run = { ...d.run, nodeMtbfHours: 5e-324 }), /not plausible: expected between 1 and 1e\+7 hours/],
    ['run.epochs', (d: Loose) => (d.run = { ...d.run, epochs: 1e308 }), /epochs is not plausible/],
    ['serverTypes[0].priceUsd', (d: Loose) => (d.serverTypes[0].priceUsd = 1e308), /USD is not plausible/],
    ['serverTypes[0].links[0].bandwidthGBps', (d: Loose) => (d.serverTypes[0].links[0].bandwidthGBps = 5e-324), /GB\/s is not plausible: expected between 0\.1 and 2000 GB\/s/],
  ])('refuses an absurd %s with its path and unit', (path, edit, message) => {
    const r = withChange(edit);
    expect(r.success).toBe(false);
    const issue = r.error!.issues[0]!;
    expect(issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '').replace(/\.\[/g, '[')).toBe(path);
    expect(issue.message).toMatch(message);
  });

  it('refuses a PCIe link above 512 GB/s, duplicate link ids and duplicate server-type ids', () => {
    const pcie = withChange((d) => {
      const link = d.serverTypes[0].links.find((l: Loose) => l.kind === 'pcie');
      link.bandwidthGBps = 600;
    });
    expect(pcie.error?.issues[0]?.message).toMatch(/600 GB\/s is not plausible for a PCIe link: expected between 0\.1 and 512 GB\/s/);
    const links = withChange((d) => (d.serverTypes[0].links[1].id = d.serverTypes[0].links[0].id));
    expect(links.error?.issues[0]).toMatchObject({ path: ['serverTypes', 0, 'links', 1, 'id'], message: expect.stringMatching(/link id ".+" is already used by links\[0\]/) });
    const servers = withChange((d) => d.serverTypes.push(structuredClone(d.serverTypes[0])));
    expect(servers.error?.issues[0]).toMatchObject({ path: ['serverTypes', 1, 'id'], message: expect.stringMatching(/server type id ".+" is already used by serverTypes\[0\]/) });
  });
});
