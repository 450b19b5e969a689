import type { Request } from 'express';
import { z } from 'zod';
import { entityTypeNames, relationshipTypeNames } from '../graph/ontology';
import { ApiError } from './errors';

/**
 * Input validation for the API: a zod schema per route; the first problem becomes a 400
 * (code "invalid_request") whose message names the field. Unknown query parameters are ignored
 * (z.object strips them).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.length > 0 ? issue.path.join('.') : 'request';
  throw new ApiError(400, 'invalid_request', `Invalid "${field}": ${describeIssue(issue)}`);
}

export function parseQuery<S extends z.ZodType>(schema: S, req: Request): z.infer<S> {
  return parseInput(schema, req.query);
}

export function parseParams<S extends z.ZodType>(schema: S, req: Request): z.infer<S> {
  return parseInput(schema, req.params);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'required.';
  if (issue.code === 'invalid_type' && Array.isArray(issue.input)) return 'give it once.';
  return issue.message.endsWith('.') ? issue.message : `${issue.message}.`;
}

/** A single query-string value (repeated parameters arrive as arrays and are refused). */
const text = z.string({ error: 'expected a single text value' });

/** Stable ids are URL-safe: [A-Za-z0-9._:-], at most 200 characters. */
export const idSchema = text.regex(/^[A-Za-z0-9._:-]{1,200}$/, { error: 'expected an id of letters, digits, ".", "_", ":" or "-" (at most 200)' });

/** `:id` route parameters: one id, validated like every other. */
export const idParams = z.object({ id: idSchema });

function integer(min: number, max: number) {
  return z
    .string({ error: 'expected a single integer' })
    .trim()
    .regex(/^-?\d+$/, { error: `expected an integer from ${min} to ${max}` })
    .transform(Number)
    .pipe(z.number().int().min(min, { error: `must be at least ${min}` }).max(max, { error: `must be at most ${max}` }));
}

/** An integer query value within [min, max]; absent or empty means `fallback`. */
export function intParam(min: number, max: number, fallback: number) {
  return emptyAsUndefined(integer(min, max).optional().default(fallback));
}

/** An optional integer query value within [min, max]. */
export function optionalIntParam(min: number, max: number) {
  return emptyAsUndefined(integer(min, max).optional());
}

/** A number query value within [min, max]. */
export function numberParam(min: number, max: number) {
  return emptyAsUndefined(z
    .string({ error: 'expected a single number' })
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, { error: `expected a number from ${min} to ${max}` })
    .transform(Number)
    .pipe(z.number().min(min, { error: `must be at least ${min}` }).max(max, { error: `must be at most ${max}` }))
    .optional());
}

export function boolParam(fallback: boolean) {
  return z
    .enum(['true', 'false', '1', '0'], { error: 'expected true or false' })
    .optional()
    .transform((v) => (v === undefined ? fallback : v === 'true' || v === '1'));
}

export function enumParam<const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) {
  return emptyAsUndefined(z.enum(values, { error: `expected one of ${values.join(', ')}` }).optional().default(fallback as never));
}

/** A comma-separated list, each item checked against a closed list (ontology names). */
function closedList(allowed: string[], what: string) {
  return text
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .refine((items) => items.every((i) => allowed.includes(i)), {
      error: (iss) => {
        const bad = (iss.input as string[]).find((i) => !allowed.includes(i));
        return `unknown ${what} "${bad}"; known: ${allowed.join(', ')}`;
      },
    })
    .optional();
}

export const entityTypesParam = closedList(entityTypeNames, 'entity type');
export const relationshipTypesParam = closedList(relationshipTypeNames, 'relationship type');

/** A comma-separated list of ids (at most `max`). */
export function idListParam(max: number) {
  return text
    .transform((v) => [...new Set(v.split(',').map((s) => s.trim()).filter(Boolean))])
    .refine((ids) => ids.every((id) => /^[A-Za-z0-9._:-]{1,200}$/.test(id)), { error: 'expected ids of letters, digits, ".", "_", ":" or "-", separated by commas' })
    .refine((ids) => ids.length <= max, { error: `at most ${max} ids` })
    .optional();
}

/** Empty strings (e.g. `?depth=`) count as absent, so the default applies. */
function emptyAsUndefined<S extends z.ZodType>(schema: S) {
  return z.preprocess((v) => (v === '' ? undefined : v), schema);
}
