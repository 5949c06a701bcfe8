/**
 * Exposes exactly one object, `window.api`, built from the contract's method list. No Node, no
 * `ipcRenderer`, no generic invoke: each method is one fixed channel.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { API_EVENTS, API_METHODS, channelOf, type ApiEventName, type Envelope } from '../shared/channels';

class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const api: Record<string, unknown> = {};
for (const method of API_METHODS) {
  api[method] = async (args: unknown) => {
    const envelope = (await ipcRenderer.invoke(channelOf(method), args)) as Envelope<unknown>;
    if (envelope.ok) return envelope.value;
    throw new ApiCallError(envelope.error.code, envelope.error.message);
  };
}
api.on = (event: ApiEventName, listener: (payload: unknown) => void) => {
  if (!API_EVENTS.includes(event)) throw new Error(`Unknown event ${event}`);
  // The wrapper is ours, so removing it always works: no listener leaks across remounts.
  const wrapped = (_e: unknown, payload: unknown) => listener(payload);
  ipcRenderer.on(channelOf(event), wrapped);
  return () => ipcRenderer.removeListener(channelOf(event), wrapped);
};

// Dropped files: Electron no longer puts a path on File objects; webUtils gives it for real files only.
api.pathsForFiles = (files: File[]) => files.map((f) => webUtils.getPathForFile(f)).filter(Boolean);

contextBridge.exposeInMainWorld('api', Object.freeze(api));
