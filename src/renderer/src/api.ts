import type { ReviewDeskApi } from '../../shared/api';

/** The only place the renderer touches the bridge; provided by the preload or the e2e harness. */
export function api(): ReviewDeskApi {
  if (!window.api) throw new Error('window.api is missing: the preload did not run.');
  return window.api;
}

export function errorMessage(err: unknown): string {
  const e = err as { code?: string; message?: string };
  return e?.message ?? String(err);
}
