import fs from 'node:fs';
import path from 'node:path';

/** At least this many characters: length is what makes a password hard to guess. */
export const MIN_PASSWORD_LENGTH = 12;

let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  common ??= new Set(
    fs.readFileSync(path.resolve(__dirname, '..', '..', 'data', 'security', 'common-passwords.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim().toLowerCase())
      .filter((l) => l && !l.startsWith('#')),
  );
  return common;
}

/**
 * Why a chosen password is refused, or undefined when it is fine: too short, one character
 * repeated, the username inside it, or a common password (data/security/common-passwords.txt).
 */
export function passwordProblem(password: string, username = ''): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (new Set(password).size <= 2) return 'A password must not repeat one or two characters.';
  const lower = password.toLowerCase();
  if (username.length >= 3 && lower.includes(username.toLowerCase())) return 'A password must not contain the username.';
  if (commonPasswords().has(lower)) return 'That password is among the most common ones; choose another.';
  return undefined;
}
