import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { Platform } from '../platform/platform';
import type { AppStore } from '../store/appStore';
import { createCommandCenter, type CommandCenter } from './center';
import type { CommandServices } from './types';

const CommandCenterContext = createContext<CommandCenter | null>(null);

/** Makes `center` the commands of everything below it. */
export function CommandsProvider({ center, children }: { center: CommandCenter; children: ReactNode }) {
  return <CommandCenterContext.Provider value={center}>{children}</CommandCenterContext.Provider>;
}

/** The window's command center; null outside a `CommandsProvider` (a component shown on its own in a test). */
export function useCommands(): CommandCenter | null {
  return useContext(CommandCenterContext);
}

/** The window's command center with its key dispatcher and menu subscriber running while mounted. */
export function useCommandCenter(store: AppStore, platform: Platform): CommandCenter {
  const center = useMemo(() => createCommandCenter(store, platform), [store, platform]);
  useEffect(() => center.listen(window, platform), [center, platform]);
  return center;
}

/** Provides `value` in `slot` of `center` while the calling component is mounted (nothing without a center). */
export function useProvideService<K extends keyof CommandServices>(center: CommandCenter | null, slot: K, value: NonNullable<CommandServices[K]> | undefined): void {
  useEffect(() => (center && value ? center.provide(slot, value) : undefined), [center, slot, value]);
}
