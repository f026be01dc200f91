import { useEffect, useRef, useState } from 'react';
import type { NodeSweep, SweepResponse } from '../../../core';
import { useAppStore } from '../../store/AppStoreProvider';
import type { ProjectDesign } from '../../store/documentSlice';
import { isEvaluationCancelled } from '../../workers/engineClient';
import { useSweepConnection } from './EngineSweepContext';
import { sweepCountsFor, sweptType, type SweepableType } from './sweepCounts';

/**
 * Where the scaling sweep of the open design stands:
 * - `unavailable`: no engine sweep is provided;
 * - `no-gpus`: the design has no server type with GPUs to sweep;
 * - `idle`: not requested (the view is hidden);
 * - `computing`: the design (or the swept type) changed and the engine's answer for it has not arrived;
 * - `current`: `sweep` is the engine's answer for the open design;
 * - `error`: the engine refused the open design or failed (`errors` says why).
 */
export type SweepStatus = 'unavailable' | 'no-gpus' | 'idle' | 'computing' | 'current' | 'error';

/** The scaling sweep as the views show it. */
export interface NodeSweepView {
  status: SweepStatus;
  /** The latest sweep of the swept type; it describes the open design only when `status` is `current`. */
  sweep: NodeSweep | null;
  /** Why the sweep failed, when `status` is `error`. */
  errors: string[];
  /** The server type being swept. */
  type: SweepableType | null;
}

interface Answer {
  design: ProjectDesign;
  typeId: string;
  response: SweepResponse | null;
  failure: string | null;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Sweep the open design's cluster size in the engine worker while `enabled`, again after every change of
 * the design (the client debounces and lets the newest request win). An answer counts as current only
 * for the very design object it was computed from, so a late answer for an older design is never shown
 * as current, whatever order answers arrive in.
 * @param enabled whether the sweep is wanted now (e.g. its view is visible)
 * @param preferredTypeId server type to sweep; null or unknown = the first with GPUs
 */
export function useNodeSweep(enabled: boolean, preferredTypeId: string | null): NodeSweepView {
  const connection = useSweepConnection();
  const design = useAppStore((state) => state.project.design);
  const type = sweptType(design, preferredTypeId);
  const typeId = type?.id ?? null;
  const typeCount = type?.count ?? 0;
  const [answer, setAnswer] = useState<Answer | null>(null);
  // The same answer, readable from the effect without making it a dependency.
  const answerRef = useRef<Answer | null>(null);
  const wasEnabled = useRef(false);

  useEffect(() => {
    if (!enabled) wasEnabled.current = false;
  }, [enabled]);

  useEffect(() => {
    if (!connection || !enabled || typeId === null) return;
    // Back on the view with nothing changed: the answer we hold is still the current one.
    const held = answerRef.current;
    if (held && held.design === design && held.typeId === typeId) {
      wasEnabled.current = true;
      return;
    }
    // Opening the view asks at once; edits while it is open wait for the debounce.
    const immediate = !wasEnabled.current;
    wasEnabled.current = true;
    let active = true;
    const keep = (next: Answer): void => {
      answerRef.current = next;
      setAnswer(next);
    };
    connection.sweep(design, sweepCountsFor(typeCount), { serverTypeId: typeId, immediate }).then(
      (response) => {
        if (active) keep({ design, typeId, response, failure: null });
      },
      (error: unknown) => {
        if (active && !isEvaluationCancelled(error)) keep({ design, typeId, response: null, failure: messageOf(error) });
      },
    );
    return () => {
      active = false;
      connection.cancelSweep();
    };
  }, [connection, enabled, design, typeId, typeCount]);

  if (!connection) return { status: 'unavailable', sweep: null, errors: [], type };
  if (!type) return { status: 'no-gpus', sweep: null, errors: [], type };
  const sameType = answer !== null && answer.typeId === type.id;
  const lastSweep = sameType && answer.response?.ok ? answer.response.sweep : null;
  if (!sameType || answer.design !== design) return { status: enabled ? 'computing' : 'idle', sweep: lastSweep, errors: [], type };
  if (answer.response?.ok) return { status: 'current', sweep: answer.response.sweep, errors: [], type };
  const errors = answer.response && !answer.response.ok ? answer.response.errors.map((e) => `${e.path}: ${e.message}`) : [answer.failure ?? 'The sweep failed.'];
  return { status: 'error', sweep: null, errors, type };
}
