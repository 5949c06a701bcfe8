import type { Memo } from './model';
import { tableGrids } from './table-grid';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A self-contained A4 page (no scripts, no remote resources), also the source of the PDF. */
export function renderHtml(m: Memo): string {
  const facts = m.facts.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join('');
  const items = m.items
    .map((i) => `<tr class="st-${i.final}"><td><b>${esc(i.id)}</b> ${esc(i.label)}</td><td>${esc(i.basis)}</td><td>${esc(i.auto)}</td><td>${esc(i.reviewer)}</td><td>${esc([i.note, i.reason].filter(Boolean).join('；'))}</td></tr>`)
    .join('');
  const findings = m.findings.length
    ? `<ol>${m.findings.map((f) => `<li><b>${esc(f.id)}</b>（${esc(f.severity)}）${esc(f.message)}${f.cells.length ? `<div class="cells">${esc(m.labels.cells)}：${esc(f.cells.join('、'))}</div>` : ''}${f.quotes.map((q) => `<blockquote>“${esc(q.text)}”<span class="ref">（${esc(q.ref)}）</span></blockquote>`).join('')}</li>`).join('')}</ol>`
    : `<p>${esc(m.labels.noFindings)}</p>`;
  const annotations = m.annotations.length
    ? `<ol>${m.annotations.map((a) => `<li><b>${esc(a.kind)}</b>：${esc(a.comment || '—')}<blockquote>“${esc(a.quote.text)}”<span class="ref">（${esc(a.quote.ref)}）</span></blockquote></li>`).join('')}</ol>`
    : `<p>${esc(m.labels.noAnnotations)}</p>`;
  const tables = m.tables
    .flatMap(({ table, badCells }) => tableGrids(table, badCells))
    .map((g) => {
      return `${g.title ? `<h3>${esc(g.title)}</h3>` : ''}<table class="grid"><thead><tr>${g.header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${g.rows
        .map((r) => `<tr><th class="label">${esc(r.label)}</th>${r.cells.map((c) => `<td${c.bad ? ' class="bad"' : ''}>${esc(c.text)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
    })
    .join('');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(m.title)}</title>
<style>
@page { size: A4; margin: 30mm 26mm 28mm 28mm; }
body { font-family: "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", "Noto Serif SC", serif; font-size: 12pt; line-height: 1.7; color: #000; max-width: 170mm; margin: 0 auto; }
h1 { font-family: "SimHei", "黑体", "Heiti SC", "Noto Sans CJK SC", sans-serif; font-size: 18pt; text-align: center; font-weight: 700; margin: 0 0 18pt; line-height: 1.4; }
h2 { font-family: "SimHei", "黑体", "Heiti SC", "Noto Sans CJK SC", sans-serif; font-size: 14pt; margin: 18pt 0 6pt; }
h3 { font-size: 12pt; margin: 12pt 0 4pt; }
table { border-collapse: collapse; width: 100%; font-size: 10pt; page-break-inside: auto; }
th, td { border: 0.5pt solid #444; padding: 2pt 4pt; vertical-align: top; }
.facts th { width: 25%; text-align: left; font-weight: 400; background: #f2f2f2; }
.grid td { text-align: center; }
.grid th.label { text-align: left; font-weight: 400; }
.bad { font-weight: 700; background: #fde2e0; }
tr.st-missing td:nth-child(4), tr.st-missing td:nth-child(3) { color: #a00; }
blockquote { margin: 2pt 0 2pt 12pt; font-size: 10.5pt; color: #333; }
.ref, .cells { color: #555; font-size: 9.5pt; }
.sign { margin-top: 24pt; text-align: right; }
</style></head><body>
<h1>${esc(m.title)}</h1>
<h2>${esc(m.labels.facts)}</h2><table class="facts">${facts}</table>
<h2>${esc(m.labels.conclusion)}</h2><p>${esc(m.conclusion)}</p>
<h2>${esc(m.labels.checklist)}</h2>
<table><colgroup><col style="width:30%"><col style="width:17%"><col style="width:13%"><col style="width:13%"><col style="width:27%"></colgroup><thead><tr><th>${esc(m.labels.colItem)}</th><th>${esc(m.labels.colBasis)}</th><th>${esc(m.labels.colAuto)}</th><th>${esc(m.labels.colReviewer)}</th><th>${esc(m.labels.colNote)}</th></tr></thead><tbody>${items}</tbody></table>
<h2>${esc(m.labels.findings)}</h2>${findings}
<h2>${esc(m.labels.annotations)}</h2>${annotations}
${m.tables.length ? `<h2>${esc(m.labels.appendix)}</h2><p class="ref">${esc(m.labels.badCellNote)}</p>${tables}` : ''}
<p class="sign">${esc(m.labels.signature)}：${esc(m.facts.find(([k]) => k.startsWith('审') || k.startsWith('審'))?.[1] ?? '')}　${esc(m.facts[m.facts.length - 1][1])}</p>
</body></html>
`;
}
