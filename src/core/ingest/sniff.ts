import { AnalysisError } from '../errors';
import type { SourceFormat } from '../types';

const MAGIC: { bytes: number[]; kind: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'pdf' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'zip' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'ole' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'GIF image' },
  { bytes: [0x42, 0x4d], kind: 'BMP image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], kind: 'TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], kind: 'TIFF image' },
  { bytes: [0x1f, 0x8b], kind: 'gzip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], kind: 'RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], kind: '7z archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: 'executable' },
  { bytes: [0x4d, 0x5a], kind: 'executable' },
];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/**
 * Decides how to read a file from its content first; the extension only breaks ties between
 * text flavours (a web page saved as .txt is still read as text unless it starts like HTML).
 */
export function sniffFormat(bytes: Uint8Array, fileName: string): SourceFormat {
  const ext = extensionOf(fileName);
  const magic = MAGIC.find((m) => startsWith(bytes, m.bytes));
  if (magic) {
    if (magic.kind === 'pdf') return 'pdf';
    if (magic.kind === 'zip') return 'docx';
    if (magic.kind === 'ole') return 'doc';
    // BMP's two-byte magic "BM" is also how some text starts; only trust it with the extension.
    if (magic.kind !== 'BMP image' || ext === 'bmp') {
      throw new AnalysisError(
        'UNSUPPORTED_FORMAT',
        `${fileName}: this is a ${magic.kind}, not a report document (text, web page, Word or PDF).`,
      );
    }
  }
  if (ext === 'mht' || ext === 'mhtml') return 'mhtml';
  if (ext === 'htm' || ext === 'html' || ext === 'xhtml' || ext === 'shtml') return 'html';
  if (looksLikeHtml(bytes)) return 'html';
  return 'txt';
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || (head.startsWith('<') && head.includes('<body'));
}
