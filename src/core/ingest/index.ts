import { AnalysisError } from '../errors';
import { MAX_FILE_BYTES, MAX_TEXT_CHARS } from '../limits';
import type { SourceFormat, Span } from '../types';
import { decodeText } from './decode';
import { readDoc } from './doc';
import { readDocx } from './docx';
import { declaredCharset, htmlToText } from './html';
import { readMhtml } from './mhtml';
import { readPdf } from './pdf';
import { sniffFormat } from './sniff';

export interface RawDocument {
  text: string;
  encoding: string;
  sourceFormat: SourceFormat;
  /** PDF only: each page's span of `text`. */
  pages?: Span[];
}

function checkSize(bytes: Uint8Array, fileName: string): void {
  if (bytes.length === 0) throw new AnalysisError('EMPTY_FILE', `${fileName}: the file is empty.`);
  if (bytes.length > MAX_FILE_BYTES) {
    throw new AnalysisError('TOO_LARGE', `${fileName}: ${(bytes.length / 1048576).toFixed(1)} MB is more than the ${MAX_FILE_BYTES / 1048576} MB a report can be.`);
  }
}

function checkText(doc: RawDocument, fileName: string): RawDocument {
  if (doc.text.trim().length === 0) throw new AnalysisError('EMPTY_FILE', `${fileName}: the file holds no text.`);
  if (doc.text.length > MAX_TEXT_CHARS) throw new AnalysisError('TOO_LARGE', `${fileName}: ${doc.text.length} characters of text is more than a report can be.`);
  return doc;
}

function ingestText(bytes: Uint8Array, fileName: string, format: SourceFormat): RawDocument | null {
  if (format === 'txt') {
    const decoded = decodeText(bytes, fileName);
    return { text: decoded.text, encoding: decoded.encoding, sourceFormat: 'txt' };
  }
  if (format === 'html') {
    const decoded = decodeText(bytes, fileName, declaredCharset(bytes));
    return { text: htmlToText(decoded.text), encoding: decoded.encoding, sourceFormat: 'html' };
  }
  if (format === 'mhtml') return { text: readMhtml(bytes, fileName), encoding: 'mime', sourceFormat: 'mhtml' };
  return null;
}

/** Text and web pages, synchronously (the common case, and what the sync `analyze` accepts). */
export function ingest(bytes: Uint8Array, fileName: string): RawDocument {
  checkSize(bytes, fileName);
  const format = sniffFormat(bytes, fileName);
  const doc = ingestText(bytes, fileName, format);
  if (!doc) throw new AnalysisError('UNSUPPORTED_FORMAT', `${fileName}: ${format.toUpperCase()} files are read by analyzeFile(), not analyze().`);
  return checkText(doc, fileName);
}

/** Every supported format: text, web pages, MHTML, DOCX, DOC and PDF. */
export async function ingestFile(bytes: Uint8Array, fileName: string): Promise<RawDocument> {
  checkSize(bytes, fileName);
  const format = sniffFormat(bytes, fileName);
  const simple = ingestText(bytes, fileName, format);
  if (simple) return checkText(simple, fileName);
  switch (format) {
    case 'docx':
      return checkText({ text: (await readDocx(bytes, fileName)).replace(/\r\n?/g, '\n'), encoding: 'docx', sourceFormat: 'docx' }, fileName);
    case 'doc':
      return checkText({ text: await readDoc(bytes, fileName), encoding: 'doc', sourceFormat: 'doc' }, fileName);
    case 'pdf': {
      const pdf = await readPdf(bytes, fileName);
      return checkText({ text: pdf.text, encoding: 'pdf', sourceFormat: 'pdf', pages: pdf.pages }, fileName);
    }
    default:
      throw new AnalysisError('UNSUPPORTED_FORMAT', `${fileName}: this kind of file cannot be read.`);
  }
}
