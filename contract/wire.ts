import { z } from 'zod';
import type { IntRange } from './limits';

/**
 * Query-string values arrive as text; these schemas read them (with messages that name what
 * was expected) and register how each looks on the wire — an integer 1–6 with default 4, not
 * the text pattern that parses it — so the OpenAPI document says what a caller sends.
 */
export const wireSchemas = z.registry<{ schema: Record<string, unknown> }, z.core.$ZodType>();

function onWire<S extends z.ZodType>(schema: S, wire: Record<string, unknown>): S {
  wireSchemas.add(schema, { schema: wire });
  return schema;
}

/** Empty strings (e.g. `?depth=`) count as absent, so the default applies. */
function emptyAsUndefined<S extends z.ZodType>(schema: S) {
  return z.preprocess((v) => (v === '' ? undefined : v), schema);
}

/** A single query-string value (repeated parameters arrive as arrays and are refused). */
export const text = z.string({ error: 'expected a single text value' });

const idPattern = /^[A-Za-z0-9._:-]{1,200}$/;

/** Stable ids are URL-safe: [A-Za-z0-9._:-], at most 200 characters. */
export const idSchema = text.regex(idPattern, { error: 'expected an id of letters, digits, ".", "_", ":" or "-" (at most 200)' });

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

/** An integer query value within the range; absent or empty means its default. */
export function intParam(range: IntRange, description: string) {
  const { min, max, default: fallback } = range;
  return onWire(emptyAsUndefined(integer(min, max).optional().default(fallback)).describe(description), { type: 'integer', minimum: min, maximum: max, default: fallback });
}

/** An optional integer query value within [min, max]. */
export function optionalIntParam(range: { min: number; max: number }, description: string) {
  return onWire(emptyAsUndefined(integer(range.min, range.max).optional()).describe(description), { type: 'integer', minimum: range.min, maximum: range.max });
}

/** A number query value within [min, max]. */
export function numberParam(min: number, max: number, description: string) {
  const parsed = z
    .string({ error: 'expected a single number' })
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, { error: `expected a number from ${min} to ${max}` })
    .transform(Number)
    .pipe(z.number().min(min, { error: `must be at least ${min}` }).max(max, { error: `must be at most ${max}` }))
    .optional();
  return onWire(emptyAsUndefined(parsed).describe(description), { type: 'number', minimum: min, maximum: max });
}

export function boolParam(fallback: boolean, description: string) {
  const parsed = z
    .enum(['true', 'false', '1', '0'], { error: 'expected true or false' })
    .optional()
    .transform((v) => (v === undefined ? fallback : v === 'true' || v === '1'));
  return onWire(parsed.describe(description), { type: 'boolean', default: fallback });
}

function expected(values: readonly string[]): string {
  return values.length === 2 ? `expected ${values[0]} or ${values[1]}` : `expected one of ${values.join(', ')}`;
}

/** One of a closed list; absent or empty means `fallback`. */
export function enumParam<const T extends readonly [string, ...string[]]>(values: T, fallback: T[number], description: string) {
  return onWire(emptyAsUndefined(z.enum(values, { error: expected(values) }).optional().default(fallback as never)).describe(description), { enum: [...values], default: fallback });
}

/** One of a closed list, or absent. */
export function optionalEnumParam<const T extends readonly [string, ...string[]]>(values: T, description: string) {
  return z.enum(values, { error: expected(values) }).optional().describe(description);
}

/** A comma-separated list, each item checked against a closed list (ontology names). */
export function closedListParam(allowed: string[], what: string, description: string) {
  const parsed = text
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .refine((items) => items.every((i) => allowed.includes(i)), {
      error: (iss) => {
        const bad = (iss.input as string[]).find((i) => !allowed.includes(i));
        return `unknown ${what} "${bad}"; known: ${allowed.join(', ')}`;
      },
    })
    .optional();
  return onWire(parsed.describe(description), { type: 'string', description: `${description} Comma-separated: ${allowed.join(', ')}.` });
}

/** A comma-separated list of ids (at most `max`). */
export function idListParam(max: number, description: string) {
  const parsed = text
    .transform((v) => [...new Set(v.split(',').map((s) => s.trim()).filter(Boolean))])
    .refine((ids) => ids.every((id) => idPattern.test(id)), { error: 'expected ids of letters, digits, ".", "_", ":" or "-", separated by commas' })
    .refine((ids) => ids.length <= max, { error: `at most ${max} ids` })
    .optional();
  return onWire(parsed.describe(description), { type: 'string', description: `${description} Comma-separated, at most ${max}.` });
}
