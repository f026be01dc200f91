import { ComingSoon, Panel } from '../shell/Panel';

/** The left region: where the component palette goes. */
export function PalettePanel() {
  return (
    <Panel title="Components" area="palette">
      <ComingSoon feature="Component palette" release="planner release">
        CPUs, GPUs, drives, switches and NICs from the catalog, to drag onto the canvas.
      </ComingSoon>
    </Panel>
  );
}
