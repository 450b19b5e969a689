import { z } from 'zod';
import * as limits from './limits';
import { relationshipTypeNames } from './ontology';
import { relation } from './explore';
import { propertiesOf, propertyProblem } from './relationProperties';
import { idListParam, idSchema, intParam } from './wire';

/** Accounts, annotations, analyst edges, reviews, merges and the audit: bodies and answers. */

export const user = z.object({ username: z.string(), role: z.enum(limits.roles) });
export type User = z.infer<typeof user>;

export const loginBody = z.object({
  username: z.string({ error: 'expected text' }).trim().min(1, { error: 'required.' }).max(100),
  password: z.string({ error: 'expected text' }).min(1, { error: 'required.' }).max(1000),
});
export const loginAnswer = z.object({ user, csrfToken: z.string().describe('Send it as X-CSRF-Token on every write of this session.') });
export const logoutAnswer = z.object({ user: z.null() });
export const meAnswer = z.object({ user: user.nullable(), csrfToken: z.string().nullable() });
export type LoginAnswer = z.infer<typeof loginAnswer>;
export type MeAnswer = z.infer<typeof meAnswer>;

const stance = z.enum(limits.stances, { error: `expected ${limits.stances.slice(0, -1).join(', ')} or ${limits.stances.at(-1)}` });
const annotationText = z
  .string({ error: 'expected text' })
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(limits.annotationTextMax)
  .describe('Plain text or a safe Markdown subset (rendered as DOM, never HTML).');
const confidence = z.number({ error: 'expected a number from 0 to 1' }).min(0).max(1).nullable();
const tags = z.array(z.string({ error: 'expected text' }).trim().min(1).max(limits.tagMax), { error: 'expected a list of tags' }).max(limits.tagsMax);
const version = z.number({ error: 'expected the integer version you edited' }).int().min(1).describe('The version you edited; a stale one is 409.');

export const annotationBody = z.object({
  text: annotationText,
  stance: stance.default(limits.defaultStance),
  confidence: confidence.optional().default(null),
  tags: tags.optional().default([]),
});
export type AnnotationInput = z.output<typeof annotationBody>;
export const annotationPatchBody = z.object({ version, text: annotationText.optional(), stance: stance.optional(), confidence: confidence.optional(), tags: tags.optional() });
/** DELETE may carry the version in the body or as ?version= (some clients drop DELETE bodies). */
export const annotationDeleteBody = z.object({ version });

const content = { text: z.string(), stance: z.enum(limits.stances), confidence: z.number().nullable(), tags: z.array(z.string()) };
export const annotation = z.object({
  id: z.string(),
  targetId: z.string(),
  targetKind: z.enum(limits.targetKinds),
  ...content,
  author: z.string(),
  version: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Annotation = z.infer<typeof annotation>;
export const annotationRevision = z.object({
  id: z.string(),
  annotationId: z.string(),
  version: z.int(),
  ...content,
  editor: z.string(),
  at: z.string(),
  action: z.enum(['create', 'update', 'delete']),
});
export type AnnotationRevision = z.infer<typeof annotationRevision>;
export const annotationAnswer = z.object({ annotation });
export const annotationsAnswer = z.object({ annotations: z.array(annotation) });
export const historyAnswer = z.object({ revisions: z.array(annotationRevision) });
export const summaryQuery = z.object({ ids: idListParam(limits.summaryIdsMax, 'Target ids.') });
export const annotationSummary = z.object({ count: z.int(), stances: z.array(z.enum(limits.stances)) });
export type AnnotationSummary = z.infer<typeof annotationSummary>;
export const summaryAnswer = z.object({ summaries: z.record(z.string(), annotationSummary).describe('By target id.') });

export const analystEdgeBody = z
  .object({
    type: z.enum(relationshipTypeNames as [string, ...string[]], { error: `expected one of ${relationshipTypeNames.join(', ')}` }),
    source: idSchema,
    target: idSchema,
    justification: z.string({ error: 'expected text' }).trim().min(1, { error: 'say why the edge holds' }).max(limits.justificationMax),
    sourceUrl: z
      .url({ protocol: /^https?$/, error: 'expected an http(s) URL' })
      .max(2000)
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    properties: z
      .record(z.string().max(40), z.union([z.string(), z.number()], { error: 'expected a number or text' }), { error: 'expected an object of properties' })
      .optional()
      .default({})
      .describe("The relationship type's own properties (data/ontology.json), e.g. share and date for HOLDS_STAKE_IN."),
  })
  // Each property must be one the ontology gives this type, with a value of its kind.
  .superRefine((body, ctx) => {
    const allowed = propertiesOf(body.type);
    for (const [name, value] of Object.entries(body.properties)) {
      if (!allowed.includes(name)) {
        const takes = allowed.length > 0 ? `it takes ${allowed.join(', ')}` : 'it takes none';
        ctx.addIssue({ code: 'custom', path: ['properties', name], message: `${body.type} has no property "${name}"; ${takes}` });
        continue;
      }
      const problem = propertyProblem(name, value);
      if (problem) ctx.addIssue({ code: 'custom', path: ['properties', name], message: problem });
    }
  });
export type AnalystEdgeInput = z.input<typeof analystEdgeBody>;
export const relationAnswer = z.object({ relation });
export const retractAnswer = z.object({ id: z.string(), retractedAt: z.string() });

export const reviewBody = z.object({
  state: z.enum(limits.reviewStates, { error: 'expected confirmed or rejected' }),
  comment: z.string({ error: 'expected text' }).trim().max(limits.reviewCommentMax).nullable().optional().transform((v) => v || null),
});
export const review = z.object({ id: z.string(), relId: z.string(), state: z.enum(limits.reviewStates), author: z.string(), comment: z.string().nullable(), at: z.string() });
export type Review = z.infer<typeof review>;
export const reviewAnswer = z.object({ review });
export const reviewsAnswer = z.object({ reviews: z.array(review) });

export const mergeBody = z.object({ keepId: idSchema, mergeId: idSchema });
export const mergeAnswer = z.object({ merge: z.object({ ok: z.literal(true), mergeId: z.string(), keepId: z.string(), mergedId: z.string(), movedEdges: z.int() }) });
export type Merge = z.infer<typeof mergeAnswer>['merge'];
export const unmergeAnswer = z.object({ unmerge: z.object({ ok: z.literal(true), mergeId: z.string(), keepId: z.string(), restoredId: z.string() }) });
export type Unmerge = z.infer<typeof unmergeAnswer>['unmerge'];

/**
 * A day (YYYY-MM-DD) or an instant (ISO 8601), as the instant that bounds the range: a day
 * starts at its first millisecond (UTC) for `from` and ends at its last for `to`.
 */
function auditBound(end: 'from' | 'to') {
  return z
    .string({ error: 'expected a single date' })
    .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/, { error: 'expected a date like 2026-12-06 or an instant like 2026-12-06T14:30:00Z' })
    // A day must exist (Date.parse would roll 2025-02-30 over into March).
    .refine((v) => (v.length === 10 ? !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v) : !Number.isNaN(Date.parse(v))), {
      error: 'expected a real date',
    })
    .transform((v) => (v.length === 10 ? `${v}T${end === 'from' ? '00:00:00.000' : '23:59:59.999'}Z` : new Date(v).toISOString()))
    .optional();
}

export const auditQuery = z.object({
  actor: z.string({ error: 'expected a single username' }).max(100).optional().describe('Username.'),
  action: z.string({ error: 'expected a single action' }).regex(/^[a-z]+\.[a-z]+$/, { error: 'expected an action like annotation.create' }).optional().describe('e.g. annotation.create'),
  targetId: idSchema.optional().describe('The changed thing.'),
  from: auditBound('from').describe('Events at or after this day (YYYY-MM-DD, UTC) or instant.'),
  to: auditBound('to').describe('Events up to the end of this day (YYYY-MM-DD, UTC) or this instant.'),
  limit: intParam(limits.auditLimit, 'Page size.'),
  offset: intParam(limits.auditOffset, 'Skip this many.'),
});
export const auditEvent = z.object({ id: z.string(), at: z.string(), actor: z.string(), action: z.string(), targetId: z.string(), detail: z.record(z.string(), z.unknown()) });
export const auditAnswer = z.object({ events: z.array(auditEvent), total: z.int(), limit: z.int(), offset: z.int() });
export const auditFacetsAnswer = z.object({ actors: z.array(z.string()), actions: z.array(z.string()) });
export type AuditEvent = z.infer<typeof auditEvent>;
export type AuditAnswer = z.infer<typeof auditAnswer>;
export type AuditFacets = z.infer<typeof auditFacetsAnswer>;
