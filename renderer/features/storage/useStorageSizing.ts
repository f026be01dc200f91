import { useEffect, useRef, useState } from 'react';
import type { InputError, StorageSizing, StorageSizingRequest } from '../../../core';
import { useAppStore } from '../../store/AppStoreProvider';
import { isEvaluationCancelled } from '../../workers/engineClient';
import { useSizingConnection } from './SizingEngineContext';
import { useStorageSizingView } from './storageSizingStore';

/**
 * Where the sizing of the open design stands: `computing` (the design or a choice changed and the answer has not
 * arrived; the previous sizing, if any, stays in `sizing`), `current` (`sizing` answers the design and choices as
 * they are), `error` (the design cannot be sized, or the engine failed: `errors` says why in the user's words).
 */
export interface StorageSizingState {
  status: 'computing' | 'current' | 'error';
  sizing: StorageSizing | null;
  errors: InputError[];
}

/** The request the view's choices make. */
export function sizingRequest(state: Pick<ReturnType<typeof useStorageSizingView.getState>, 'auTargetPct' | 'demand' | 'warm'>): StorageSizingRequest {
  if (state.demand.kind === 'emulated') return { auTargetPct: state.auTargetPct, benchmark: state.demand.id };
  return { auTargetPct: state.auTargetPct, ...(state.warm ? { warm: true } : {}) };
}

/** Sizes the open design's storage in the engine worker, again after every change of the design or a choice. */
export function useStorageSizing(): StorageSizingState {
  const connection = useSizingConnection();
  const design = useAppStore((s) => s.project.design);
  const auTargetPct = useStorageSizingView((s) => s.auTargetPct);
  const demand = useStorageSizingView((s) => s.demand);
  const warm = useStorageSizingView((s) => s.warm);
  const [state, setState] = useState<StorageSizingState>({ status: 'computing', sizing: null, errors: [] });
  const latest = useRef(0);

  useEffect(() => {
    const request = ++latest.current;
    setState((s) => ({ ...s, status: 'computing' }));
    connection.sizeStorage(design, sizingRequest({ auTargetPct, demand, warm })).then(
      (response) => {
        if (request !== latest.current) return;
        setState((s) => (response.ok ? { status: 'current', sizing: response.sizing, errors: [] } : { status: 'error', sizing: s.sizing, errors: response.errors }));
      },
      (error: unknown) => {
        if (request !== latest.current || isEvaluationCancelled(error)) return;
        const message = error instanceof Error ? error.message : String(error);
        setState((s) => ({ status: 'error', sizing: s.sizing, errors: [{ path: '(engine)', message: `The engine could not size this design: ${message}` }] }));
      },
    );
  }, [connection, design, auTargetPct, demand, warm]);

  return state;
}
