/**
 * The one way main answers the renderer: `handle()` checks that the sender is the main frame of one of our
 * windows, showing a page from a trusted origin, and validates the arguments before the handler runs.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { ZodType } from 'zod';
import type { EventChannels, InvokeChannels } from '../ipc/contract';
import { isTrustedUrl } from './appUrls';

/** A handler for one invoke channel: gets the validated arguments, returns the channel's result. */
export type Handler<C extends keyof InvokeChannels> = (
  event: IpcMainInvokeEvent,
  ...args: InvokeChannels[C]['args']
) => Promise<InvokeChannels[C]['result']> | InvokeChannels[C]['result'];

const trustedContentsIds = new Set<number>();
let trustedOriginList: readonly string[] = [];

/** Set the origins a sender's page may come from (the app protocol, plus the dev server in development). */
export function setTrustedOrigins(origins: readonly string[]): void {
  trustedOriginList = [...origins];
}

/** Accept IPC from `contents` (a window this app created) until it is destroyed. */
export function trustContents(contents: WebContents): void {
  const id = contents.id;
  trustedContentsIds.add(id);
  contents.once('destroyed', () => trustedContentsIds.delete(id));
}

/** True when the event comes from the main frame of a trusted web contents showing a trusted-origin page. */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (!trustedContentsIds.has(event.sender.id)) return false;
  return isTrustedUrl(frame.url, trustedOriginList);
}

/**
 * Register `fn` for `channel` behind the sender check and `argsSchema` (a zod tuple of the channel's
 * arguments). Refusals reject the renderer's promise with a short message and never reach `fn`.
 */
export function handle<C extends keyof InvokeChannels>(
  channel: C,
  argsSchema: ZodType<InvokeChannels[C]['args']>,
  fn: Handler<C>,
): void {
  ipcMain.handle(channel, async (event, ...rawArgs: unknown[]) => {
    if (!isTrustedSender(event)) throw new Error(`Refused ${channel}: the sender is not a Trainwright window.`);
    const parsed = argsSchema.safeParse(rawArgs);
    if (!parsed.success) throw new Error(`Refused ${channel}: invalid arguments.`);
    return fn(event, ...parsed.data);
  });
}

/** Push a typed main -> renderer event (see `EventChannels`) unless the contents is gone. */
export function sendToRenderer<C extends keyof EventChannels>(contents: WebContents, channel: C, payload: EventChannels[C]): void {
  if (!contents.isDestroyed()) contents.send(channel, payload);
}
