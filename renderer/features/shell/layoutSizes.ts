/**
 * The sizes the user gave the side panels and the results region by dragging their edges, kept between
 * sessions (zustand's persist middleware, in localStorage). Absent = the window's default for its width
 * (the CSS grid rules in app.css and shell.css); a size is always clamped to its bounds, so a stored value
 * from a larger screen never squeezes the canvas out.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** A resizable region: the palette and inspector columns, the results row. */
export type ResizableRegion = 'palette' | 'inspector' | 'results';

/** Smallest and largest size of each region, px; `defaultPx` is what a double-click on the edge returns to. */
export const REGION_BOUNDS: Record<ResizableRegion, { minPx: number; maxPx: number; defaultPx: number; cssVar: string }> = {
  palette: { minPx: 150, maxPx: 420, defaultPx: 232, cssVar: '--palette-width' },
  inspector: { minPx: 240, maxPx: 600, defaultPx: 300, cssVar: '--inspector-width' },
  results: { minPx: 180, maxPx: 480, defaultPx: 256, cssVar: '--results-height' },
};

interface LayoutSizes {
  sizesPx: Partial<Record<ResizableRegion, number>>;
  setSize: (region: ResizableRegion, px: number) => void;
  /** Back to the window's default. */
  resetSize: (region: ResizableRegion) => void;
}

/** `px` within the region's bounds, whole pixels. */
export function clampSize(region: ResizableRegion, px: number): number {
  const { minPx, maxPx } = REGION_BOUNDS[region];
  return Math.round(Math.min(maxPx, Math.max(minPx, Number.isFinite(px) ? px : minPx)));
}

export const useLayoutSizes = create<LayoutSizes>()(
  persist(
    (set) => ({
      sizesPx: {},
      setSize: (region, px) => set((s) => ({ sizesPx: { ...s.sizesPx, [region]: clampSize(region, px) } })),
      resetSize: (region) =>
        set((s) => {
          const { [region]: _dropped, ...rest } = s.sizesPx;
          return { sizesPx: rest };
        }),
    }),
    {
      name: 'trainwright.layout',
      version: 1,
      storage: createJSONStorage(() => (typeof localStorage === 'undefined' ? undefined : localStorage) as Storage),
      partialize: (s) => ({ sizesPx: s.sizesPx }),
      // A hand-edited or foreign value is clamped, a non-number dropped.
      merge: (persisted, current) => {
        const stored = (persisted as { sizesPx?: Record<string, unknown> } | undefined)?.sizesPx ?? {};
        const sizesPx: LayoutSizes['sizesPx'] = {};
        for (const region of Object.keys(REGION_BOUNDS) as ResizableRegion[]) {
          const v = stored[region];
          if (typeof v === 'number' && Number.isFinite(v)) sizesPx[region] = clampSize(region, v);
        }
        return { ...current, sizesPx };
      },
    },
  ),
);

/** The CSS variables of the stored sizes, for the window's grid. */
export function layoutStyle(sizesPx: LayoutSizes['sizesPx']): Record<string, string> {
  const style: Record<string, string> = {};
  for (const [region, px] of Object.entries(sizesPx) as Array<[ResizableRegion, number]>) style[REGION_BOUNDS[region].cssVar] = `${px}px`;
  return style;
}
