import type { Memo } from './model';
import { tableGrids } from './table-grid';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderMarkdown(m: Memo): string {
  const out: string[] = [`# ${m.title}`, '', `## ${m.labels.facts}`, ''];
  for (const [k, v] of m.facts) out.push(`- **${k}**：${v}`);
  out.push('', `## ${m.labels.conclusion}`, '', m.conclusion, '', `## ${m.labels.checklist}`, '');
  out.push(`| ${m.labels.colItem} | ${m.labels.colBasis} | ${m.labels.colAuto} | ${m.labels.colReviewer} | ${m.labels.colNote} |`, '|---|---|---|---|---|');
  for (const i of m.items) out.push(`| ${cell(`${i.id} ${i.label}`)} | ${cell(i.basis)} | ${cell(i.auto)} | ${cell(i.reviewer)} | ${cell([i.note, i.reason].filter(Boolean).join('；'))} |`);
  out.push('', `## ${m.labels.findings}`, '');
  if (!m.findings.length) out.push(m.labels.noFindings);
  m.findings.forEach((f, n) => {
    out.push(`${n + 1}. **${f.id}**（${f.severity}）${f.message}`);
    if (f.cells.length) out.push(`   - ${m.labels.cells}：${f.cells.join('、')}`);
    for (const q of f.quotes) out.push(`   - > “${q.text}”（${q.ref}）`);
  });
  out.push('', `## ${m.labels.annotations}`, '');
  if (!m.annotations.length) out.push(m.labels.noAnnotations);
  m.annotations.forEach((a, n) => out.push(`${n + 1}. **${a.kind}**：${a.comment || '—'}`, `   > “${a.quote.text}”（${a.quote.ref}）`));
  if (m.tables.length) {
    out.push('', `## ${m.labels.appendix}`, '', m.labels.badCellNote);
    for (const { table, badCells } of m.tables) {
      for (const g of tableGrids(table, badCells)) {
        if (g.title) out.push('', `### ${g.title}`);
        out.push('', `| ${g.header.map(cell).join(' | ')} |`, `|${g.header.map(() => '---').join('|')}|`);
        for (const r of g.rows) out.push(`| ${cell(r.label)} | ${r.cells.map((c) => cell(c.text)).join(' | ')} |`);
      }
    }
  }
  return out.join('\n') + '\n';
}
