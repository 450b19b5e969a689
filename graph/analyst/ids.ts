import crypto from 'node:crypto';

/** A URL-safe random id with a readable prefix, e.g. "ann_3q9…". */
export function newId(prefix: string): string {
  return `${prefix}_${crypto.randomBytes(12).toString('base64url')}`;
}

export function nowIso(): string {
  return new Date().toISOString();
}
