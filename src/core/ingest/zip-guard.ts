import JSZip from 'jszip';
import { AnalysisError } from '../errors';

/** A real annual report unpacks to a few MB; far more, or an extreme ratio, is a zip bomb. */
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
const MAX_RATIO = 200;
const MAX_ENTRIES = 5000;

/** Relationship types that make Word fetch or run something outside the file. */
const FETCHING_RELATIONSHIPS = /\/(attachedTemplate|subDocument|oleObject|image|frame|package|control|externalLinkPath|aFChunk)$/;

interface ZipEntryInfo {
  name: string;
  uncompressed: number;
}

/**
 * Opens a DOCX's zip directory without unpacking anything, and refuses what no report needs:
 * bombs (huge or absurdly compressed content) and relationships that would fetch external files.
 */
export async function checkDocxZip(bytes: Uint8Array, fileName: string): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (err) {
    throw new AnalysisError('CORRUPT_FILE', `${fileName}: the Word file is damaged or truncated (${(err as Error).message}).`);
  }
  const entries: ZipEntryInfo[] = [];
  zip.forEach((name, file) => {
    const data = (file as unknown as { _data?: { uncompressedSize?: number } })._data;
    entries.push({ name, uncompressed: data?.uncompressedSize ?? 0 });
  });
  const total = entries.reduce((n, e) => n + e.uncompressed, 0);
  if (entries.length > MAX_ENTRIES || total > MAX_UNPACKED_BYTES || total > bytes.length * MAX_RATIO) {
    throw new AnalysisError('ZIP_BOMB', `${fileName}: the Word file would unpack to ${(total / 1048576).toFixed(0)} MB from ${(bytes.length / 1024).toFixed(0)} KB; refused as a possible zip bomb.`);
  }
  if (!zip.file('word/document.xml')) {
    throw new AnalysisError('UNSUPPORTED_FORMAT', `${fileName}: this zip archive is not a Word (.docx) document.`);
  }
  for (const rels of zip.file(/^word\/_rels\/.*\.rels$/)) {
    const xml = await rels.async('string');
    for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
      const tag = m[0];
      if (!/TargetMode="External"/.test(tag)) continue;
      const type = /Type="([^"]+)"/.exec(tag)?.[1] ?? '';
      if (FETCHING_RELATIONSHIPS.test(type)) {
        const target = /Target="([^"]+)"/.exec(tag)?.[1] ?? '';
        throw new AnalysisError('EXTERNAL_REFERENCE', `${fileName}: the Word file links to an external ${type.split('/').pop()} (${target.slice(0, 80)}); such files are refused because opening them would fetch it.`);
      }
    }
  }
  return zip;
}
