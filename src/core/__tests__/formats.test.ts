import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeFile } from '../analyze';
import { isAnalysisError } from '../errors';
import type { Analysis } from '../types';
import { seedFile } from './seeds';

const FORMATS = join(import.meta.dirname, '../__fixtures__/formats');
const fixture = (name: string) => readFileSync(join(FORMATS, name));

/** The text originals: the seeds, and for 001 its page with real tables (the source of its Word and PDF files). */
function original(id: string): Analysis {
  if (id === '001') return analyze(readFileSync(join(import.meta.dirname, '../__fixtures__/001-tables.html')), '001-tables.html');
  return analyze(readFileSync(seedFile(id)), `${id}.txt`);
}

const essence = (a: Analysis) => ({
  meta: { ...a.meta, encoding: undefined, sourceFormat: undefined, script: undefined },
  headings: a.sections.filter((s) => s.level === 1).map((s) => s.heading),
  tables: a.tables.map((t) => [t.id, t.format, t.cells]),
  items: a.items.map((i) => [i.id, i.status]),
  checks: a.checks.map((c) => [c.id, c.ok, c.cells]),
});

const CASES: [string, string][] = [
  ['000', 'docx'], ['000', 'pdf'],
  ['001', 'docx'], ['001', 'pdf'], ['001', 'doc'], ['001', 'mht'],
  ['002', 'docx'], ['002', 'pdf'],
  ['003', 'docx'], ['003', 'pdf'],
  ['004', 'docx'], ['004', 'pdf'],
];

describe('every format gives the analysis of the text original', () => {
  for (const [id, ext] of CASES) {
    it(`seed ${id} as .${ext}`, async () => {
      const a = await analyzeFile(fixture(`seed-${id}.${ext}`), `seed-${id}.${ext}`);
      expect(a.meta.sourceFormat).toBe(ext === 'mht' ? 'mhtml' : ext);
      expect(essence(a)).toEqual(essence(original(id)));
    });
  }
});

describe('PDF specifics', () => {
  it('rebuilds T3 whole although it runs over two pages, and knows the page of every span', async () => {
    const a = await analyzeFile(fixture('seed-001.pdf'), 'seed-001.pdf');
    const t3 = a.tables.find((t) => t.id === 'T3')!;
    const pageOf = (offset: number) => a.pages!.findIndex((p) => offset >= p.start && offset < p.end) + 1;
    expect(pageOf(t3.span.start)).toBeLessThan(pageOf(t3.span.end - 1));
    expect(Object.keys(t3.cells)).toHaveLength(25);
    expect(t3.cells['三.七']).toEqual([21, 0, 0, 0, 4, 0, 25]);
    expect(t3.cells['四']).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('reads a page set in two columns column by column', async () => {
    const a = await analyzeFile(fixture('two-columns-000.pdf'), 'two-columns-000.pdf');
    const text = original('000');
    expect(a.sections.filter((s) => s.level === 1).map((s) => s.heading)).toEqual(text.sections.filter((s) => s.level === 1).map((s) => s.heading));
    expect(a.items.map((i) => [i.id, i.status])).toEqual(text.items.map((i) => [i.id, i.status]));
    expect(a.checks.filter((c) => !c.ok)).toEqual([]);
    // The two-column body really sits side by side in the PDF: section 四 opens the right column.
    expect(a.text.indexOf('四、依申請公開')).toBeGreaterThan(a.text.indexOf('(三)加強硬體建設'));
  });

  it('drops running furniture but keeps the report', async () => {
    const a = await analyzeFile(fixture('seed-003.pdf'), 'seed-003.pdf');
    expect(a.pages!.length).toBeGreaterThan(1);
    expect(a.text).toContain('二、政务信息公开工作开展情况');
  });
});

async function refusal(name: string) {
  try {
    await analyzeFile(fixture(name), name);
  } catch (err) {
    if (isAnalysisError(err)) return err;
    throw err;
  }
  throw new Error(`${name} was not refused`);
}

describe('refusals', () => {
  it('a scanned PDF needs OCR, and says how many pages', async () => {
    const err = await refusal('scanned.pdf');
    expect(err.code).toBe('NEEDS_OCR');
    expect(err.message).toMatch(/scanned\.pdf: this PDF has 2 pages/);
  });

  it('hostile files are each refused with their own code', async () => {
    expect((await refusal('hostile-zip-bomb.docx')).code).toBe('ZIP_BOMB');
    expect((await refusal('hostile-encrypted.pdf')).code).toBe('ENCRYPTED_FILE');
    expect((await refusal('hostile-truncated.pdf')).code).toBe('CORRUPT_FILE');
    const external = await refusal('hostile-external-template.docx');
    expect(external.code).toBe('EXTERNAL_REFERENCE');
    expect(external.message).toContain('attacker.example');
  });

  it('a zip that is not a Word file, and a random OLE file, are refused', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('data.csv', 'a,b');
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });
    await expect(analyzeFile(bytes, 'data.zip')).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT' });
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]);
    await expect(analyzeFile(ole, 'old.doc')).rejects.toMatchObject({ code: 'CORRUPT_FILE' });
  });
});
