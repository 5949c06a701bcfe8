import { AnalysisError } from '../errors';
import type { Span } from '../types';

interface Item {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Line {
  y: number;
  x0: number;
  x1: number;
  h: number;
  cells: string[];
  /** Where each cell starts on the page. */
  cellX: number[];
  /** Right edge of the column the line belongs to, when the page is set in columns. */
  columnRight?: number;
}

export interface PdfText {
  text: string;
  /** Where each page's text starts and ends in `text`, so evidence can cite 第N页. */
  pages: Span[];
}

const PAGE_NUMBER = /^([-—–\s]*\d+[-—–\s]*|第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|page\s*\d+(\s*of\s*\d+)?)$/i;

function toLines(items: Item[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; h: number; items: Item[] }[] = [];
  for (const it of sorted) {
    const line = lines.find((l) => Math.abs(l.y - it.y) <= Math.max(2, Math.min(l.h, it.h) * 0.45));
    if (line) {
      line.items.push(it);
      line.h = Math.max(line.h, it.h);
    } else lines.push({ y: it.y, h: it.h, items: [it] });
  }
  lines.sort((a, b) => b.y - a.y);
  return lines.map((l) => {
    const its = l.items.sort((a, b) => a.x - b.x);
    const cells: string[] = [];
    const cellX: number[] = [];
    let prevEnd = -Infinity;
    for (const it of its) {
      const gap = it.x - prevEnd;
      // A gap of more than about one character starts a new cell: how tables look in a PDF.
      const prev = cells[cells.length - 1] ?? '';
      // A figure right after a label (or a label after a figure) is another cell even when close.
      const kindChange = gap > 4 && /^[-+]?\d+(\.\d+)?$/.test(it.str.trim()) !== /^[-+]?\d+(\.\d+)?$/.test(prev.trim());
      if (cells.length === 0 || gap > Math.max(l.h * 1.1, 6) || kindChange) {
        cells.push(it.str);
        cellX.push(it.x);
      }
      else cells[cells.length - 1] += (gap > l.h * 0.25 && /[A-Za-z0-9]$/.test(cells[cells.length - 1]) ? ' ' : '') + it.str;
      prevEnd = Math.max(prevEnd, it.x + it.w);
    }
    const kept = cells.map((c, i) => [c.trim(), cellX[i]] as const).filter(([c]) => c);
    return { y: l.y, x0: its[0].x, x1: prevEnd, h: l.h, cells: kept.map(([c]) => c), cellX: kept.map(([, x]) => x) };
  }).filter((l) => l.cells.length > 0);
}

/** Running headers, footers and page numbers: the same words at the top or bottom of most pages. */
function furniture(pages: Line[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edge = [...lines.slice(0, 2), ...lines.slice(-2)];
    for (const l of new Set(edge.map((x) => x.cells.join(' ').replace(/\d+/g, '#')))) counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  const repeated = new Set<string>();
  if (pages.length >= 3) for (const [k, n] of counts) if (n >= Math.ceil(pages.length * 0.6)) repeated.add(k);
  return repeated;
}

const NUMERIC = /^[-+]?\d+(\.\d+)?$/;
const LIST_MARKER = /^(\d+[.、．]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、)/;
const isRow = (l: Line) => l.cells.length >= 2 && l.cells.filter((c) => NUMERIC.test(c)).length >= 2;
const isFragment = (l: Line) => l.cells.length === 1 && l.cells[0].length <= 16 && !NUMERIC.test(l.cells[0]);

/**
 * A table cell whose label wraps sits in the PDF as label fragments above and below a line of
 * figures. Fragments that start a list item (「2.其他法律…」) belong to the row below; the rest
 * (「止公开」) continue the row above. The label is put back in front of its figures.
 */
function assembleRows(lines: Line[]): Line[] {
  const out: Line[] = [];
  let lastRow: Line | null = null;
  /** Which cell of `lastRow` holds its label, to append continuations to. */
  let labelCell = 0;
  for (const line of lines) {
    if (isRow(line)) {
      const pending: string[] = [];
      while (out.length && out[out.length - 1] !== lastRow && isFragment(out[out.length - 1])) {
        const frag = out.pop()!;
        pending.unshift(frag.cells[0]);
        if (LIST_MARKER.test(frag.cells[0])) break;
      }
      const cells = [...line.cells];
      if (pending.length && NUMERIC.test(cells[0])) {
        cells.unshift(pending.join(''));
        labelCell = 0;
      } else if (pending.length && /^[（(][一二三四五六七八九十]+[）)]/.test(cells[0]) && LIST_MARKER.test(pending[0])) {
        // 「1.本机关不掌握相关」 above 「（四）无法提供 | 2 | …」: the leaf goes after its group.
        cells.splice(1, 0, pending.join(''));
        labelCell = 1;
      } else if (pending.length && !NUMERIC.test(cells[0]) && !LIST_MARKER.test(cells[0]) && LIST_MARKER.test(pending[0])) {
        // 「（二）部分公开（区分」 above 「处理的，只计这一情 | 3 | …」: one label in two lines.
        cells[0] = pending.join('') + cells[0];
        labelCell = 0;
      } else {
        for (const p of pending) out.push({ ...line, cells: [p] });
        labelCell = cells.findIndex((c) => NUMERIC.test(c)) - 1;
      }
      lastRow = { ...line, cells };
      out.push(lastRow);
      continue;
    }
    const continues = (l: Line) => isFragment(l) && l.cells[0].length <= 12 && !LIST_MARKER.test(l.cells[0]) && !/^(第.+[条项]|信息内容)/.test(l.cells[0]);
    if (lastRow && out[out.length - 1] === lastRow && labelCell >= 0 && (lastRow.cells[labelCell]?.length ?? 0) >= 7 && continues(line)) {
      lastRow.cells[labelCell] += line.cells[0];
      continue;
    }
    out.push(line);
  }
  return out;
}

/** Items on one baseline, before cells are formed. */
function baselines(items: Item[]): Item[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: { y: number; h: number; items: Item[] }[] = [];
  for (const it of sorted) {
    const row = rows.find((r) => Math.abs(r.y - it.y) <= Math.max(2, Math.min(r.h, it.h) * 0.45));
    if (row) row.items.push(it);
    else rows.push({ y: it.y, h: it.h, items: [it] });
  }
  return rows.sort((a, b) => b.y - a.y).map((r) => r.items);
}

const proseLength = (items: Item[]) => items.reduce((n, it) => n + it.str.replace(/[\d\s.,%]/g, '').length, 0);

/**
 * A page set in two columns has a gutter: an x that no glyph crosses while prose stands on both
 * sides of it, line after line. Such a page is read in bands: full-width lines where they are,
 * and between them the left column top to bottom, then the right column.
 */
function readingGroups(items: Item[]): { items: Item[]; column: boolean }[] {
  const rows = baselines(items);
  if (rows.length < 8) return [{ items, column: false }];
  const minX = Math.min(...items.map((i) => i.x));
  const maxX = Math.max(...items.map((i) => i.x + i.w));
  let best: { g: number; sides: number } | null = null;
  for (let g = minX + (maxX - minX) * 0.3; g <= minX + (maxX - minX) * 0.7; g += 2) {
    let crossed = 0;
    let leftRows = 0;
    let rightRows = 0;
    for (const r of rows) {
      if (r.some((it) => it.x < g - 1 && it.x + it.w > g + 1)) crossed++;
      else {
        // Columns rarely share baselines, so each side is counted on its own.
        if (proseLength(r.filter((it) => it.x + it.w <= g + 1)) >= 6) leftRows++;
        if (proseLength(r.filter((it) => it.x >= g - 1)) >= 6) rightRows++;
      }
    }
    const sides = Math.min(leftRows, rightRows);
    if (crossed <= rows.length * 0.2 && sides >= Math.max(6, rows.length * 0.25) && (!best || sides > best.sides)) best = { g, sides };
  }
  if (!best) return [{ items, column: false }];
  const gutter = best.g;
  const groups: { items: Item[]; column: boolean }[] = [];
  let left: Item[] = [];
  let right: Item[] = [];
  const flush = () => {
    if (left.length) groups.push({ items: left, column: true });
    if (right.length) groups.push({ items: right, column: true });
    left = [];
    right = [];
  };
  for (const r of rows) {
    if (r.some((it) => it.x < gutter - 1 && it.x + it.w > gutter + 1)) {
      flush();
      groups.push({ items: r, column: false });
    } else
      for (const it of r) (it.x + it.w <= gutter + 1 ? left : right).push(it);
  }
  flush();
  return groups;
}

const HEADING_START = /^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])/;

/**
 * Text of a PDF's text layer in reading order: lines rebuilt from glyph positions, wide gaps
 * read as table cells (` | `), wrapped lines of a paragraph joined, running headers, footers and
 * page numbers dropped. A PDF without a text layer is a scan and is refused as needing OCR.
 */
export async function readPdf(bytes: Uint8Array, fileName: string): Promise<PdfText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false }).promise;
  } catch (err) {
    const name = (err as Error)?.name;
    if (name === 'PasswordException') throw new AnalysisError('ENCRYPTED_FILE', `${fileName}: the PDF is password-protected; save an unprotected copy to review it.`);
    throw new AnalysisError('CORRUPT_FILE', `${fileName}: the PDF is damaged or truncated (${(err as Error)?.message ?? name}).`);
  }
  try {
    const pages: Line[][] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        if (!raw.str.trim()) continue;
        const t = raw.transform as number[];
        items.push({ str: raw.str, x: t[4], y: t[5], w: raw.width, h: Math.abs(raw.height || t[3]) || 10 });
        chars += raw.str.trim().length;
      }
      const groups = readingGroups(items);
      const lines = groups.flatMap((g) => {
        const ls = toLines(g.items);
        // Lines of one column wrap at that column's right edge, not the page's.
        if (g.column) {
          const edge = Math.max(...ls.map((l) => l.x1));
          for (const l of ls) l.columnRight = edge;
        }
        return ls;
      });
      pages.push(assembleRows(lines));
      page.cleanup();
    }
    if (chars < Math.max(20, doc.numPages * 30)) {
      throw new AnalysisError('NEEDS_OCR', `${fileName}: this PDF has ${doc.numPages} page${doc.numPages === 1 ? '' : 's'} of scanned images and no text layer; it needs OCR before it can be reviewed.`);
    }
    const drop = furniture(pages);
    const right = Math.max(...pages.flat().map((l) => l.x1));
    let text = '';
    const spans: Span[] = [];
    for (const lines of pages) {
      const start = text.length;
      const kept = lines.filter((l, i) => {
        const key = l.cells.join(' ').replace(/\d+/g, '#');
        const atEdge = i < 2 || i >= lines.length - 2;
        return !(atEdge && (drop.has(key) || PAGE_NUMBER.test(l.cells.join(' '))));
      });
      kept.forEach((l, i) => {
        const isRow = l.cells.length >= 2;
        text += isRow ? `${l.cells.join(' | ')} |` : l.cells[0];
        const next = kept[i + 1];
        // A prose line that runs to the right margin continues on the next line.
        // Metadata lines (「发布机构：…」) are not prose and do not continue.
        const edge = l.columnRight ?? right;
        const wraps = !isRow && next && next.cells.length === 1 && l.x1 >= edge - l.h * 2 && !HEADING_START.test(next.cells[0]) && !/^.{1,20}[:：]/.test(l.cells[0]);
        if (!wraps) text += '\n';
      });
      if (!text.endsWith('\n')) text += '\n';
      spans.push({ start, end: text.length });
    }
    return { text, pages: spans };
  } finally {
    await doc.destroy();
  }
}
