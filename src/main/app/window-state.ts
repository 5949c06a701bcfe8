import { readFileSync, writeFileSync } from 'node:fs';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface DisplayArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW: WindowState = { width: 1366, height: 860, maximized: false };

/**
 * Last window size and position, kept only if the window would still be visible on one of the
 * current displays (a laptop undocked from its second screen must not open off-screen).
 */
export function loadWindowState(file: string, displays: DisplayArea[]): WindowState {
  let saved: Partial<WindowState>;
  try {
    saved = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { ...DEFAULT_WINDOW };
  }
  const width = Math.max(900, Math.min(Number(saved.width) || DEFAULT_WINDOW.width, 10000));
  const height = Math.max(600, Math.min(Number(saved.height) || DEFAULT_WINDOW.height, 10000));
  const state: WindowState = { width, height, maximized: saved.maximized === true };
  if (typeof saved.x === 'number' && typeof saved.y === 'number') {
    const visible = displays.some((d) => saved.x! + 100 > d.x && saved.x! < d.x + d.width - 100 && saved.y! >= d.y - 10 && saved.y! < d.y + d.height - 100);
    if (visible) Object.assign(state, { x: saved.x, y: saved.y });
  }
  return state;
}

export function saveWindowState(file: string, state: WindowState): void {
  try {
    writeFileSync(file, JSON.stringify(state));
  } catch {
    // Losing the window position is not worth interrupting the reviewer.
  }
}
