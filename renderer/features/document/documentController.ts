import { createStore, type StoreApi } from 'zustand/vanilla';
import { exampleProject, loadProject, serializeProjectFile, type ProjectFile } from '../../../core';
import { formatSizeMB, MAX_DOCUMENT_BYTES, type OpenedDocument, type Platform, type SaveOutcome } from '../../platform/platform';
import { isDirty, replaceProject, type AppStore } from '../../store/appStore';
import { suggestedFileName } from './fileName';

/** The file commands this controller runs (ids as in the contract's `MenuCommand`). */
export type FileCommand = 'file.new' | 'file.open' | 'file.save' | 'file.saveAs';

/** The file commands, in menu order. */
export const FILE_COMMANDS: readonly FileCommand[] = ['file.new', 'file.open', 'file.save', 'file.saveAs'];

/** One problem with a document operation; `path` is the JSON path inside the file when the problem is in its content. */
export interface DocumentIssue {
  path?: string;
  message: string;
}

/** A failed document operation: a sentence saying what did not happen, then the problems. */
export interface DocumentProblem {
  title: string;
  issues: DocumentIssue[];
}

/** An autosave from an earlier session that differs from the design the app started with. */
export interface RestoreOffer {
  project: ProjectFile;
  /** Name of the autosaved design, for the banner. */
  designName: string;
}

/** The question asked before unsaved changes are thrown away. */
export interface DiscardQuestion {
  /** What will replace the design, e.g. `Open "rig.json"` or `New design`. */
  action: string;
  /** Name of the design whose changes would be lost. */
  designName: string;
}

/** What the document UI shows: at most one problem, restore offer and question at a time. */
export interface DocumentNotices {
  problem: DocumentProblem | null;
  restoreOffer: RestoreOffer | null;
  question: DiscardQuestion | null;
}

/** What the controller is built from. */
export interface DocumentControllerOptions {
  store: AppStore;
  platform: Platform;
  /** The design File > New starts (default: the ready example design). */
  newProject?: () => ProjectFile;
  /** Quiet time after the last change before the autosave is written, ms. */
  autosaveDelayMs?: number;
}

/** File commands, autosave and crash recovery for one window's store. */
export interface DocumentController {
  /** State of the banners and the discard question (a zustand store the components subscribe to). */
  readonly notices: StoreApi<DocumentNotices>;
  /** Run a file command (from a button, a key or the menu). */
  run: (command: FileCommand) => Promise<void>;
  /** Replace the design with a new one, after asking about unsaved changes. */
  newDocument: () => Promise<void>;
  /** Pick a file and open it; a bad file leaves the open design untouched and reports why. */
  open: () => Promise<void>;
  /** Open a file from the Open Recent menu. */
  openRecent: (handle: string) => Promise<void>;
  /** Save to the file the design came from; the first save of a design is a Save As. True when saved. */
  save: () => Promise<boolean>;
  /** Save to a new file (Electron: a dialog; browser: a download). True when saved. */
  saveAs: () => Promise<boolean>;
  /** Look for an autosave from a session that ended without saving; offer it, or report it if corrupt. Runs once. */
  checkAutosave: () => Promise<void>;
  /** Take the offered autosave as the open design (one undo step; it stays unsaved). */
  restore: () => void;
  /** Drop the offered autosave. */
  discardRestore: () => Promise<void>;
  /** Answer the discard question: true throws the unsaved changes away. */
  answerQuestion: (discard: boolean) => void;
  dismissProblem: () => void;
  /** Start autosaving after changes; returns a function that stops it. */
  startAutosave: () => () => void;
}

/** Default quiet time before an autosave, ms. */
export const AUTOSAVE_DELAY_MS = 1000;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Create the document controller for `store` on `platform`. */
export function createDocumentController(options: DocumentControllerOptions): DocumentController {
  const { store, platform } = options;
  const newProject = options.newProject ?? (() => exampleProject());
  const autosaveDelayMs = options.autosaveDelayMs ?? AUTOSAVE_DELAY_MS;
  const notices = createStore<DocumentNotices>()(() => ({ problem: null, restoreOffer: null, question: null }));

  let answer: ((discard: boolean) => void) | null = null;
  let autosaveTimer: ReturnType<typeof setTimeout> | null = null;
  let autosaveChecked = false;
  let autosaveFailureShown = false;
  // Each open takes a number; a pick that resolves after a newer command started is dropped.
  let openGeneration = 0;

  const report = (title: string, issues: DocumentIssue[]): void => notices.setState({ problem: { title, issues } });

  const cancelAutosave = (): void => {
    if (autosaveTimer !== null) clearTimeout(autosaveTimer);
    autosaveTimer = null;
  };

  const clearAutosave = async (): Promise<void> => {
    cancelAutosave();
    try {
      await platform.clearAutosave();
    } catch {
      // A leftover autosave is harmless: the next start compares it with the open design before offering it.
    }
  };

  const askToDiscard = (action: string): Promise<boolean> => {
    const state = store.getState();
    if (!isDirty(state)) return Promise.resolve(true);
    // One question at a time; a command issued while one is open is ignored.
    if (answer) return Promise.resolve(false);
    return new Promise((resolve) => {
      answer = (discard) => {
        answer = null;
        notices.setState({ question: null });
        resolve(discard);
      };
      notices.setState({ question: { action, designName: state.project.design.name } });
    });
  };

  const replaceWith = async (project: ProjectFile, file: OpenedDocument | null): Promise<void> => {
    replaceProject(store, project, file ? { name: file.name, handle: file.handle } : null);
    // The restore offer belonged to the design just replaced; saving it over the new file would be wrong.
    notices.setState({ problem: null, restoreOffer: null });
    await clearAutosave();
  };

  const openDocument = async (opened: OpenedDocument): Promise<void> => {
    const title = `Could not open "${opened.name}". The open design is unchanged.`;
    // Characters are at most bytes, so this refuses every file over the limit without encoding it.
    if (opened.text.length > MAX_DOCUMENT_BYTES) {
      report(title, [{ message: `The file is at least ${formatSizeMB(opened.text.length)}; Trainwright opens design files up to ${formatSizeMB(MAX_DOCUMENT_BYTES)}.` }]);
      return;
    }
    const loaded = loadProject(opened.text);
    if (!loaded.ok) {
      report(title, loaded.errors);
      return;
    }
    if (!(await askToDiscard(`Open "${opened.name}"`))) return;
    await replaceWith(loaded.project, opened);
  };

  const openWith = async (pick: () => Promise<OpenedDocument | null>, what: string): Promise<void> => {
    if (answer) return;
    const generation = ++openGeneration;
    let opened: OpenedDocument | null;
    try {
      opened = await pick();
    } catch (error) {
      if (generation === openGeneration) report(`Could not open ${what}. The open design is unchanged.`, [{ message: messageOf(error) }]);
      return;
    }
    if (opened && generation === openGeneration) await openDocument(opened);
  };

  const finishSave = async (outcome: SaveOutcome, saved: ProjectFile, name: string): Promise<boolean> => {
    if (!outcome.ok) {
      if (!outcome.canceled) report(`Could not save "${name}".`, [{ message: outcome.error }]);
      return false;
    }
    // Record what was written, not what is open now: edits made while the dialog was up are still unsaved.
    store.setState({ file: outcome.file, savedProject: saved });
    notices.setState({ problem: null });
    if (!isDirty(store.getState())) await clearAutosave();
    return true;
  };

  const saveAs = async (): Promise<boolean> => {
    if (answer) return false;
    const { project, file } = store.getState();
    const name = file?.name ?? suggestedFileName(project.design.name);
    let outcome: SaveOutcome;
    try {
      outcome = await platform.saveAs(serializeProjectFile(project), name);
    } catch (error) {
      outcome = { ok: false, canceled: false, error: messageOf(error) };
    }
    return finishSave(outcome, project, name);
  };

  const save = async (): Promise<boolean> => {
    if (answer) return false;
    const { project, file } = store.getState();
    if (!file) return saveAs();
    let outcome: SaveOutcome;
    try {
      outcome = await platform.save(file.handle, serializeProjectFile(project), file.name);
    } catch (error) {
      outcome = { ok: false, canceled: false, error: messageOf(error) };
    }
    return finishSave(outcome, project, file.name);
  };

  const newDocument = async (): Promise<void> => {
    if (answer) return;
    openGeneration++;
    if (!(await askToDiscard('New design'))) return;
    await replaceWith(newProject(), null);
  };

  const writeAutosave = async (): Promise<void> => {
    autosaveTimer = null;
    const state = store.getState();
    try {
      if (isDirty(state)) await platform.writeAutosave(serializeProjectFile(state.project));
      else await platform.clearAutosave();
      autosaveFailureShown = false;
    } catch (error) {
      // Say it once, not on every edit; the next success re-arms the message.
      if (!autosaveFailureShown) report('Autosave failed: unsaved changes would be lost in a crash. Save the design to keep them.', [{ message: messageOf(error) }]);
      autosaveFailureShown = true;
    }
  };

  return {
    notices,
    run: async (command) => {
      if (command === 'file.new') await newDocument();
      else if (command === 'file.open') await openWith(() => platform.openFile(), 'the file');
      else if (command === 'file.save') await save();
      else await saveAs();
    },
    newDocument,
    open: () => openWith(() => platform.openFile(), 'the file'),
    openRecent: (handle) => openWith(() => platform.openRecent(handle), 'the recent file'),
    save,
    saveAs,
    checkAutosave: async () => {
      if (autosaveChecked) return;
      autosaveChecked = true;
      const discard = async (issues: DocumentIssue[]): Promise<void> => {
        report('The autosaved design from the last session could not be restored and was discarded.', issues);
        await clearAutosave();
      };
      let text: string | null;
      try {
        text = await platform.readAutosave();
      } catch (error) {
        await discard([{ message: messageOf(error) }]);
        return;
      }
      if (text === null) return;
      if (text.length > MAX_DOCUMENT_BYTES) {
        await discard([{ message: `It is at least ${formatSizeMB(text.length)}; the limit is ${formatSizeMB(MAX_DOCUMENT_BYTES)}.` }]);
        return;
      }
      const loaded = loadProject(text);
      if (!loaded.ok) {
        await discard(loaded.errors);
        return;
      }
      const current = store.getState().project;
      if (serializeProjectFile(loaded.project) === serializeProjectFile(current)) {
        await clearAutosave();
        return;
      }
      notices.setState({ restoreOffer: { project: loaded.project, designName: loaded.project.design.name } });
    },
    restore: () => {
      const offer = notices.getState().restoreOffer;
      if (!offer) return;
      // A plain document change: one undo step back to the start design, and unsaved until saved.
      store.setState({ project: offer.project });
      notices.setState({ restoreOffer: null });
    },
    discardRestore: async () => {
      notices.setState({ restoreOffer: null });
      if (!isDirty(store.getState())) await clearAutosave();
    },
    answerQuestion: (discard) => answer?.(discard),
    dismissProblem: () => notices.setState({ problem: null }),
    startAutosave: () => {
      const unsubscribe = store.subscribe((state, previous) => {
        if (state.project === previous.project && state.savedProject === previous.savedProject) return;
        cancelAutosave();
        autosaveTimer = setTimeout(() => void writeAutosave(), autosaveDelayMs);
      });
      return () => {
        unsubscribe();
        cancelAutosave();
      };
    },
  };
}
