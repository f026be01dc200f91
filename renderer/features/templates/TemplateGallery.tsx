import { formatInputError } from '../../../core/project/zodErrors';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { checkServerType, insertTemplate, replaceServerType, shippedTemplates, templateFromServerType, type Template } from '../../../core';
import { useAppStore } from '../../store/AppStoreProvider';
import { filterEntries, filterOptions, galleryEntries, NO_FILTERS, replaceTargetId, userTemplateId, type GalleryFilters } from './galleryModel';
import { TemplateCard } from './TemplateCard';
import { readTemplateFile, readUserTemplates, removeUserTemplate, saveUserTemplate, type LibraryChange } from './userTemplates';
import './templates.css';

/** Props of the gallery. */
export interface TemplateGalleryProps {
  /** Close the gallery (Escape, the Close button, or after Insert / Replace). */
  onClose: () => void;
}

type Notice = { kind: 'ok' | 'error'; text: string } | null;

/**
 * The template gallery: shipped and user templates as cards, filtered by vendor, GPU, GPU count, form
 * factor and year; Insert adds a server type, Replace swaps the selected one (each one undo step);
 * a user template can be imported from a file or saved from the selected server.
 */
export function TemplateGallery({ onClose }: TemplateGalleryProps) {
  const titleId = useId();
  const updateDesign = useAppStore((s) => s.updateDesign);
  const setSelection = useAppStore((s) => s.setSelection);
  const selection = useAppStore((s) => s.selection);
  const serverTypes = useAppStore((s) => s.project.design.serverTypes);
  const designName = useAppStore((s) => s.project.design.name);
  const [library, setLibrary] = useState(() => readUserTemplates());
  const [filters, setFilters] = useState<GalleryFilters>(NO_FILTERS);
  const [notice, setNotice] = useState<Notice>(library.problems.length ? { kind: 'error', text: library.problems.join(' ') } : null);
  const [saving, setSaving] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);

  const entries = useMemo(() => galleryEntries(shippedTemplates(), library.templates), [library]);
  const options = useMemo(() => filterOptions(entries), [entries]);
  const shown = filterEntries(entries, filters);
  const targetId = replaceTargetId(selection as ReadonlyArray<{ type: string; serverTypeId?: string }>, serverTypes.map((s) => s.id));
  const target = serverTypes.find((s) => s.id === targetId) ?? null;

  useEffect(() => {
    const previous = document.activeElement;
    dialogRef.current?.focus();
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, []);

  const applyChange = (change: LibraryChange, done: string) => {
    if (!change.ok) return setNotice({ kind: 'error', text: change.message });
    setLibrary(change.library);
    setNotice({ kind: 'ok', text: done });
  };

  const insert = (t: Template, count: number) => {
    let id = '';
    updateDesign((d) => {
      id = insertTemplate(d, t, count);
    });
    setSelection([{ type: 'server', serverTypeId: id }]);
    onClose();
  };
  const replace = (t: Template) => {
    if (!targetId) return;
    updateDesign((d) => void replaceServerType(d, targetId, t));
    setSelection([{ type: 'server', serverTypeId: targetId }]);
    onClose();
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const res = await readTemplateFile(file);
    if (!res.ok) return setNotice({ kind: 'error', text: `Not imported. ${res.message}` });
    applyChange(saveUserTemplate(res.template), `Imported “${res.template.name}” into your templates.`);
  };

  const saveServer = (name: string) => {
    if (!target) return;
    const taken = new Set(entries.map((e) => e.template.id));
    const template = templateFromServerType(target, { id: userTemplateId(name, taken), name, year: new Date().getFullYear(), origin: `design “${designName}”` });
    const check = checkServerType(template.serverType);
    if (!check.ok) return setNotice({ kind: 'error', text: `Not saved: ${check.errors.map(formatInputError).join('; ')}` });
    applyChange(saveUserTemplate(template), `Saved “${name}” to your templates.`);
    setSaving(null);
  };

  const select = (key: keyof Omit<GalleryFilters, 'text'>, label: string) => (
    <label className="template-gallery__filter">
      <span>{label}</span>
      <select value={filters[key]} onChange={(e) => setFilters({ ...filters, [key]: e.target.value })} data-testid={`template-filter-${key}`}>
        <option value="">Any</option>
        {options[key].map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="template-gallery__backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={dialogRef}
        className="template-gallery"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        data-testid="template-gallery"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
        }}
      >
        <header className="template-gallery__header">
          <h2 id={titleId} className="template-gallery__title">
            Server templates
          </h2>
          <span className="template-gallery__count" data-testid="template-count">
            {shown.length} of {entries.length}
          </span>
          <span className="template-gallery__spacer" />
          <button type="button" className="button button--small" onClick={() => fileInput.current?.click()}>
            Import template file…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            hidden
            data-testid="template-import-input"
            onChange={(e) => {
              void importFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
          <button type="button" className="button button--small" disabled={!target} onClick={() => setSaving(target ? `${target.name} (mine)` : null)}>
            Save server as template
          </button>
          <button type="button" className="button button--small" onClick={onClose}>
            Close
          </button>
        </header>
        <div className="template-gallery__filters" role="group" aria-label="Filters">
          {select('vendor', 'Vendor')}
          {select('gpu', 'GPU')}
          {select('gpuCount', 'GPU count')}
          {select('formFactor', 'Form factor')}
          {select('year', 'Year')}
          <label className="template-gallery__filter template-gallery__filter--text">
            <span>Search</span>
            <input type="search" value={filters.text} onChange={(e) => setFilters({ ...filters, text: e.target.value })} placeholder="name or vendor" />
          </label>
          <button type="button" className="link-button" onClick={() => setFilters(NO_FILTERS)}>
            Clear filters
          </button>
        </div>
        <p className="template-gallery__target">
          {target ? (
            <>
              Replace acts on <strong>{target.name}</strong> ({target.count} server{target.count === 1 ? '' : 's'}); the workload and settings stay.
            </>
          ) : (
            'The design has no server type yet: Insert adds one.'
          )}{' '}
          Values marked <span className="template-card__assumed">assumed</span> are not published by the vendor.
        </p>
        {saving !== null ? (
          <form
            className="template-gallery__save"
            onSubmit={(e) => {
              e.preventDefault();
              if (saving.trim()) saveServer(saving.trim());
            }}
          >
            <label>
              Template name{' '}
              <input autoFocus value={saving} maxLength={200} onChange={(e) => setSaving(e.target.value)} data-testid="template-save-name" />
            </label>
            <button type="submit" className="button button--small" disabled={!saving.trim()}>
              Save
            </button>
            <button type="button" className="button button--small" onClick={() => setSaving(null)}>
              Cancel
            </button>
          </form>
        ) : null}
        {notice ? (
          <p className={`template-gallery__notice template-gallery__notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="template-notice">
            {notice.text}
          </p>
        ) : null}
        <div className="template-gallery__grid">
          {shown.map((entry) => (
            <TemplateCard
              key={`${entry.origin}:${entry.template.id}`}
              entry={entry}
              replaceTargetName={target?.name ?? null}
              onInsert={(count) => insert(entry.template, count)}
              onReplace={() => replace(entry.template)}
              {...(entry.origin === 'user'
                ? { onRemove: () => applyChange(removeUserTemplate(entry.template.id), `Removed “${entry.template.name}” from your templates.`) }
                : {})}
            />
          ))}
          {shown.length === 0 ? <p className="template-gallery__empty">No template matches these filters.</p> : null}
        </div>
      </div>
    </div>
  );
}
