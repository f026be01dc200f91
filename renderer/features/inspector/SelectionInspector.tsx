import { useMemo } from 'react';
import type { Component, ComponentKind, Design, Issue, Link, ServerType } from '../../../core';
import { ComponentSchema, LinkSchema, ServerTypeSchema, FabricSchema, componentOptions, findShippedTemplate } from '../../../core';
import { resolveCpu, resolveDrive, resolveGpu, resolveNic, resolvePcieSwitch } from '../../../core/catalog/components';
import { formatUsd } from '../../lib/format';
import { useAppStore } from '../../store/AppStoreProvider';
import type { SelectionItem } from '../../store/selectionSlice';
import { findServer, removeElements } from '../topology/editing';
import { describeLink, describePart } from '../topology/flowModel';
import { PALETTE_LABELS } from '../topology/paletteKinds';
import { NumberField } from '../run/NumberField';
import { SelectField } from '../run/SelectField';
import { TextField } from '../run/TextField';
import { Section } from './Section';
import { StorageInspector } from './StorageInspector';

const NO_ISSUES: Issue[] = [];

type Update = (recipe: (d: Design) => void) => void;

function catalogPrice(kind: ComponentKind, model: string | undefined): { usd: number; confidence: string } | undefined {
  if (!model) return undefined;
  const entry = kind === 'gpu' ? resolveGpu(model) : kind === 'cpu' ? resolveCpu(model) : kind === 'nic' ? resolveNic(model) : kind === 'pcie-switch' ? resolvePcieSwitch(model) : ['nvme-ssd', 'sata-ssd', 'hdd'].includes(kind) ? resolveDrive(model) : undefined;
  return entry?.price;
}

function IssueList({ issues }: { issues: readonly Issue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul className="inspector__issues" data-testid="inspector-issues">
      {issues.map((i) => (
        <li key={`${i.code}:${i.message}`} className={`inspector__issue inspector__issue--${i.severity}`}>
          {i.message}
        </li>
      ))}
    </ul>
  );
}

function LinkEditor({ server, link, update }: { server: ServerType; link: Link; update: Update }) {
  const name = (id: string) => {
    const c = server.components.find((x) => x.id === id);
    return c ? `${c.label ?? describePart(c).title} (${c.id})` : id;
  };
  const edit = (recipe: (l: Link) => void) =>
    update((d) => {
      const l = findServer(d, server.id)?.links.find((x) => x.id === link.id);
      if (l) recipe(l);
    });
  return (
    <div className="inspector__link" data-testid={`inspector-link-${link.id}`}>
      <div className="inspector__link-title">
        {describeLink(link)}: {name(link.from)} → {name(link.to)}
      </div>
      {link.kind === 'pcie' ? (
        <div className="field-row">
          <SelectField
            label="Generation"
            value={link.pcieGen ? String(link.pcieGen) : 'auto'}
            choices={[{ value: 'auto', label: 'Auto (both ends)' }, ...[3, 4, 5, 6].map((g) => ({ value: String(g), label: `PCIe ${g}` }))]}
            onChange={(v) => edit((l) => (v === 'auto' ? delete l.pcieGen : (l.pcieGen = Number(v))))}
            testId="link-gen"
          />
          <SelectField
            label="Lanes"
            value={link.lanes ? String(link.lanes) : 'auto'}
            choices={[{ value: 'auto', label: 'Auto' }, ...[1, 2, 4, 8, 16].map((n) => ({ value: String(n), label: `×${n}` }))]}
            onChange={(v) => edit((l) => (v === 'auto' ? delete l.lanes : (l.lanes = Number(v))))}
            testId="link-lanes"
          />
        </div>
      ) : null}
      <NumberField label="Bandwidth override" unit="GB/s" schema={LinkSchema.shape.bandwidthGBps} emptyMeans="derived from the link" testId="link-bandwidth" value={link.bandwidthGBps} onCommit={(v) => edit((l) => (v === undefined ? delete l.bandwidthGBps : (l.bandwidthGBps = v)))} />
    </div>
  );
}

/** Parts the engine prices from a sourced planning estimate when nothing else does (memory per GB, NVSwitch, PSU). */
const PRICED_BY_ESTIMATE: ReadonlySet<ComponentKind> = new Set(['memory', 'nvswitch', 'psu']);

function ComponentInspector({ server, part, issues, update }: { server: ServerType; part: Component; issues: Issue[]; update: Update }) {
  const options = useMemo(() => componentOptions(part.kind), [part.kind]);
  const price = catalogPrice(part.kind, part.model);
  const edit = (recipe: (c: Component) => void) =>
    update((d) => {
      const c = findServer(d, server.id)?.components.find((x) => x.id === part.id);
      if (c) recipe(c);
    });
  const links = server.links.filter((l) => l.from === part.id || l.to === part.id);
  const modelKnown = !part.model || options.some((o) => o.id === part.model);
  return (
    <>
      <Section title={`${PALETTE_LABELS[part.kind]} ${part.id} in ${server.name}`}>
        {options.length > 0 ? (
          <SelectField
            label="Catalog model"
            value={part.model ?? ''}
            choices={[...(modelKnown ? [] : [{ value: part.model!, label: `${part.model} (not in catalog)` }]), ...options.map((o) => ({ value: o.id, label: `${o.name} — ${o.detail}` }))]}
            onChange={(v) => edit((c) => (c.model = v))}
            testId="inspector-model"
          />
        ) : null}
        <NumberField label="Count at this place" unit="parts" schema={ComponentSchema.shape.count} value={part.count} onCommit={(v) => edit((c) => (c.count = v ?? 1))} testId="inspector-count" />
        {part.kind === 'memory' ? <NumberField label="Capacity" unit="GB" schema={ComponentSchema.shape.capacityGB} emptyMeans="512 GB (assumed)" testId="inspector-capacity-gb" value={part.capacityGB} onCommit={(v) => edit((c) => (v === undefined ? delete c.capacityGB : (c.capacityGB = v)))} /> : null}
        {part.kind === 'psu' ? (
          <>
            <NumberField label="Capacity per PSU" unit="W" schema={ComponentSchema.shape.capacityW} emptyMeans="3,000 W (assumed)" testId="inspector-capacity-w" value={part.capacityW} onCommit={(v) => edit((c) => (v === undefined ? delete c.capacityW : (c.capacityW = v)))} />
            <NumberField label="Redundant PSUs" unit="PSUs" schema={ComponentSchema.shape.redundantPsus} testId="inspector-redundant-psus" value={part.redundantPsus ?? 0} onCommit={(v) => edit((c) => (c.redundantPsus = v ?? 0))} />
          </>
        ) : null}
        <TextField label="Label" value={part.label ?? describePart(part).title} onCommit={(v) => edit((c) => (c.label = v))} testId="inspector-label" />
        <NumberField
          label="Unit price"
          unit="USD"
          schema={ComponentSchema.shape.priceUsd}
          value={part.priceUsd}
          emptyMeans={price ? `${formatUsd(price.usd)} catalog (${price.confidence})` : server.priceUsd !== undefined ? 'in the whole-server price' : PRICED_BY_ESTIMATE.has(part.kind) ? 'planning estimate' : 'price needed'}
          onCommit={(v) => edit((c) => (v === undefined ? delete c.priceUsd : (c.priceUsd = v)))}
          testId="inspector-price"
        />
        {!price && part.priceUsd === undefined && server.priceUsd === undefined && !PRICED_BY_ESTIMATE.has(part.kind) ? (
          <p className="inspector__price-needed" data-testid="inspector-price-needed">
            Price needed: the catalog has no price for this model, so the bill of materials leaves it out of the total. Enter a unit price, or the whole-server price.
          </p>
        ) : null}
        <IssueList issues={issues} />
      </Section>
      <Section title={`Links (${links.length})`}>
        {links.length === 0 ? <p className="inspector__empty">Not linked: drag from its handle to a CPU socket or PCIe switch.</p> : links.map((l) => <LinkEditor key={l.id} server={server} link={l} update={update} />)}
      </Section>
    </>
  );
}

function ServerInspector({ server, issues, update }: { server: ServerType; issues: Issue[]; update: Update }) {
  const edit = (recipe: (s: ServerType) => void) =>
    update((d) => {
      const s = findServer(d, server.id);
      if (s) recipe(s);
    });
  const gpus = server.components.filter((c) => c.kind === 'gpu').reduce((n, c) => n + c.count, 0);
  return (
    <Section title={`Server type ${server.name}`}>
      <TextField label="Name" value={server.name} onCommit={(v) => edit((s) => (s.name = v))} testId="inspector-server-name" />
      <NumberField label="Servers of this type" unit="servers" schema={ServerTypeSchema.shape.count} value={server.count} onCommit={(v) => edit((s) => (s.count = v ?? 1))} testId="inspector-server-count" />
      <NumberField label="Whole-server price" unit="USD" schema={ServerTypeSchema.shape.priceUsd} emptyMeans="sum of parts" testId="inspector-server-price" value={server.priceUsd} onCommit={(v) => edit((s) => (v === undefined ? delete s.priceUsd : (s.priceUsd = v)))} />
      <NumberField label="Rack units" unit="U" schema={ServerTypeSchema.shape.rackUnits} emptyMeans="estimated" testId="inspector-server-rack-units" value={server.rackUnits} onCommit={(v) => edit((s) => (v === undefined ? delete s.rackUnits : (s.rackUnits = v)))} />
      <NumberField label="Chassis power" unit="W" schema={ServerTypeSchema.shape.basePowerW} emptyMeans="estimated" testId="inspector-server-base-power" value={server.basePowerW} onCommit={(v) => edit((s) => (v === undefined ? delete s.basePowerW : (s.basePowerW = v)))} />
      <p className="inspector__note">
        {server.components.length} parts · {gpus} GPU{gpus === 1 ? '' : 's'} per server · {server.links.length} links
      </p>
      <TemplateOrigin templateId={server.templateId} />
      <IssueList issues={issues} />
    </Section>
  );
}

/** Where a server type came from and what its template had to assume (vendors do not publish every detail). */
function TemplateOrigin({ templateId }: { templateId: string | undefined }) {
  const template = templateId ? findShippedTemplate(templateId) : undefined;
  if (!template) return null;
  return (
    <details className="inspector__template" data-testid="inspector-template-assumptions">
      <summary>
        From template {template.name} · {template.assumptions.length} assumed detail{template.assumptions.length === 1 ? '' : 's'}
      </summary>
      <ul>
        {template.assumptions.map((a) => (
          <li key={`${a.field}:${a.text}`}>{a.text}</li>
        ))}
      </ul>
    </details>
  );
}

function FabricInspector({ design, update }: { design: Design; update: Update }) {
  return (
    <Section title="Network fabric">
      <SelectField label="Protocol" value={design.fabric.protocol} choices={[{ value: 'infiniband', label: 'InfiniBand' }, { value: 'ethernet', label: 'Ethernet (RoCE)' }]} onChange={(v) => update((d) => void (d.fabric.protocol = v))} testId="inspector-fabric-protocol" />
      <NumberField label="Oversubscription" unit=":1" unitInError={false} schema={FabricSchema.shape.oversubscription} testId="inspector-fabric-oversubscription" value={design.fabric.oversubscription} onCommit={(v) => update((d) => void (d.fabric.oversubscription = v ?? 1))} />
      <NumberField label="Switching price per port (optional)" unit="USD" schema={FabricSchema.shape.pricePerPortUsd} emptyMeans="switches priced as estimates" testId="inspector-fabric-port-price" value={design.fabric.pricePerPortUsd || undefined} onCommit={(v) => update((d) => void (d.fabric.pricePerPortUsd = v ?? 0))} />
      <p className="inspector__note">Each server's NICs connect to this fabric; their total line rate is shown on the cluster view. The bill of materials counts leaf and spine switches, cables and transceivers from the ports; a price per port replaces the switch estimates.</p>
    </Section>
  );
}

/** What the inspector shows for the canvas selection. */
export function SelectionInspector({ selection }: { selection: readonly SelectionItem[] }) {
  const design = useAppStore((s) => s.project.design);
  const issues = useAppStore((s) => s.evaluation?.issues ?? NO_ISSUES);
  const updateDesign = useAppStore((s) => s.updateDesign) as Update;
  const setSelection = useAppStore((s) => s.setSelection);

  if (selection.length > 1) {
    return (
      <Section title={`${selection.length} items selected`}>
        <p className="inspector__note">Drag to move them together; Ctrl+C copies the parts, Ctrl+D duplicates them.</p>
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            updateDesign((d) =>
              removeElements(d, {
                serverTypes: selection.flatMap((r) => (r.type === 'server' ? [r.serverTypeId] : [])),
                components: selection.flatMap((r) => (r.type === 'component' ? [r] : [])),
                links: selection.flatMap((r) => (r.type === 'link' ? [r] : [])),
              }),
            );
            setSelection([]);
          }}
        >
          Delete {selection.length} items
        </button>
      </Section>
    );
  }
  const item = selection[0];
  if (!item) return null;
  if (item.type === 'fabric') return <FabricInspector design={design} update={updateDesign} />;
  if (item.type === 'shared-storage') return <StorageInspector design={design} update={updateDesign} />;
  const server = design.serverTypes.find((s) => s.id === item.serverTypeId);
  if (!server) return <p className="inspector__empty">The selection no longer exists.</p>;
  if (item.type === 'server') return <ServerInspector server={server} issues={issues.filter((i) => i.serverTypeId === server.id)} update={updateDesign} />;
  if (item.type === 'component') {
    const part = server.components.find((c) => c.id === item.componentId);
    if (!part) return <p className="inspector__empty">The selection no longer exists.</p>;
    return <ComponentInspector server={server} part={part} issues={issues.filter((i) => i.serverTypeId === server.id && i.componentId === part.id)} update={updateDesign} />;
  }
  const link = server.links.find((l) => l.id === item.linkId);
  if (!link) return <p className="inspector__empty">The selection no longer exists.</p>;
  return (
    <Section title={`Link ${link.id} in ${server.name}`}>
      <LinkEditor server={server} link={link} update={updateDesign} />
    </Section>
  );
}
