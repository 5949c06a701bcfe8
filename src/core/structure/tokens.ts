/**
 * The document as a stream of cells: each `|`-separated piece of a line is a cell (a line ending
 * in `|` closes its last cell), and a line without `|` is one token. Tables are rebuilt from this
 * stream by their labels, so flattened text and real HTML tables read the same.
 */
export interface Token {
  /** Normalised text with all whitespace removed: labels compare on it. */
  text: string;
  start: number;
  end: number;
  /** True when the token came from a `|`-separated line. */
  cell: boolean;
}

export function tokenize(norm: string): Token[] {
  const tokens: Token[] = [];
  let lineStart = 0;
  for (let i = 0; i <= norm.length; i++) {
    if (i < norm.length && norm[i] !== '\n') continue;
    const line = norm.slice(lineStart, i);
    if (line.includes('|')) {
      const pieces = line.split('|');
      if (line.trimEnd().endsWith('|')) pieces.pop();
      let offset = lineStart;
      for (const piece of pieces) {
        const lead = piece.length - piece.trimStart().length;
        const trimmed = piece.trim();
        tokens.push({
          text: trimmed.replace(/\s+/g, ''),
          start: offset + lead,
          end: offset + lead + trimmed.length,
          cell: true,
        });
        splitGluedFigure(tokens);
        offset += piece.length + 1;
      }
    } else if (line.trim().length > 0) {
      const lead = line.length - line.trimStart().length;
      const trimmed = line.trim();
      tokens.push({ text: trimmed.replace(/\s+/g, ''), start: lineStart + lead, end: lineStart + lead + trimmed.length, cell: false });
      splitGluedFigure(tokens);
    }
    lineStart = i + 1;
  }
  return tokens;
}

/**
 * A row label and its figure glued into one cell (「4.保护第三方合法权益0」, 「行政事业性收费4816.34」),
 * as PDF text extraction produces when a column gap is narrow: split into label and value.
 */
const GLUED = /^(.*[\u4e00-\u9fff）)”"])(\d+(?:\.\d+)?)$/;
function splitGluedFigure(tokens: Token[]): void {
  const last = tokens[tokens.length - 1];
  if (!last || last.text.length > 28 || (!last.cell && last.text.length > 24)) return;
  const m = GLUED.exec(last.text);
  if (!m || m[1].length < 2 || /年$|第$|月$|号$|项$|条$|件$/.test(m[1])) return;
  const valueLength = m[2].length;
  tokens.pop();
  tokens.push({ text: m[1], start: last.start, end: last.end - valueLength, cell: true });
  tokens.push({ text: m[2], start: last.end - valueLength, end: last.end, cell: true });
}

const NUMBER = /^[-−+]?\d+(\.\d+)?$/;
const PLACEHOLDER = /^(-|—|–|─|\/|无|\\|×|x|X|空)$/;

export type CellReading = { kind: 'number'; value: number } | { kind: 'blank' } | { kind: 'invalid'; raw: string };

export function readCell(text: string): CellReading | null {
  const t = text.replace(/,/g, '');
  if (t === '') return { kind: 'blank' };
  if (NUMBER.test(t)) return { kind: 'number', value: Number(t.replace('−', '-').replace('+', '')) };
  if (PLACEHOLDER.test(t)) return { kind: 'invalid', raw: text };
  return null;
}

export function isNumberToken(token: Token | undefined): boolean {
  return !!token && readCell(token.text)?.kind === 'number';
}

/** Collapses punctuation variants so labels compare: （一）→(一), “”→nothing, 1、→1. */
export function labelKey(text: string): string {
  return text
    .replace(/[“”"「」『』‘’'《》]/g, '')
    .replace(/[、．]/g, (c, i: number) => (i > 0 && /\d/.test(text[i - 1]) ? '.' : c))
    .replace(/\s+/g, '');
}
