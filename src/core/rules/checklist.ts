import { z } from 'zod';
import regime2007 from './checklists/regime-2007.json' with { type: 'json' };
import regime2019 from './checklists/regime-2019.json' with { type: 'json' };
import type { Regime } from '../types';

const sectionKey = z.enum(['overview', 'organization', 'active', 'requests', 'fees', 'review-litigation', 'problems', 'plans', 'other', 'appendix']);
const group = z.object({ name: z.string(), any: z.array(z.string()).min(1) });

const rule = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('content'),
    sections: z.array(sectionKey),
    groups: z.array(group).min(1),
    none: z.array(z.string()).optional(),
    mention: z.array(z.string()).optional(),
    /** A dedicated section alone is enough for `present` (the substance is then a bonus). */
    sectionSuffices: z.boolean().optional(),
    /** `present` needs this section; without it the best status is `partial`. */
    requireSection: sectionKey.optional(),
  }),
  z.object({
    kind: z.literal('section'),
    sections: z.array(sectionKey).min(1),
    table: z.enum(['T2', 'T3', 'T4']).optional(),
    expect: z.object({ format: z.enum(['2019-60', '2021-30']), name: z.string(), any: z.array(z.string()) }).optional(),
  }),
  z.object({ kind: z.literal('deadline'), government: z.string().regex(/^\d\d-\d\d$/), department: z.string().regex(/^\d\d-\d\d$/) }),
  z.object({ kind: z.literal('format'), sections: z.array(sectionKey) }),
]);

const item = z.object({
  id: z.string(),
  label: z.string(),
  basis: z.string(),
  weight: z.enum(['major', 'minor']),
  appliesTo: z.enum(['government', 'department']).optional(),
  rule,
});

export const checklistSchema = z.object({ regime: z.enum(['2007', '2019']), title: z.string(), items: z.array(item).min(1) });

export type Checklist = z.infer<typeof checklistSchema>;
export type ChecklistItem = z.infer<typeof item>;
export type ItemRule = z.infer<typeof rule>;

const CHECKLISTS: Record<Regime, Checklist> = {
  '2007': checklistSchema.parse(regime2007),
  '2019': checklistSchema.parse(regime2019),
};

export function checklistFor(regime: Regime): Checklist {
  return CHECKLISTS[regime];
}

export function allChecklists(): Checklist[] {
  return Object.values(CHECKLISTS);
}
