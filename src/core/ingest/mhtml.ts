import iconv from 'iconv-lite';
import { AnalysisError } from '../errors';
import { decodeText } from './decode';
import { htmlToText } from './html';

function decodeQuotedPrintable(body: string): Buffer {
  const bytes: number[] = [];
  const text = body.replace(/=\r?\n/g, '');
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(text.charCodeAt(i) & 0xff);
  }
  return Buffer.from(bytes);
}

/**
 * A page saved as MHTML: the MIME envelope is opened by hand (headers, boundary, transfer
 * encoding) and its first text/html part read like any saved page. Other parts are ignored.
 */
export function readMhtml(bytes: Uint8Array, fileName: string): string {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1];
  const parts = boundary ? raw.split(`--${boundary}`) : [raw];
  for (const part of parts) {
    const split = part.search(/\r?\n\r?\n/);
    if (split < 0) continue;
    const headers = part.slice(0, split);
    if (!/content-type:\s*text\/html/i.test(headers)) continue;
    const body = part.slice(split).replace(/^\r?\n\r?\n/, '');
    const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
    const charset = /charset="?([\w-]+)"?/i.exec(headers)?.[1] ?? null;
    const content =
      encoding === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64') : encoding === 'quoted-printable' ? decodeQuotedPrintable(body) : Buffer.from(body, 'latin1');
    const html = charset && iconv.encodingExists(charset) && charset.toLowerCase() !== 'utf-8' ? { text: iconv.decode(content, charset), encoding: charset.toLowerCase() } : decodeText(content, fileName, charset);
    return htmlToText(html.text);
  }
  throw new AnalysisError('CORRUPT_FILE', `${fileName}: the saved page (MHTML) has no web page part.`);
}
