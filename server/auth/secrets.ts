import crypto from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** argon2id with the library's defaults (memory-hard, salted). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A random secret for cookies, CSRF and API tokens (256 bits, URL-safe). */
export function randomSecret(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** A generated password an admin can type: 20 URL-safe characters. */
export function generatePassword(): string {
  return crypto.randomBytes(15).toString('base64url');
}

/**
 * Session cookies and API tokens are high-entropy, so a fast hash is enough to keep the stored
 * form useless to a reader of the database (argon2 would slow down every request).
 */
export function hashSecret(secret: string): string {
  return crypto.createHash('sha256').update(secret).digest('hex');
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/** A burned hash for unknown usernames, so login takes as long whether or not the user exists. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hash(randomSecret());
  return dummyHash;
}
