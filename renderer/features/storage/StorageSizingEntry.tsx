import { useEffect } from 'react';
import { useClusterView } from '../cluster/clusterStore';
import { StorageSizingView } from './StorageSizingView';
import { useStorageSizingView } from './storageSizingStore';

/** The top bar's toggle between the design editor and the Storage sizing view (it closes the Cluster sharing view). */
export function StorageSizingButton() {
  const open = useStorageSizingView((s) => s.open);
  const setOpen = useStorageSizingView((s) => s.setOpen);
  return (
    <button
      type="button"
      className="cluster-toggle"
      aria-pressed={open}
      data-testid="storage-sizing-toggle"
      onClick={() => {
        if (!open) useClusterView.getState().setOpen(false);
        setOpen(!open);
      }}
    >
      Storage sizing
    </button>
  );
}

/** The Storage sizing view over the editor's panels while it is open; opening the Cluster sharing view closes it. */
export function StorageSizingOverlay() {
  const open = useStorageSizingView((s) => s.open);
  const clusterOpen = useClusterView((s) => s.open);
  useEffect(() => {
    if (clusterOpen) useStorageSizingView.getState().setOpen(false);
  }, [clusterOpen]);
  return open && !clusterOpen ? <StorageSizingView /> : null;
}
