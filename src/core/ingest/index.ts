import { AnalysisError } from '../errors';
import { MAX_FILE_BYTES, MAX_TEXT_CHARS } from '../limits';
import type { SourceFormat } from '../types';
import { decodeText } from './decode';
import { declaredCharset, htmlToText } from './html';
import { sniffFormat } from './sniff';

export interface RawDocument {
  text: string;
  encoding: string;
  sourceFormat: SourceFormat;
}

/** bytes + file name → the text a reviewer reads, whatever the file's format and encoding. */
export function ingest(bytes: Uint8Array, fileName: string): RawDocument {
  if (bytes.length === 0) throw new AnalysisError('EMPTY_FILE', `${fileName}: the file is empty.`);
  if (bytes.length > MAX_FILE_BYTES) {
    throw new AnalysisError(
      'TOO_LARGE',
      `${fileName}: ${(bytes.length / 1048576).toFixed(1)} MB is more than the ${MAX_FILE_BYTES / 1048576} MB a report can be.`,
    );
  }
  const format = sniffFormat(bytes, fileName);
  let doc: RawDocument;
  switch (format) {
    case 'txt': {
      const decoded = decodeText(bytes, fileName);
      doc = { text: decoded.text, encoding: decoded.encoding, sourceFormat: 'txt' };
      break;
    }
    case 'html': {
      const decoded = decodeText(bytes, fileName, declaredCharset(bytes));
      doc = { text: htmlToText(decoded.text), encoding: decoded.encoding, sourceFormat: 'html' };
      break;
    }
    default:
      throw new AnalysisError(
        'UNSUPPORTED_FORMAT',
        `${fileName}: ${format.toUpperCase()} files cannot be read yet; save the report as text or a web page.`,
      );
  }
  if (doc.text.trim().length === 0) throw new AnalysisError('EMPTY_FILE', `${fileName}: the file holds no text.`);
  if (doc.text.length > MAX_TEXT_CHARS) {
    throw new AnalysisError('TOO_LARGE', `${fileName}: ${doc.text.length} characters of text is more than a report can be.`);
  }
  return doc;
}
