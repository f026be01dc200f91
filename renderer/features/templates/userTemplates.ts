/**
 * User templates: servers saved from the canvas or imported from files, kept in the browser's
 * localStorage (the same in the web build and in Electron's renderer). The whole library is one JSON
 * value under one key, rewritten in one call, so a failed write leaves the previous library intact.
 */
import { formatInputError } from '../../../core/project/zodErrors';
import { TEMPLATE_LIMITS, loadTemplateText, loadTemplateValue, toTemplateFile, type InputError, type Template } from '../../../core';

/** localStorage key of the user template library. */
export const USER_TEMPLATES_KEY = 'trainwright.userTemplates.v1';

/** Most user templates kept. */
export const MAX_USER_TEMPLATES = 200;

/** The part of the Web Storage API the library needs (tests pass a fake). */
export type TemplateStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The library as read: the templates that load, and what was wrong with entries that did not. */
export interface UserLibrary {
  templates: Template[];
  problems: string[];
}

function defaultStorage(): TemplateStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Reads the user templates; entries that no longer load (edited by hand, older catalog) are reported, not dropped. */
export function readUserTemplates(storage: TemplateStorage | null = defaultStorage()): UserLibrary {
  const text = storage?.getItem(USER_TEMPLATES_KEY);
  if (!text) return { templates: [], problems: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { templates: [], problems: ['The saved user templates are not valid JSON; they are left as they are.'] };
  }
  if (!Array.isArray(raw)) return { templates: [], problems: ['The saved user templates are not a list; they are left as they are.'] };
  const templates: Template[] = [];
  const problems: string[] = [];
  raw.forEach((entry, i) => {
    const res = loadTemplateValue(entry);
    if (res.ok) templates.push(res.template);
    else problems.push(`User template ${i + 1}: ${res.errors.map(formatInputError).join('; ')}`);
  });
  return { templates, problems };
}

/** Result of a change to the library. */
export type LibraryChange = { ok: true; library: UserLibrary } | { ok: false; message: string };

function writeAll(storage: TemplateStorage | null, raw: unknown[]): LibraryChange {
  if (!storage) return { ok: false, message: 'This window has no local storage: user templates cannot be kept.' };
  try {
    storage.setItem(USER_TEMPLATES_KEY, JSON.stringify(raw));
  } catch (e) {
    return { ok: false, message: `Could not save the user templates (${(e as Error).message}); nothing was changed.` };
  }
  return { ok: true, library: readUserTemplates(storage) };
}

function rawEntries(storage: TemplateStorage | null): unknown[] | null {
  const text = storage?.getItem(USER_TEMPLATES_KEY);
  if (!text) return [];
  try {
    const raw: unknown = JSON.parse(text);
    return Array.isArray(raw) ? raw : null;
  } catch {
    return null;
  }
}

/** Adds a template to the library, replacing a user template with the same id. */
export function saveUserTemplate(template: Template, storage: TemplateStorage | null = defaultStorage()): LibraryChange {
  const entries = rawEntries(storage);
  if (entries === null) return { ok: false, message: 'The saved user templates are unreadable; they are left as they are and nothing was saved.' };
  const others = entries.filter((e) => (e as { template?: { id?: unknown } })?.template?.id !== template.id);
  if (others.length >= MAX_USER_TEMPLATES) return { ok: false, message: `The library already holds ${MAX_USER_TEMPLATES} user templates; remove one first.` };
  return writeAll(storage, [...others, toTemplateFile(template)]);
}

/** Removes the user template with this id. */
export function removeUserTemplate(id: string, storage: TemplateStorage | null = defaultStorage()): LibraryChange {
  const entries = rawEntries(storage);
  if (entries === null) return { ok: false, message: 'The saved user templates are unreadable; nothing was removed.' };
  return writeAll(storage, entries.filter((e) => (e as { template?: { id?: unknown } })?.template?.id !== id));
}

/** A template file chosen by the user: refused before reading when too large, then validated. */
export async function readTemplateFile(file: Pick<File, 'name' | 'size' | 'text'>): Promise<{ ok: true; template: Template } | { ok: false; message: string }> {
  if (file.size > TEMPLATE_LIMITS.maxTextLength) {
    return { ok: false, message: `${file.name}: ${(file.size / 1e6).toFixed(1)} MB is larger than the ${(TEMPLATE_LIMITS.maxTextLength / 1e6).toFixed(1)} MB limit for a template.` };
  }
  const res = loadTemplateText(await file.text());
  if (!res.ok) return { ok: false, message: `${file.name}: ${describeErrors(res.errors)}` };
  return { ok: true, template: res.template };
}

/** `path: message; path: message`, at most three. */
export function describeErrors(errors: readonly InputError[]): string {
  const shown = errors.slice(0, 3).map(formatInputError).join('; ');
  return errors.length > 3 ? `${shown}; and ${errors.length - 3} more` : shown;
}
