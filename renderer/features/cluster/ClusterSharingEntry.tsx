import { ClusterSharingView } from './ClusterSharingView';
import { useClusterView } from './clusterStore';

/** The top bar's toggle between the design editor and the Cluster sharing view. */
export function ClusterSharingButton() {
  const open = useClusterView((s) => s.open);
  const setOpen = useClusterView((s) => s.setOpen);
  return (
    <button type="button" className="cluster-toggle" aria-pressed={open} data-testid="cluster-toggle" onClick={() => setOpen(!open)}>
      Cluster sharing
    </button>
  );
}

/** The Cluster sharing view over the editor's panels while it is open (the editor keeps its state underneath). */
export function ClusterSharingOverlay() {
  const open = useClusterView((s) => s.open);
  return open ? <ClusterSharingView /> : null;
}
