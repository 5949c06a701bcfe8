import type { EvalContext } from '../rules/context';
import type { CheckResult } from '../types';
import { structureChecks } from './structure';
import { tableChecks } from './table-arithmetic';
import { textSums } from './text-sum';
import { textVersusTable } from './text-vs-table';

/** Every single-report check of CHECKLIST.md; passing checks are listed too. */
export function runChecks(ctx: EvalContext): CheckResult[] {
  return [...tableChecks(ctx), ...textVersusTable(ctx), ...textSums(ctx), ...structureChecks(ctx)];
}
