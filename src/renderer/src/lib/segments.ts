/** A run of text with the same set of marks; `start`/`end` are offsets into the report text. */
export interface Segment {
  start: number;
  end: number;
  marks: string[];
}

export interface Mark {
  start: number;
  end: number;
  /** CSS class; several marks may cover the same characters. */
  cls: string;
}

/**
 * Cuts [from, to) at every mark boundary so each piece can be one <span> with its classes.
 * Marks are clipped to the range; the result covers the range exactly, in order.
 */
export function segment(from: number, to: number, marks: readonly Mark[]): Segment[] {
  const inside = marks.filter((m) => m.end > from && m.start < to && m.end > m.start);
  const cuts = new Set<number>([from, to]);
  for (const m of inside) {
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i];
    const e = points[i + 1];
    const classes = inside.filter((m) => m.start <= s && m.end >= e).map((m) => m.cls);
    out.push({ start: s, end: e, marks: [...new Set(classes)] });
  }
  return out;
}

export interface Block {
  kind: 'text' | 'table';
  start: number;
  end: number;
  tableId?: string;
}

/** Splits a range into text blocks and the spans of rebuilt tables, which render as real tables. */
export function blocksOf(from: number, to: number, tables: readonly { id: string; span: { start: number; end: number } }[]): Block[] {
  const inside = tables.filter((t) => t.span.start >= from && t.span.end <= to).sort((a, b) => a.span.start - b.span.start);
  const blocks: Block[] = [];
  let pos = from;
  for (const t of inside) {
    if (t.span.start < pos) continue;
    if (t.span.start > pos) blocks.push({ kind: 'text', start: pos, end: t.span.start });
    blocks.push({ kind: 'table', start: t.span.start, end: t.span.end, tableId: t.id });
    pos = t.span.end;
  }
  if (pos < to) blocks.push({ kind: 'text', start: pos, end: to });
  return blocks;
}

/** Offset into the report of a DOM position inside a rendered segment (`data-s` holds its start). */
export function offsetOf(node: Node | null, offsetInNode: number): number | null {
  let el: Node | null = node;
  while (el && !(el instanceof HTMLElement && el.dataset.s !== undefined)) el = el.parentNode;
  if (!el) return null;
  const start = Number((el as HTMLElement).dataset.s);
  if (node === el) return start + (offsetInNode > 0 ? (el.textContent ?? '').length : 0);
  return start + offsetInNode;
}
