import { useEffect } from 'react';
import { serializeProjectFile } from '../../../core/project/projectFile';
import type { ExportPlatform } from '../../platform/exportPlatform';
import type { AppStore } from '../../store/appStore';

/** How long the editor waits after the last change before publishing the open project, ms (typing stays cheap). */
const PUBLISH_DELAY_MS = 300;

/**
 * Keep the open project where `#/report` finds it, so the report opened by hand shows what the editor has open
 * (published at once on start, then shortly after each change).
 */
export function usePublishOpenProject(store: AppStore, platform: Pick<ExportPlatform, 'publishOpenProject'>): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = store.getState().project;
    platform.publishOpenProject(serializeProjectFile(last));
    const stop = store.subscribe((state) => {
      if (state.project === last) return;
      last = state.project;
      clearTimeout(timer);
      timer = setTimeout(() => platform.publishOpenProject(serializeProjectFile(last)), PUBLISH_DELAY_MS);
    });
    return () => {
      stop();
      if (timer !== undefined) {
        clearTimeout(timer);
        platform.publishOpenProject(serializeProjectFile(last));
      }
    };
  }, [store, platform]);
}
