import { Parser } from 'htmlparser2';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'nav', 'header', 'footer', 'form', 'button', 'select', 'textarea', 'head', 'title']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'address', 'figure', 'figcaption', 'center', 'hr']);

/** Reads `<meta charset>` or the http-equiv content type from the first bytes of a page. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m ? m[1] : null;
}

/**
 * Turns a saved web page into plain text. Nothing is executed or rendered: the markup is only
 * tokenised. Tables become one line per row, cells separated by ` | `, the same shape as the
 * flattened tables agencies publish, so one table reader serves both.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let skipDepth = 0;
  let tableDepth = 0;
  let cell: string[] | null = null;
  let row: string[] | null = null;
  let titleText = '';
  let inTitle = false;

  const newline = () => {
    if (tableDepth > 0) return;
    if (out.length && !out[out.length - 1].endsWith('\n')) out.push('\n');
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'title') inTitle = true;
        if (SKIP.has(name)) {
          skipDepth++;
          return;
        }
        if (skipDepth) return;
        if (name === 'table') {
          newline();
          tableDepth++;
        } else if (name === 'tr' && tableDepth) {
          row = [];
        } else if ((name === 'td' || name === 'th') && tableDepth) {
          cell = [];
        } else if (name === 'br') {
          if (cell) cell.push(' ');
          else out.push('\n');
        } else if (BLOCK.has(name)) {
          if (cell) cell.push(' ');
          else newline();
        }
      },
      ontext(text) {
        if (inTitle) titleText += text;
        if (skipDepth) return;
        const clean = text.replace(/[\t\r\n\f\v ]+/g, ' ');
        if (cell) cell.push(clean);
        else if (tableDepth === 0) out.push(clean);
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (SKIP.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth) return;
        if ((name === 'td' || name === 'th') && cell) {
          row?.push(cell.join('').replace(/\s+/g, ' ').replace(/\|/g, '｜').trim());
          cell = null;
        } else if (name === 'tr' && row) {
          if (row.some((c) => c.length)) out.push(row.join(' | ') + ' |\n');
          row = null;
        } else if (name === 'table') {
          tableDepth = Math.max(0, tableDepth - 1);
          newline();
        } else if (BLOCK.has(name)) {
          newline();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();

  const body = out
    .join('')
    .split('\n')
    .map((line) => line.replace(/\u00a0/g, ' ').replace(/ {2,}/g, ' ').trim())
    .filter((line, i, lines) => line.length > 0 || (i > 0 && lines[i - 1].length > 0))
    .join('\n')
    .trim();
  // A page whose body lost its title (the heading was in a skipped <header>) keeps the <title>.
  const title = titleText.replace(/\s+/g, ' ').trim();
  if (title && !body.slice(0, 400).includes(title.slice(0, 12))) return `${title}\n${body}`;
  return body;
}
