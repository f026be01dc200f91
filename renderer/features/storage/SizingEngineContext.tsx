import { createContext, useContext, type ReactNode } from 'react';
import { getEngineClient, type EngineClient } from '../../workers/engineClient';

/** What the Storage sizing view needs of the engine client (tests pass an in-page engine). */
export type SizingConnection = Pick<EngineClient, 'sizeStorage'>;

const SizingEngineContext = createContext<SizingConnection | null>(null);

/** Gives the view below it this engine connection instead of the app's engine client. */
export function SizingEngineProvider({ client, children }: { client: SizingConnection; children: ReactNode }) {
  return <SizingEngineContext value={client}>{children}</SizingEngineContext>;
}

/** The nearest provided connection, else the app's engine client (its own worker lane). */
export function useSizingConnection(): SizingConnection {
  return useContext(SizingEngineContext) ?? getEngineClient();
}
