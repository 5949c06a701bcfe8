import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { Memo } from './model';
import { tableGrids } from './table-grid';

/**
 * Fonts of a Chinese official document. Word has no font fallback list, so the names are the
 * ones Windows ships (黑体, 仿宋); macOS maps them to Heiti/STFangsong and LibreOffice on Linux to
 * Noto CJK through fontconfig. ASCII runs use Times New Roman.
 */
const TITLE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };
const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋' };
/** Sizes in half-points: 二号 22pt, 三号 16pt, 四号 14pt, 五号 10.5pt, 小五 9pt. */
const SIZE = { title: 44, heading: 32, body: 32, table: 21, small: 18 };
const MM = 56.7;

const run = (text: string, opts: IRunOptions = {}) => new TextRun({ text, font: BODY_FONT, size: SIZE.body, ...opts });

function para(text: string, opts: { bold?: boolean; size?: number; indent?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; font?: typeof BODY_FONT; after?: number } = {}) {
  return new Paragraph({
    alignment: opts.align ?? AlignmentType.JUSTIFIED,
    indent: opts.indent ? { firstLine: 2 * (opts.size ?? SIZE.body) * 10 } : undefined,
    spacing: { line: 560, lineRule: 'exact', after: opts.after ?? 0 },
    children: [run(text, { bold: opts.bold, size: opts.size ?? SIZE.body, font: opts.font ?? BODY_FONT })],
  });
}

const heading = (text: string) =>
  new Paragraph({ spacing: { before: 240, after: 120, line: 560, lineRule: 'exact' }, children: [run(text, { font: TITLE_FONT, size: SIZE.heading })] });

const border = { style: BorderStyle.SINGLE, size: 4, color: '444444' };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

function cell(text: string, opts: { bold?: boolean; shade?: string; width?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; size?: number } = {}) {
  return new TableCell({
    width: opts.width ? { size: opts.width, type: WidthType.PERCENTAGE } : undefined,
    shading: opts.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: opts.shade } : undefined,
    margins: { top: 30, bottom: 30, left: 60, right: 60 },
    children: [
      new Paragraph({
        alignment: opts.align ?? AlignmentType.LEFT,
        spacing: { line: 300 },
        children: [run(text, { size: opts.size ?? SIZE.table, bold: opts.bold })],
      }),
    ],
  });
}

/** Tables take the full text width with fixed column shares, so none runs past the margins. */
function table(header: string[] | null, rows: string[][], widths: number[], opts: { size?: number; bad?: boolean[][]; firstColLeft?: boolean; labelShade?: boolean } = {}) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    borders,
    rows: [
      ...(header ? [new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, { bold: true, shade: 'EDEDED', width: widths[i], size: opts.size, align: AlignmentType.CENTER })) })] : []),
      ...rows.map(
        (r, ri) =>
          new TableRow({
            cantSplit: true,
            children: r.map((c, ci) =>
              cell(c, {
                width: widths[ci],
                size: opts.size,
                shade: opts.bad?.[ri]?.[ci] ? 'FDE2E0' : opts.labelShade && ci === 0 ? 'F2F2F2' : undefined,
                bold: opts.bad?.[ri]?.[ci],
                align: ci === 0 && opts.firstColLeft !== false ? AlignmentType.LEFT : opts.bad ? AlignmentType.CENTER : AlignmentType.LEFT,
              }),
            ),
          }),
      ),
    ],
  });
}

export async function renderDocx(m: Memo): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 360, line: 700, lineRule: 'exact' }, children: [run(m.title, { font: TITLE_FONT, size: SIZE.title })] }),
    heading(m.labels.facts),
    table(null, m.facts.map(([k, v]) => [k, v]), [28, 72], { size: SIZE.table, labelShade: true }),
    heading(m.labels.conclusion),
    para(m.conclusion, { indent: true }),
    heading(m.labels.checklist),
    table(
      [m.labels.colItem, m.labels.colBasis, m.labels.colAuto, m.labels.colReviewer, m.labels.colNote],
      m.items.map((i) => [`${i.id} ${i.label}`, i.basis, i.auto, i.reviewer, [i.note, i.reason].filter(Boolean).join('；')]),
      [30, 16, 14, 14, 26],
      { size: SIZE.small },
    ),
    heading(m.labels.findings),
  ];
  if (!m.findings.length) children.push(para(m.labels.noFindings, { indent: true }));
  m.findings.forEach((f, n) => {
    children.push(para(`${n + 1}. ${f.id}（${f.severity}）${f.message}`, { indent: true }));
    if (f.cells.length) children.push(para(`${m.labels.cells}：${f.cells.join('、')}`, { size: SIZE.table, indent: true }));
    for (const q of f.quotes) children.push(para(`“${q.text}”（${q.ref}）`, { size: SIZE.table, indent: true }));
  });
  children.push(heading(m.labels.annotations));
  if (!m.annotations.length) children.push(para(m.labels.noAnnotations, { indent: true }));
  m.annotations.forEach((a, n) => {
    children.push(para(`${n + 1}. ${a.kind}：${a.comment || '—'}`, { indent: true }));
    children.push(para(`“${a.quote.text}”（${a.quote.ref}）`, { size: SIZE.table, indent: true }));
  });
  if (m.tables.length) {
    children.push(heading(m.labels.appendix), para(m.labels.badCellNote, { size: SIZE.table }));
    for (const g of m.tables.flatMap(({ table: t, badCells }) => tableGrids(t, badCells))) {
      const cols = g.header.length;
      const first = cols > 4 ? 30 : 50;
      const rest = (100 - first) / Math.max(1, cols - 1);
      if (g.title) children.push(para(g.title, { bold: true, size: SIZE.table, after: 60 }));
      else children.push(para('', { size: 8 }));
      children.push(
        table(
          g.header,
          g.rows.map((r) => [r.label, ...r.cells.map((c) => c.text)]),
          [first, ...Array(cols - 1).fill(rest)],
          { size: cols > 6 ? SIZE.small - 2 : SIZE.small, bad: g.rows.map((r) => [false, ...r.cells.map((c) => c.bad)]) },
        ),
      );
    }
  }
  const signer = m.facts.find(([k]) => /^审查人|^審查人/.test(k))?.[1] ?? '';
  const date = m.facts[m.facts.length - 1][1];
  children.push(para(`${m.labels.signature}：${signer}　　${date}`, { align: AlignmentType.RIGHT }));

  const doc = new Document({
    creator: '年报审查台',
    title: m.title,
    styles: { default: { document: { run: { font: BODY_FONT, size: SIZE.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM), footer: Math.round(20 * MM) },
          },
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run('— ', { size: 28 }), new TextRun({ children: [PageNumber.CURRENT], font: BODY_FONT, size: 28 }), run(' —', { size: 28 })] })],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
