import { createStore, type StoreApi } from 'zustand/vanilla';
import { exampleProject, loadProject, serializeProjectFile, type ProjectFile } from '../../../core';
import { formatSizeMB, MAX_DOCUMENT_BYTES, type AutosaveCopy, type OpenedDocument, type Platform, type SaveOutcome } from '../../platform/platform';
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
  /** When the copy was written, ms since 1970; null when unknown. */
  savedAtMs: number | null;
  /** The autosave slot the copy is in (cleared only when the user restores or discards it). */
  slot: string;
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
  // This session's autosave slot. It moves to a fresh one when earlier copies are found, so they are never overwritten.
  let slot = 'main';
  // Copies from earlier sessions waiting to be offered after the one on screen.
  let pendingOffers: RestoreOffer[] = [];
  let autosaveCheck: Promise<void> = Promise.resolve();
  let autosaveFailureShown = false;
  // Each open takes a number; a pick that resolves after a newer command started is dropped.
  let openGeneration = 0;

  const report = (title: string, issues: DocumentIssue[]): void => notices.setState({ problem: { title, issues } });

  const cancelAutosave = (): void => {
    if (autosaveTimer !== null) clearTimeout(autosaveTimer);
    autosaveTimer = null;
  };

  const clearSlot = async (which: string): Promise<void> => {
    try {
      await platform.clearAutosave(which);
    } catch {
      // A leftover autosave is harmless: the next start compares it with the open design before offering it.
    }
  };

  /** Clear this session's copy (never a copy from an earlier session that is still on offer). */
  const clearAutosave = async (): Promise<void> => {
    cancelAutosave();
    await clearSlot(slot);
  };

  const showNextOffer = (): void => {
    const [next, ...rest] = pendingOffers;
    pendingOffers = rest;
    notices.setState({ restoreOffer: next ?? null });
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
    // The restore offer stays: the crash copy is the user's to restore or discard, whatever they open meanwhile.
    notices.setState({ problem: null });
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
    // The slot is decided by the check for earlier copies: never write before it has run.
    await autosaveCheck;
    const state = store.getState();
    try {
      if (isDirty(state)) await platform.writeAutosave(serializeProjectFile(state.project), slot);
      else await platform.clearAutosave(slot);
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
    checkAutosave: () => {
      if (autosaveChecked) return autosaveCheck;
      autosaveChecked = true;
      autosaveCheck = (async () => {
        let copies: AutosaveCopy[];
        try {
          copies = await platform.readAutosaves();
        } catch (error) {
          report('The autosaved design from the last session could not be read.', [{ message: messageOf(error) }]);
          // The copies may still be there: write this session's edits elsewhere.
          slot = `s${Date.now().toString(36)}`;
          return;
        }
        const offers: RestoreOffer[] = [];
        const current = serializeProjectFile(store.getState().project);
        for (const copy of copies) {
          const discard = async (issues: DocumentIssue[]): Promise<void> => {
            report('The autosaved design from the last session could not be restored and was discarded.', issues);
            await clearSlot(copy.slot);
          };
          if (copy.text.length > MAX_DOCUMENT_BYTES) {
            await discard([{ message: `It is at least ${formatSizeMB(copy.text.length)}; the limit is ${formatSizeMB(MAX_DOCUMENT_BYTES)}.` }]);
            continue;
          }
          const loaded = loadProject(copy.text);
          if (!loaded.ok) {
            await discard(loaded.errors);
            continue;
          }
          if (serializeProjectFile(loaded.project) === current) {
            await clearSlot(copy.slot);
            continue;
          }
          offers.push({ project: loaded.project, designName: loaded.project.design.name, savedAtMs: copy.savedAtMs || null, slot: copy.slot });
        }
        if (!offers.length) return;
        const taken = new Set(offers.map((o) => o.slot));
        slot = `s${Date.now().toString(36)}`;
        while (taken.has(slot)) slot += 'x';
        // Newest first: the copy the user most likely wants back.
        pendingOffers = offers.reverse();
        showNextOffer();
      })();
      return autosaveCheck;
    },
    restore: () => {
      const offer = notices.getState().restoreOffer;
      if (!offer) return;
      // A plain document change: one undo step back to the start design, and unsaved until saved. It no longer
      // belongs to a file opened meanwhile, so Save asks where to put it.
      store.setState(store.getState().file ? { project: offer.project, file: null } : { project: offer.project });
      showNextOffer();
      // The restored design is now this session's copy; the earlier slot goes once that copy is written.
      void (async () => {
        try {
          await platform.writeAutosave(serializeProjectFile(offer.project), slot);
          await clearSlot(offer.slot);
        } catch {
          // Keep the earlier copy: it is offered again next time rather than lost.
        }
      })();
    },
    discardRestore: async () => {
      const offer = notices.getState().restoreOffer;
      showNextOffer();
      if (offer) await clearSlot(offer.slot);
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
