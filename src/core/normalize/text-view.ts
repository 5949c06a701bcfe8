import type { Evidence, Span } from '../types';

/**
 * The three aligned readings of one document.
 * - `original`: the decoded text the reviewer sees; every reported offset points into it.
 * - `repaired`: original script with conversion damage removed and boilerplate blanked out.
 * - `norm`: `repaired` in Simplified characters with half-width digits and punctuation; all
 *   matching runs on it. `norm` and `repaired` have the same length; `map` takes an index of
 *   either back to `original`.
 */
export interface TextView {
  original: string;
  repaired: string;
  norm: string;
  map: Int32Array;
}

export function toOriginalSpan(view: TextView, start: number, end: number): Span {
  const s = view.map[Math.max(0, Math.min(start, view.map.length - 1))];
  const e = end > start ? view.map[Math.min(end - 1, view.map.length - 1)] + 1 : s;
  return { start: s, end: Math.max(s, e) };
}

export const MAX_QUOTE_CHARS = 160;

export function evidenceAt(view: TextView, start: number, end: number): Evidence {
  const span = toOriginalSpan(view, start, end);
  return { ...span, quote: quoteOf(view, start, end) };
}

/** The repaired words of a span, as a reviewer would want them quoted (no pinyin, no `??`). */
export function quoteOf(view: TextView, start: number, end: number): string {
  const text = view.repaired.slice(start, end).replace(/\s+/g, ' ').trim();
  return text.length > MAX_QUOTE_CHARS ? `${text.slice(0, MAX_QUOTE_CHARS - 1)}…` : text;
}
