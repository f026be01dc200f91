import { createContext, useContext, type ReactNode } from 'react';
import type { EngineClient } from '../../workers/engineClient';

/** What the results views need from the engine client to sweep the cluster size (tests pass a fake). */
export type SweepConnection = Pick<EngineClient, 'sweep' | 'cancelSweep'>;

/** The engine's sweep; null where none is provided (the Scaling view then says so). */
export const EngineSweepContext = createContext<SweepConnection | null>(null);

/** Gives the results views below it the engine's sweep (the app passes its engine client). */
export function EngineSweepProvider({ client, children }: { client: SweepConnection; children: ReactNode }) {
  return <EngineSweepContext value={client}>{children}</EngineSweepContext>;
}

/** The sweep connection of the nearest `EngineSweepProvider`, or null. */
export function useSweepConnection(): SweepConnection | null {
  return useContext(EngineSweepContext);
}
