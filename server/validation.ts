import type { Request } from 'express';
import { z } from 'zod';
import { ApiError } from './errors';

/**
 * Input validation for the API with the contract's schemas (contract/); the first problem becomes a 400
 * (code "invalid_request") whose message names the field. Unknown query parameters are ignored
 * (z.object strips them).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.length > 0 ? issue.path.join('.') : 'request';
  throw new ApiError(400, 'invalid_request', `Invalid "${field}": ${describeIssue(issue, valueAt(input, issue.path))}`);
}

export function parseQuery<S extends z.ZodType>(schema: S, req: Request): z.infer<S> {
  return parseInput(schema, req.query);
}

export function parseParams<S extends z.ZodType>(schema: S, req: Request): z.infer<S> {
  return parseInput(schema, req.params);
}

/** The value the issue is about (Zod does not keep it on the issue). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * What is wrong, in words. A schema's own message ("expected text") covers a wrong type; for a
 * value out of bounds it would mislead (a 10,001-character text is text), so bounds are named.
 */
function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_type') {
    if (value === undefined) return 'required.';
    if (typeof value === 'number' && !Number.isFinite(value)) return 'must be a finite number.';
    if (Array.isArray(value) && issue.expected !== 'array') return 'give it once.';
  }
  const generic = /^(expected|too (big|small))/i.test(issue.message);
  if (generic && (issue.code === 'too_big' || issue.code === 'too_small')) return boundMessage(issue);
  return issue.message.endsWith('.') ? issue.message : `${issue.message}.`;
}

function boundMessage(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string {
  const big = issue.code === 'too_big';
  const bound = Number(big ? (issue as z.core.$ZodIssueTooBig).maximum : (issue as z.core.$ZodIssueTooSmall).minimum);
  const most = big ? 'at most' : 'at least';
  if (issue.origin === 'string') return !big && bound === 1 ? 'must not be empty.' : `${most} ${bound} characters.`;
  if (issue.origin === 'array' || issue.origin === 'set') return `${most} ${bound} ${bound === 1 ? 'item' : 'items'}.`;
  return `must be ${most} ${bound}.`;
}
