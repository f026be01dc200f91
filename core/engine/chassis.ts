/**
 * Chassis limits: the parts of a server against what its chassis takes (GPU packages and positions, card
 * width, x16 slots, drive bays, DIMM slots and the largest DIMM, PSU bays and redundancy scheme). One set of rules for a template's own server
 * (core/templates/checks.ts) and for a server type on the canvas that carries its template's chassis
 * (the engine's topology checks, so the editor's badges show them). Every part beyond a limit gets the
 * error on itself, and the message names the numbers.
 */
import { z } from 'zod';
import widthsFile from '../../assets/templates/data/gpu-card-widths.json';
import type { Chassis, PsuRedundancy } from '../model/chassis';
import { ConfidenceSchema } from '../model/provenance';
import type { Part, ResolvedServer } from './resolved';
import type { Issue } from './result';

const CardWidthsSchema = z.object({
  format: z.literal('trainwright/gpu-card-widths'),
  version: z.literal(1),
  widths: z.array(z.object({ gpu: z.string().min(1), slots: z.number().int().min(1).max(4), source: z.array(z.string()).min(1), confidence: ConfidenceSchema })),
});

let cardWidths: Map<string, number> | undefined;

/** Width of a PCIe GPU's reference card, slots (assets/templates/data/gpu-card-widths.json); undefined when unknown. */
export function gpuCardWidthSlots(gpuId: string): number | undefined {
  cardWidths ??= new Map(CardWidthsSchema.parse(widthsFile).widths.map((w) => [w.gpu, w.slots]));
  return cardWidths.get(gpuId);
}

/** Redundant supplies a scheme implies for `count` PSUs. */
export function redundantPsusFor(scheme: PsuRedundancy, count: number): number {
  switch (scheme) {
    case 'none':
      return 0;
    case 'N+1':
      return 1;
    case 'N+2':
      return 2;
    case 'N+N':
      return Math.floor(count / 2);
  }
}

/** A number as the user reads it (thousands separated). */
const num = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 1 });

/** Where an issue about a component sits: its path and ids. */
export type IssuePlace = (componentId: string) => Pick<Issue, 'path' | 'serverTypeId' | 'componentId'>;

/** One issue per component among `beyond` (a component of several identical parts gets it once). */
function onEach(beyond: readonly Part[], place: IssuePlace, issue: Pick<Issue, 'severity' | 'code' | 'message'>): Issue[] {
  return [...new Set(beyond.map((p) => p.componentId))].map((componentId) => ({ ...issue, ...place(componentId) }));
}

/** The parts of `server` against `chassis`: each part beyond a limit carries the error. */
export function chassisFindings(server: ResolvedServer, chassis: Chassis, place: IssuePlace): Issue[] {
  const issues: Issue[] = [];
  const name = server.type.name;
  const wrongPackage = server.gpus.filter((g) => !chassis.gpuFormFactors.includes(g.gpu!.formFactor));
  if (wrongPackage.length) {
    const g = wrongPackage[0]!;
    issues.push(...onEach(wrongPackage, place, { severity: 'error', code: 'gpu-form-factor', message: `${g.gpu!.name} (${g.id}) in "${name}" is a ${g.gpu!.formFactor.toUpperCase()} part; the chassis takes ${chassis.gpuFormFactors.map((f) => f.toUpperCase()).join(' or ')} GPUs.` }));
  }
  if (server.gpus.length > chassis.gpuPositions) {
    issues.push(...onEach(server.gpus.slice(chassis.gpuPositions), place, { severity: 'error', code: 'gpu-positions', message: `"${name}" has ${server.gpus.length} GPUs; the chassis has ${chassis.gpuPositions} GPU positions.` }));
  }
  const cards = server.gpus.filter((g) => g.gpu!.formFactor === 'pcie');
  const first = cards[0];
  if (first && chassis.maxCardWidthSlots !== undefined) {
    const width = chassis.installedCardWidthSlots ?? gpuCardWidthSlots(first.gpu!.id);
    if (width !== undefined && width > chassis.maxCardWidthSlots) {
      issues.push(...onEach(cards, place, { severity: 'error', code: 'gpu-card-width', message: `${first.gpu!.name} is ${width} slots wide; the GPU positions of "${name}" take cards up to ${chassis.maxCardWidthSlots} slots.` }));
    }
  }
  if (chassis.x16Slots !== undefined) {
    const addIn = [...cards, ...server.nics];
    if (addIn.length > chassis.x16Slots) {
      issues.push(...onEach(addIn.slice(chassis.x16Slots), place, { severity: 'error', code: 'slot-count', message: `"${name}" needs ${addIn.length} PCIe slots (${cards.length} GPU cards + ${server.nics.length} NICs); the chassis has ${chassis.x16Slots}.` }));
    }
  }
  if (chassis.driveBays !== undefined && server.drives.length > chassis.driveBays) {
    issues.push(...onEach(server.drives.slice(chassis.driveBays), place, { severity: 'error', code: 'drive-bays', message: `"${name}" has ${server.drives.length} drives; the chassis has ${chassis.driveBays} bays.` }));
  }
  if (chassis.dimmSlots !== undefined && chassis.maxDimmGB !== undefined) {
    const maxGB = chassis.dimmSlots * chassis.maxDimmGB;
    if (server.memoryGB > maxGB) {
      issues.push(...onEach(server.parts.filter((p) => p.kind === 'memory'), place, { severity: 'error', code: 'dimm-capacity', message: `"${name}" has ${num(server.memoryGB)} GB of memory; its ${chassis.dimmSlots} DIMM slots take at most ${num(maxGB)} GB (${chassis.dimmSlots} x ${num(chassis.maxDimmGB)} GB DIMMs).` }));
    }
  }
  if (chassis.psuBays !== undefined && server.psus.length > chassis.psuBays) {
    issues.push(...onEach(server.psus.slice(chassis.psuBays), place, { severity: 'error', code: 'psu-bays', message: `"${name}" has ${server.psus.length} PSUs; the chassis has ${chassis.psuBays} PSU bays.` }));
  }
  const scheme = chassis.psuRedundancy;
  const psu = server.type.components.find((c) => c.kind === 'psu');
  if (scheme && !psu) {
    issues.push({ severity: 'warning', code: 'psu-missing', message: `"${name}" specifies ${scheme} PSU redundancy but has no PSU part.`, path: `serverTypes[${server.typeIndex}].components`, serverTypeId: server.type.id });
  } else if (scheme && psu && redundantPsusFor(scheme, psu.count) !== (psu.redundantPsus ?? 0)) {
    issues.push({ severity: 'error', code: 'psu-redundancy', message: `PSUs of "${name}": ${scheme} with ${psu.count} supplies means ${redundantPsusFor(scheme, psu.count)} redundant, but the PSU part has ${psu.redundantPsus ?? 0}.`, ...place(psu.id) });
  }
  return issues;
}
