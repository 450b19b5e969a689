import { z } from 'zod';
import { entitySummary, evidence } from './explore';
import { entityTypeNames } from './ontology';
import { idSchema, intParam, optionalEnumParam } from './wire';

/** Duplicate review: candidate pairs for merging, two entities side by side, dismissals. */

export const duplicateLimit = { min: 1, max: 200, default: 50 } as const;
export const duplicateReasonKinds = ['same-name', 'original', 'contains', 'similar', 'neighbours'] as const;

export const duplicatesQuery = z.object({
  type: optionalEnumParam(entityTypeNames as [string, ...string[]], 'Only candidates of this entity type.'),
  limit: intParam(duplicateLimit, 'Most candidates returned, best first.'),
});

export const duplicateReason = z.object({
  kind: z.enum(duplicateReasonKinds).describe('same-name: one name in another script; original: a shared original in brackets; contains: one name inside the other; similar: mostly the same characters; neighbours: neighbours in common.'),
  detail: z.string().describe('In words, with the names that match.'),
});
export type DuplicateReason = z.infer<typeof duplicateReason>;

export const duplicateCandidate = z.object({
  keep: entitySummary.describe('The one a merge keeps by default (more mentions, more names).'),
  merge: entitySummary,
  score: z.number().describe('Sum of the reasons\u2019 weights; higher is likelier.'),
  reasons: z.array(duplicateReason),
});
export type DuplicateCandidate = z.infer<typeof duplicateCandidate>;
export const duplicatesAnswer = z.object({
  candidates: z.array(duplicateCandidate),
  total: z.int().describe('Candidates found before the limit.'),
});
export type DuplicatesAnswer = z.infer<typeof duplicatesAnswer>;

export const pairQuery = z.object({ a: idSchema, b: idSchema });
export const pairBody = z.object({ a: idSchema, b: idSchema });

const side = z.object({
  entity: entitySummary,
  documents: z.array(z.object({ id: z.string(), title: z.string().nullable(), mentions: z.int() })),
  evidence: z.array(evidence).describe('A sentence for each of its best-evidenced stated edges.'),
  neighbours: z.array(entitySummary).describe('Its most mentioned neighbours over stated edges.'),
});
export const compareAnswer = z.object({ sides: z.tuple([side, side]), sharedNeighbours: z.array(z.string()).describe('Ids of the neighbours shown on both sides.') });
export type CompareAnswer = z.infer<typeof compareAnswer>;

export const dismissalAnswer = z.object({
  dismissal: z.object({ pair: z.tuple([z.string(), z.string()]), author: z.string(), at: z.string() }),
});
export type DismissalAnswer = z.infer<typeof dismissalAnswer>;
