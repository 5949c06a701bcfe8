import type { FileOutcome } from '../main/services/import-service';

const STATUS: Record<string, string> = { present: '有', partial: '部分', missing: '缺', 'not-applicable': '不适用' };

/** The readable per-report summary printed without --json. */
export function summaryText(outcome: FileOutcome): string {
  if (!outcome.ok || !outcome.analysis) return `✗ ${outcome.file}\n  ${outcome.error?.code}: ${outcome.error?.message}\n`;
  const { meta, items, checks } = outcome.analysis;
  const lines = [
    `✓ ${outcome.file}`,
    `  ${meta.agency ?? '（机关不明）'} · ${meta.reportYear ?? '年度不明'} · 条例${meta.regime ?? '?'}${meta.format ? ` · 格式${meta.format}` : ''} · ${meta.script}`,
    `  事项: ${items.map((i) => `${i.id} ${STATUS[i.status]}`).join(' | ')}`,
  ];
  const failed = checks.filter((c) => !c.ok);
  for (const c of failed) lines.push(`  ${c.severity === 'error' ? '✗' : c.severity === 'warning' ? '!' : 'i'} ${c.id}: ${c.message}`);
  if (failed.length === 0) lines.push('  核查: 未发现问题');
  return lines.join('\n') + '\n';
}
