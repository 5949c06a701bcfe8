import WordExtractor from 'word-extractor';
import { AnalysisError } from '../errors';

/**
 * Word 97–2003 puts a table's cells, and sometimes the paragraph after it, on one tab-separated
 * line. Headings and long prose found among the cells are put back on lines of their own.
 */
function tabLine(line: string): string {
  if (!line.includes('\t')) return line;
  const out: string[] = [];
  let cells: string[] = [];
  const flush = () => {
    while (cells.length && !cells[cells.length - 1]) cells.pop();
    if (cells.length) out.push(cells.join(' | ') + ' |');
    cells = [];
  };
  for (const raw of line.split('\t')) {
    const cell = raw.trim();
    if (/^[一二三四五六七八九十]+、/.test(cell) && !/本年|上年|结转|办理结果/.test(cell) || cell.length > 60) {
      flush();
      out.push(cell);
    } else cells.push(cell);
  }
  flush();
  return out.join('\n');
}

/** Legacy Word 97–2003 (.doc): body text; table cells arrive tab-separated and become `|` cells. */
export async function readDoc(bytes: Uint8Array, fileName: string): Promise<string> {
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return doc
      .getBody()
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map(tabLine)
      .join('\n');
  } catch (err) {
    throw new AnalysisError('CORRUPT_FILE', `${fileName}: the Word 97–2003 file could not be read (${(err as Error).message}).`);
  }
}
