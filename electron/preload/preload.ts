/**
 * The preload: exposes `window.api` (the contract's `TrainwrightApi`) through contextBridge and nothing else.
 * Only channels listed in the contract pass, checked at run time because the renderer is untrusted.
 * Bundled as CommonJS: sandboxed preloads cannot be ES modules.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNELS, INVOKE_CHANNELS, type EventChannels, type InvokeChannels, type TrainwrightApi } from '../ipc/contract';

const invokeAllowed = new Set<string>(INVOKE_CHANNELS);
const eventAllowed = new Set<string>(EVENT_CHANNELS);

/** The object exposed as `window.api`. */
const api: TrainwrightApi = {
  invoke<C extends keyof InvokeChannels>(channel: C, ...args: InvokeChannels[C]['args']): Promise<InvokeChannels[C]['result']> {
    if (!invokeAllowed.has(channel)) return Promise.reject(new Error(`Channel not allowed: ${String(channel)}`));
    return ipcRenderer.invoke(channel, ...args) as Promise<InvokeChannels[C]['result']>;
  },
  on<C extends keyof EventChannels>(channel: C, listener: (payload: EventChannels[C]) => void): () => void {
    if (!eventAllowed.has(channel)) throw new Error(`Channel not allowed: ${String(channel)}`);
    // Strip the IpcRendererEvent: it carries `sender`, which must never reach the page.
    const forward = (_event: IpcRendererEvent, payload: EventChannels[C]): void => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);
