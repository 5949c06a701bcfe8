import { readFileSync, readdirSync } from 'node:fs';
import { analyze } from '../src/core/analyze';
for (const f of readdirSync('/work/main/seeds')) {
  const a = analyze(readFileSync('/work/main/seeds/' + f), f);
  console.log('=====', f);
  console.log(JSON.stringify(a.meta));
  for (const s of a.sections) console.log('  '.repeat(s.level - 1) + s.heading, s.key ?? '');
  for (const t of a.tables) console.log(t.id, t.format, JSON.stringify(t.cells));
  for (const i of a.items) console.log(i.id, i.status, i.confidence, i.reason);
  for (const c of a.checks) console.log(c.id, c.ok ? 'ok' : 'FAIL', c.severity, c.message, c.cells.join(','));
}
