import { evidenceAt } from '../normalize/text-view';
import type { EvalContext } from '../rules/context';
import type { CheckResult, Evidence, Severity } from '../types';

export function finding(id: string, severity: Severity, message: string, cells: string[] = [], evidence: Evidence[] = []): CheckResult {
  return { id, ok: false, severity, message, cells, evidence };
}

export function passed(id: string, severity: Severity, message: string): CheckResult {
  return { id, ok: true, severity, message, cells: [], evidence: [] };
}

export function spanEvidence(ctx: EvalContext, start: number, end: number): Evidence {
  return evidenceAt(ctx.view, start, end);
}
