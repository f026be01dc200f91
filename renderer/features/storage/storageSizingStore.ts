/**
 * The Storage sizing view's own state: whether it is open and what the user asks of the sizing (the AU target,
 * whose demand, a warm or cold page cache). The choices are the view's, not the project's: not saved with it.
 */
import { create } from 'zustand';

/** Default AU target, %: MLPerf Storage passes a run at 90% accelerator utilization (70% for CosmoFlow). */
export const DEFAULT_AU_TARGET_PCT = 90;

/** Whose demand the storage must meet: the design's own GPUs, or an emulated accelerator (its id). */
export type DemandSource = { kind: 'design' } | { kind: 'emulated'; id: string };

/** State and actions of the view. */
export interface StorageSizingViewState {
  open: boolean;
  auTargetPct: number;
  demand: DemandSource;
  /** Warm epochs: the servers' page cache serves what fits of the dataset (the design's demand only). */
  warm: boolean;
  setOpen: (open: boolean) => void;
  setAuTargetPct: (pct: number) => void;
  /** Choose the demand; an emulated accelerator brings its benchmark's AU threshold as the target. */
  setDemand: (demand: DemandSource, auThresholdPct?: number) => void;
  setWarm: (warm: boolean) => void;
}

/** The view's store (one per window). */
export const useStorageSizingView = create<StorageSizingViewState>()((set) => ({
  open: false,
  auTargetPct: DEFAULT_AU_TARGET_PCT,
  demand: { kind: 'design' },
  warm: false,
  setOpen: (open) => set({ open }),
  setAuTargetPct: (auTargetPct) => set({ auTargetPct }),
  setDemand: (demand, auThresholdPct) => set(auThresholdPct === undefined ? { demand } : { demand, auTargetPct: auThresholdPct }),
  setWarm: (warm) => set({ warm }),
}));
