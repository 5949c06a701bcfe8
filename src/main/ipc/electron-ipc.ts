import { API_METHODS, channelOf, type Envelope } from '../../shared/channels';
import type { Router } from './router';
import { toErrorShape } from './router';

/** The slice of `ipcMain` this module uses; tests pass a stand-in. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: { url: string; parent: unknown } | null }, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

/**
 * Binds each contract method to one channel. A call is served only for the app's own top-level
 * frame; anything else (an iframe, a navigated page) gets a refusal, not the service.
 */
export function registerIpcHandlers(ipcMain: IpcMainLike, router: Router, isTrustedUrl: (url: string) => boolean): () => void {
  for (const method of API_METHODS) {
    ipcMain.handle(channelOf(method), async (event, arg): Promise<Envelope<unknown>> => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isTrustedUrl(frame.url)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'IPC from an untrusted frame was refused.' } };
      }
      try {
        return { ok: true, value: await router.call(method, arg) };
      } catch (err) {
        return { ok: false, error: toErrorShape(err) };
      }
    });
  }
  return () => {
    for (const method of API_METHODS) ipcMain.removeHandler(channelOf(method));
  };
}
