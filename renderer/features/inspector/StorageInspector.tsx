import { useMemo, useState } from 'react';
import type { Design, SharedStorageUse, StorageCapacity, StorageSystem } from '../../../core';
import {
  SharedStorageUseSchema,
  STORAGE_CHOICE_LABELS,
  STORAGE_SYSTEM_FIELDS,
  StorageSystemSchema,
  driveReadGBps,
  resolveStorageUse,
  sharedStorageOptions,
  storageCapacity,
} from '../../../core';
import { resolveSharedStorage } from '../../../core/catalog/components';
import { STORAGE_SERVER } from '../../../core/storage/params';
import { formatNumber } from '../../lib/format';
import { NumberField } from '../run/NumberField';
import { SelectField, type SelectChoice } from '../run/SelectField';
import { setOptional } from '../run/setOptional';
import { TextField } from '../run/TextField';
import { Section } from './Section';
// The "est." badge is the results' own.
import '../results/results.css';

type Update = (recipe: (d: Design) => void) => void;

/** Select value of "your own system" (a design without a catalog id) and of "blank parts" in the start-from list. */
const OWN = '';

/** Parts of a system started from scratch: one 2U NVMe server on 2 x 100 Gb/s RDMA, for the user to change. */
const BLANK_SYSTEM: StorageSystem = StorageSystemSchema.parse({ nodes: 1, drivesPerNode: 8, driveClass: 'nvme-gen4', portsPerNode: 2, portGbps: 100, transport: 'rdma', fileSystem: 'parallel' });

const choices = <K extends keyof typeof STORAGE_CHOICE_LABELS>(field: K) =>
  Object.entries(STORAGE_CHOICE_LABELS[field]).map(([value, label]) => ({ value, label })) as Array<SelectChoice<StorageSystem[K]>>;

const gbps = (x: number) => (Number.isFinite(x) ? `${formatNumber(x, x < 10 ? 2 : 1)} GB/s` : 'no limit');

/** "est." after a figure that rests on an estimated or fitted constant of the storage model. */
function Estimate({ estimate }: { estimate: boolean }) {
  return estimate ? (
    <span className="results-estimate" title="Estimate: this figure rests on an estimated or fitted constant of the storage model (core/storage/params.ts).">
      est.
    </span>
  ) : null;
}

/** The read and write bandwidth the storage model derives from the parts, what limits each, and what is an estimate. */
function DerivedCapacity({ capacity, units }: { capacity: StorageCapacity; units: number }) {
  return (
    <>
      {/* A child of the section, so it stays in view while the fields below it scroll. */}
      <div className="storage-editor__summary" data-testid="storage-derived" aria-live="polite">
        <p className="storage-editor__figure">
          Read <strong data-testid="storage-derived-read">{gbps(capacity.readGBps)}</strong> per unit <Estimate estimate={capacity.readLimit.estimate} />, limited by{' '}
          <span data-testid="storage-derived-read-limit">{capacity.readLimit.label}</span>
          {units > 1 ? `; ${gbps(capacity.readGBps * units)} for ${units} units` : ''}
        </p>
        <p className="storage-editor__figure">
          Write <strong data-testid="storage-derived-write">{gbps(capacity.writeGBps)}</strong> per unit <Estimate estimate={capacity.writeLimit.estimate} />, limited by {capacity.writeLimit.label}
        </p>
      </div>
      <div className="storage-editor__derived" data-testid="storage-read-parts">
        <table className="storage-editor__parts">
          <caption>What each part allows for reads</caption>
          <tbody>
            {capacity.readParts.map((part) => (
              <tr key={part.id} className={part === capacity.readLimit ? 'storage-editor__limit' : undefined} data-testid={`storage-part-${part.id}`}>
                <th scope="row">{part.label}</th>
                <td>
                  {gbps(part.gbps)} <Estimate estimate={part.estimate} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="storage-editor__figure">
          {formatNumber(capacity.opensPerSec)} file opens/s <Estimate estimate={capacity.opensEstimate} />; open latency {formatNumber(capacity.openLatencySeconds * 1e6)} µs
        </p>
      </div>
    </>
  );
}

/** Fields of the user's own storage system: every edit is one undo step of the design. */
function SystemFields({ system, edit }: { system: StorageSystem; edit: (recipe: (s: StorageSystem) => void) => void }) {
  const f = STORAGE_SYSTEM_FIELDS;
  const shape = StorageSystemSchema.shape;
  const number = (key: 'nodes' | 'drivesPerNode' | 'portsPerNode' | 'portGbps', unit: string) => (
    <NumberField label={f[key].label} unit={f[key].unit ?? unit} schema={shape[key]} testId={`storage-${key}`} value={system[key]} onCommit={(v) => edit((s) => void (s[key] = v ?? s[key]))} />
  );
  const optional = (key: 'driveReadGBps' | 'coresPerNode' | 'controllerReadGBps' | 'controllerWriteGBps' | 'metadataNodes', unit: string, emptyMeans: string) => (
    <NumberField label={f[key].label} unit={f[key].unit ?? unit} schema={shape[key]} emptyMeans={emptyMeans} testId={`storage-${key}`} value={system[key]} onCommit={(v) => edit((s) => setOptional(s, key, v))} />
  );
  const select = <K extends 'driveClass' | 'transport' | 'fileSystem' | 'dataProtection'>(key: K) => (
    <SelectField label={f[key].label} testId={`storage-${key}`} value={system[key]} choices={choices(key)} onChange={(v) => edit((s) => void (s[key] = v))} />
  );
  const classRate = driveReadGBps({ ...system, driveReadGBps: undefined });
  return (
    <>
      {number('nodes', 'nodes')}
      {number('drivesPerNode', 'drives')}
      {select('driveClass')}
      {optional('driveReadGBps', 'GB/s', `class: ${formatNumber(classRate, 2)}`)}
      {number('portsPerNode', 'ports')}
      {number('portGbps', 'Gb/s')}
      {select('transport')}
      {select('fileSystem')}
      {select('dataProtection')}
      {optional('coresPerNode', 'cores', `${STORAGE_SERVER.defaultServerCores.value} assumed (estimate)`)}
      {optional('controllerReadGBps', 'GB/s', 'no rated limit')}
      {optional('controllerWriteGBps', 'GB/s', 'from the read limit')}
      {optional('metadataNodes', 'nodes', 'the data nodes')}
    </>
  );
}

/** Where the user's own system starts: a copy of a catalog system's parts, or blank parts. */
function StartFrom({ use, update, editing }: { use: SharedStorageUse; update: Update; editing: boolean }) {
  const described = useMemo(() => sharedStorageOptions().filter((o) => resolveSharedStorage(o.id)?.system), []);
  const [from, setFrom] = useState<string>(use.model && described.some((o) => o.id === use.model) ? use.model : OWN);
  const start = () =>
    update((d) => {
      if (!d.sharedStorage) return;
      const entry = from === OWN ? undefined : resolveSharedStorage(from);
      d.sharedStorage.system = structuredClone(entry?.system ?? BLANK_SYSTEM);
      setOptional(d.sharedStorage, 'model', entry?.id);
      delete d.sharedStorage.name;
      // The override described the catalog figure, not these parts.
      delete d.sharedStorage.readGBps;
    });
  return (
    <div className="storage-editor__start">
      <SelectField label={editing ? 'Start again from' : 'Start from'} testId="storage-start-from" value={from} choices={[...described.map((o) => ({ value: o.id, label: o.name })), { value: OWN, label: 'Scratch (one NVMe server)' }]} onChange={setFrom} />
      <button type="button" className="button" data-testid="storage-start" onClick={start}>
        {editing ? 'Replace the parts' : 'Edit the parts'}
      </button>
    </div>
  );
}

/** The "Storage system" editor: the parts of the shared storage, and what the storage model derives from them. */
function StorageSystemEditor({ use, update }: { use: SharedStorageUse; update: Update }) {
  const resolved = resolveStorageUse(use);
  const unit = resolved.ok ? resolved.unit : undefined;
  const system = use.system ?? unit?.system;
  // A design opened from a file may hold parts the schema refuses: the results name them; nothing is derived here.
  const parsed = system ? StorageSystemSchema.safeParse(system) : undefined;
  const capacity = parsed?.success ? storageCapacity(parsed.data) : undefined;
  const edit = (recipe: (s: StorageSystem) => void) =>
    update((d) => {
      if (d.sharedStorage?.system) recipe(d.sharedStorage.system);
    });
  return (
    <Section title="Storage system">
      {use.system ? (
        <>
          <TextField label="Name" testId="storage-name" value={use.name ?? unit?.name ?? ''} onCommit={(v) => update((d) => void (d.sharedStorage && (d.sharedStorage.name = v)))} />
          <p className="inspector__note">
            {use.model ? `Your parts, copied from ${resolveSharedStorage(use.model)?.name ?? use.model}: its power, rack space and price scale with the storage nodes.` : 'Your own parts: give a price per unit above; power and rack space are not counted.'}
          </p>
        </>
      ) : (
        <p className="inspector__note">
          {system ? `The catalog's parts for ${unit?.name}. Edit a copy to change them, or start from scratch.` : `${unit?.name ?? 'This system'} is not described as parts in the catalog: its read figure is its only limit. Start from a copy of another system or from scratch.`}
        </p>
      )}
      <StartFrom key={use.system ? 'editing' : 'catalog'} use={use} update={update} editing={use.system !== undefined} />
      {capacity ? <DerivedCapacity capacity={capacity} units={use.count} /> : null}
      {use.readGBps !== undefined ? <p className="inspector__note">The read bandwidth per unit you entered above replaces the derived read figure in the evaluation.</p> : null}
      {use.system ? <SystemFields system={use.system} edit={edit} /> : null}
      {use.system && use.model ? (
        <button type="button" className="button" data-testid="storage-use-catalog" onClick={() => update((d) => void (d.sharedStorage && (delete d.sharedStorage.system, delete d.sharedStorage.name)))}>
          Use the catalog system as it is
        </button>
      ) : null}
    </Section>
  );
}

/** The shared storage of the design: which system, how many units, overrides, and its parts. */
export function StorageInspector({ design, update }: { design: Design; update: Update }) {
  const options = useMemo(() => sharedStorageOptions(), []);
  const s = design.sharedStorage;
  if (!s) return <p className="inspector__empty">No shared storage. Drag “Shared storage” from the palette to add one.</p>;
  const systemChoices = options.map((o) => ({ value: o.id, label: `${o.name} — ${o.detail}` }));
  if (s.model === undefined) systemChoices.unshift({ value: OWN, label: `${s.name ?? 'Your storage system'} (your own parts)` });
  return (
    <>
      <Section title="Shared storage">
        <SelectField
          label="System"
          testId="inspector-storage-model"
          value={s.model ?? OWN}
          choices={systemChoices}
          onChange={(v) =>
            update((d) => {
              if (!d.sharedStorage || v === OWN) return;
              // A catalog system as it is: the parts of the previous one do not carry over.
              d.sharedStorage.model = v;
              delete d.sharedStorage.system;
              delete d.sharedStorage.name;
            })
          }
        />
        <NumberField label="Units" unit="units" schema={SharedStorageUseSchema.shape.count} testId="inspector-storage-count" value={s.count} onCommit={(v) => update((d) => void (d.sharedStorage && (d.sharedStorage.count = v ?? 1)))} />
        <NumberField label="Read bandwidth per unit" unit="GB/s" schema={SharedStorageUseSchema.shape.readGBps} emptyMeans={s.system ? 'derived from the parts' : 'catalog figure'} testId="inspector-storage-read" value={s.readGBps} onCommit={(v) => update((d) => void (d.sharedStorage && setOptional(d.sharedStorage, 'readGBps', v)))} />
        <NumberField label="Price per unit" unit="USD" schema={SharedStorageUseSchema.shape.priceUsd} emptyMeans="price needed" testId="inspector-storage-price" value={s.priceUsd} onCommit={(v) => update((d) => void (d.sharedStorage && setOptional(d.sharedStorage, 'priceUsd', v)))} />
        {s.priceUsd === undefined ? (
          <p className="inspector__price-needed" data-testid="inspector-price-needed">Price needed: the catalog has no price for this system, so the bill of materials leaves it out of the total.</p>
        ) : null}
      </Section>
      <StorageSystemEditor use={s} update={update} />
    </>
  );
}
