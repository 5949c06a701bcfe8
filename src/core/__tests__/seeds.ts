import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../analyze';
import type { Analysis } from '../types';

export const SEEDS_DIR = join(import.meta.dirname, '../../../seeds');

export function seedFile(prefix: string): string {
  const name = readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`seed ${prefix} not found`);
  return join(SEEDS_DIR, name);
}

export function seedText(prefix: string): string {
  return readFileSync(seedFile(prefix), 'utf8');
}

export function analyzeText(text: string, name = 'report.txt'): Analysis {
  return analyze(Buffer.from(text, 'utf8'), name);
}

export function analyzeSeed(prefix: string): Analysis {
  return analyze(readFileSync(seedFile(prefix)), `${prefix}.txt`);
}

export const statusOf = (a: Analysis, id: string) => a.items.find((i) => i.id === id)?.status;
export const failed = (a: Analysis, id: string) => a.checks.filter((c) => c.id === id && !c.ok);
export const ran = (a: Analysis, id: string) => a.checks.filter((c) => c.id === id);
export const topHeadings = (a: Analysis) => a.sections.filter((s) => s.level === 1).map((s) => s.heading);
