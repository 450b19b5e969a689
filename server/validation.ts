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
