import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleProject } from '../examples';
import { loadProjectValue, type ProjectFile } from './projectFile';
import { MAX_SCENARIOS } from './scenarioSchema';
import { copyName, deleteScenario, duplicateActiveScenario, listScenarios, normalizeScenarios, renameScenario, switchScenario } from './scenarios';

const base = () => exampleProject('dgx-a100-resnet50-nvme');
const sata = () => exampleProject('dgx-a100-resnet50-sata').design;
const names = (p: ProjectFile) => listScenarios(p).map((s) => `${s.name}${s.active ? '*' : ''}`);

/** Three scenarios: A (NVMe), B (SATA, open), C (NVMe again). */
function threeScenarios(): ProjectFile {
  let p = renameScenario(base(), 'scenario-1', 'A');
  p = duplicateActiveScenario(p, 'B');
  p = { ...p, design: sata() };
  p = duplicateActiveScenario(p, 'C');
  p = { ...p, design: base().design };
  return switchScenario(p, listScenarios(p)[1]!.id);
}

describe('scenario operations', () => {
  it('keeps one name per scenario: tab, design and file agree after rename, duplicate, switch and load', () => {
    const p = threeScenarios();
    for (const s of listScenarios(p)) expect(s.design.name).toBe(s.name);
    const renamed = renameScenario(p, p.activeScenarioId!, 'SATA variant');
    expect(renamed.design.name).toBe('SATA variant');
    expect(listScenarios(renamed).find((s) => s.active)!.name).toBe('SATA variant');
    const loaded = loadProjectValue(JSON.parse(JSON.stringify({ ...p, design: { ...p.design, name: 'old design name' } })));
    expect(loaded.ok && loaded.project.design.name).toBe('B');
  });

  it('duplicates the open scenario right after it and opens the copy, leaving the original as it was', () => {
    const p0 = base();
    const p1 = duplicateActiveScenario(p0);
    expect(names(p1)).toEqual([p0.design.name, `${p0.design.name} (copy)*`]);
    // One name per scenario: the copy's design carries the copy's name, the rest of it is the original's.
    expect(p1.design).toEqual({ ...p0.design, name: `${p0.design.name} (copy)` });
    expect(p1.design.serverTypes).toBe(p0.design.serverTypes);
    const edited = { ...p1, design: { ...p1.design, name: 'edited copy' } };
    expect(listScenarios(edited)[0]!.design.name).toBe(p0.design.name);
  });

  it('switches by swapping designs, keeping the tab order', () => {
    const p = threeScenarios();
    expect(names(p)).toEqual(['A', 'B*', 'C']);
    expect(p.design.name).toBe('B');
    expect(p.design.serverTypes).toEqual(sata().serverTypes);
    const toC = switchScenario(p, listScenarios(p)[2]!.id);
    expect(names(toC)).toEqual(['A', 'B', 'C*']);
    expect(toC.design.name).toBe('C');
    // B's design travelled into the list unchanged.
    expect(listScenarios(toC)[1]!.design).toBe(p.design);
    expect(switchScenario(toC, listScenarios(p)[1]!.id)).toEqual(p);
  });

  it('returns the same object for a no-op, so undo records no empty step', () => {
    const p = threeScenarios();
    const open = p.activeScenarioId!;
    expect(switchScenario(p, open)).toBe(p);
    expect(switchScenario(p, 'nope')).toBe(p);
    expect(renameScenario(p, open, 'B')).toBe(p);
    expect(renameScenario(p, open, '   ')).toBe(p);
    expect(deleteScenario(p, 'nope')).toBe(p);
    const single = base();
    expect(deleteScenario(single, single.activeScenarioId!)).toBe(single);
  });

  it('renames any scenario, trimmed', () => {
    const p = threeScenarios();
    const c = listScenarios(p)[2]!;
    expect(names(renameScenario(p, c.id, '  Cheaper  '))).toEqual(['A', 'B*', 'Cheaper']);
  });

  it('deletes the open scenario by opening its right neighbour, or the left one at the end', () => {
    const p = threeScenarios();
    const [a, b, c] = listScenarios(p);
    const withoutB = deleteScenario(p, b!.id);
    expect(names(withoutB)).toEqual(['A', 'C*']);
    expect(withoutB.design).toBe(c!.design);
    const atEnd = switchScenario(p, c!.id);
    expect(names(deleteScenario(atEnd, c!.id))).toEqual(['A', 'B*']);
    expect(names(deleteScenario(p, a!.id))).toEqual(['B*', 'C']);
  });

  it('names copies without stacking "(copy)"', () => {
    expect(copyName('Rig', [])).toBe('Rig (copy)');
    expect(copyName('Rig (copy)', ['Rig', 'Rig (copy)'])).toBe('Rig (copy 2)');
    expect(copyName('Rig', ['Rig (copy)', 'Rig (copy 2)'])).toBe('Rig (copy 3)');
  });

  it('stops at the scenario limit', () => {
    let p = base();
    for (let i = 0; i < MAX_SCENARIOS + 3; i++) p = duplicateActiveScenario(p);
    expect(listScenarios(p)).toHaveLength(MAX_SCENARIOS);
  });

  it('fills the scenario fields of a project built from one design', () => {
    const { activeScenarioId: _a, activeScenarioName: _n, activeScenarioIndex: _i, scenarios: _s, proposal: _p, ...bare } = base();
    expect(normalizeScenarios(bare)).toMatchObject({ activeScenarioId: 'scenario-1', activeScenarioName: bare.design.name, activeScenarioIndex: 0, scenarios: [], proposal: {} });
  });

  it('keeps a valid project through any sequence of operations: one open scenario, unique ids, the open design in `design`', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('duplicate' as const) }),
      fc.record({ kind: fc.constant('switch' as const), at: fc.nat(40) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(40) }),
      fc.record({ kind: fc.constant('rename' as const), at: fc.nat(40), name: fc.string({ maxLength: 12 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        let p = base();
        for (const o of ops) {
          const all = listScenarios(p);
          const target = 'at' in o ? all[o.at % all.length]!.id : '';
          if (o.kind === 'duplicate') p = duplicateActiveScenario(p);
          else if (o.kind === 'switch') p = switchScenario(p, target);
          else if (o.kind === 'delete') p = deleteScenario(p, target);
          else p = renameScenario(p, target, o.name);
        }
        const all = listScenarios(p);
        expect(all.filter((s) => s.active)).toHaveLength(1);
        expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
        expect(all.find((s) => s.active)!.design).toBe(p.design);
        expect(loadProjectValue(JSON.parse(JSON.stringify(p))).ok).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
