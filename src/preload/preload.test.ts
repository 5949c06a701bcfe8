import { beforeEach, describe, expect, it, vi } from 'vitest';
import { API_METHODS, channelOf } from '../shared/channels';

const exposed: Record<string, Record<string, unknown>> = {};
const invoke = vi.fn();
const listeners = new Map<string, Set<(...a: unknown[]) => void>>();

// A stand-in for Electron: the real module cannot load without its binary.
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: Record<string, unknown>) => (exposed[key] = value) },
  webUtils: { getPathForFile: (f: { name: string }) => (f.name === 'mem' ? '' : `/dropped/${f.name}`) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => invoke(...args),
    on: (channel: string, fn: (...a: unknown[]) => void) => (listeners.get(channel) ?? listeners.set(channel, new Set()).get(channel)!).add(fn),
    removeListener: (channel: string, fn: (...a: unknown[]) => void) => listeners.get(channel)?.delete(fn),
  },
}));

describe('preload', () => {
  beforeEach(async () => {
    await import('./index');
  });

  it('exposes one frozen `api` with exactly the contract methods and `on`', () => {
    expect(Object.keys(exposed)).toEqual(['api']);
    expect(Object.keys(exposed.api).sort()).toEqual([...API_METHODS, 'on', 'pathsForFiles'].sort());
    expect(Object.isFrozen(exposed.api)).toBe(true);
  });

  it('calls the method’s own channel and turns error envelopes into exceptions', async () => {
    invoke.mockResolvedValueOnce({ ok: true, value: [1, 2] });
    await expect((exposed.api.listReports as (a: unknown) => Promise<unknown>)({})).resolves.toEqual([1, 2]);
    expect(invoke).toHaveBeenLastCalledWith(channelOf('listReports'), {});
    invoke.mockResolvedValueOnce({ ok: false, error: { code: 'NOT_FOUND', message: 'No report with id 9.' } });
    await expect((exposed.api.getReport as (a: unknown) => Promise<unknown>)({ documentId: 9 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('resolves dropped files to paths, leaving out files that have none', () => {
    const paths = (exposed.api.pathsForFiles as (f: unknown[]) => string[])([{ name: 'a.pdf' }, { name: 'mem' }]);
    expect(paths).toEqual(['/dropped/a.pdf']);
  });

  it('subscriptions return their own unsubscribe, so listeners never leak', () => {
    const on = exposed.api.on as (e: string, fn: (p: unknown) => void) => () => void;
    const fn = vi.fn();
    const off = on('importProgress', fn);
    const channel = channelOf('importProgress');
    for (const l of listeners.get(channel)!) l({}, { done: 1, total: 2, file: 'a' });
    expect(fn).toHaveBeenCalledWith({ done: 1, total: 2, file: 'a' });
    off();
    expect(listeners.get(channel)!.size).toBe(0);
    expect(() => on('somethingElse', fn)).toThrow();
  });
});
