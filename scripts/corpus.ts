import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { convertScript } from '../src/core/normalize/script';

const PLACES = ['南京市', '苏州市', '徐州市', '常州市', '淮安市', '盐城市', '扬州市', '镇江市', '泰州市', '连云港市', '无锡市', '南通市'];
const ENCODINGS = ['utf-8', 'utf-8-bom', 'gb18030', 'utf-16le', 'big5'] as const;

function encode(text: string, encoding: (typeof ENCODINGS)[number]): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'gb18030':
      return iconv.encode(text, 'gb18030');
    case 'big5': {
      const bytes = iconv.encode(text, 'big5');
      return iconv.decode(bytes, 'big5') === text ? bytes : iconv.encode(text, 'gb18030');
    }
  }
}

/** Writes `count` report files made from the seeds, varied in agency, year, numbers, encoding and script. */
export function writeCorpus(seedsDir: string, outDir: string, count: number): string[] {
  mkdirSync(outDir, { recursive: true });
  const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seedsDir, f), 'utf8'));
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = seeds[i % seeds.length];
    const place = PLACES[i % PLACES.length];
    text = text.replace(/(宿遷市|宿迁市|衡阳市|郑州市|河北省|靖遠縣)/g, place);
    const shift = (i % 3) - 1;
    text = text.replace(/20(0[89]|1\d|2[0-2])年/g, (m) => `${Number(m.slice(0, 4)) + shift}年`);
    text = text.replace(/(\d+)(條|条|件|項|项)/g, (m, n: string, unit: string) => `${(Number(n) + (i % 7)) % 10000}${unit}`);
    if (i % 4 === 1) text = convertScript(text, /[們這個]/.test(text) || /[廳廣縣]/.test(text) ? 'simplified' : 'traditional');
    const encoding = ENCODINGS[i % ENCODINGS.length];
    const file = join(outDir, `report-${String(i).padStart(4, '0')}.txt`);
    writeFileSync(file, encode(text, encoding));
    files.push(file);
  }
  return files;
}

/**
 * A reviewer's folder of `count` files in every format: DOCX (text varied inside the package),
 * PDF, DOC and MHTML (made unique by a trailing comment, so deduplication cannot skip them), text
 * variants, and one broken file in twenty (empty, scanned, zip bomb, encrypted, an image).
 */
export async function writeMixedFolder(seedsDir: string, formatsDir: string, outDir: string, count: number): Promise<number> {
  mkdirSync(outDir, { recursive: true });
  const texts = writeCorpus(seedsDir, join(outDir, 'txt'), Math.ceil(count * 0.4));
  let written = texts.length;
  const binaries = ['seed-000.pdf', 'seed-001.pdf', 'seed-002.pdf', 'seed-003.pdf', 'seed-004.pdf', 'seed-001.doc', 'seed-001.mht'];
  const docx = await Promise.all(['000', '001', '002', '003', '004'].map(async (id) => JSZip.loadAsync(readFileSync(join(formatsDir, `seed-${id}.docx`)))));
  const broken = ['scanned.pdf', 'hostile-zip-bomb.docx', 'hostile-encrypted.pdf', 'hostile-truncated.pdf'];
  for (let i = 0; written < count; i++, written++) {
    const sub = join(outDir, `batch-${Math.floor(i / 50)}`);
    mkdirSync(sub, { recursive: true });
    if (i % 20 === 19) {
      const name = broken[Math.floor(i / 40) % broken.length];
      if (i % 40 === 39) writeFileSync(join(sub, `empty-${i}.txt`), '');
      else copyFileSync(join(formatsDir, name), join(sub, `broken-${i}-${name}`));
    } else if (i % 3 === 0) {
      const zip = docx[i % docx.length];
      const xml = await zip.file('word/document.xml')!.async('string');
      zip.file('word/document.xml', xml.replace(/(<w:t[^>]*>)([^<]*?)(<\/w:t>)/, `$1$2（第${i}份）$3`));
      writeFileSync(join(sub, `report-${i}.docx`), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    } else {
      const name = binaries[i % binaries.length];
      const bytes = readFileSync(join(formatsDir, name));
      const tail = name.endsWith('.pdf') ? `\n%variant ${i}\n` : name.endsWith('.mht') ? `\r\n<!-- ${i} -->\r\n` : '';
      writeFileSync(join(sub, `report-${i}-${name}`), tail ? Buffer.concat([bytes, Buffer.from(tail)]) : bytes);
    }
  }
  return written;
}
