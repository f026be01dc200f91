import type { ComponentType } from 'react';
import { EconomicsForm } from '../run/EconomicsForm';
import { RunSettingsForm } from '../run/RunSettingsForm';

/** Sections of the right-hand sidebar. */
export type SideTab = 'selection' | 'run' | 'economics';

const Empty = () => null;

export const SIDE_TABS: ReadonlyArray<{ id: SideTab; label: string; Content: ComponentType }> = [
  { id: 'selection', label: 'Selection', Content: Empty },
  { id: 'run', label: 'Run', Content: RunSettingsForm },
  { id: 'economics', label: 'Costs', Content: EconomicsForm },
];
