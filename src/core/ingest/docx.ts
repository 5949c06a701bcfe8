import mammoth from 'mammoth';
import { AnalysisError } from '../errors';
import { htmlToText } from './html';
import { checkDocxZip } from './zip-guard';

/** Word → HTML with mammoth (merged cells become rowspan/colspan) → the same text as a web page. */
export async function readDocx(bytes: Uint8Array, fileName: string): Promise<string> {
  await checkDocxZip(bytes, fileName);
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), externalFileAccess: false } as Parameters<typeof mammoth.convertToHtml>[1],
    );
    return htmlToText(result.value);
  } catch (err) {
    if (err instanceof AnalysisError) throw err;
    throw new AnalysisError('CORRUPT_FILE', `${fileName}: the Word file could not be read (${(err as Error).message}).`);
  }
}
