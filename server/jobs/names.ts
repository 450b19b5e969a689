import path from 'node:path';

/**
 * A file name as the browser sent it (a dropped folder sends "folder/sub/file.pdf") made safe
 * to place under the library: no "..", no absolute start, no control characters; at most eight
 * folders deep and 200 characters per part. Undefined when nothing usable is left.
 */
export function safeRelativeName(sent: string): string | undefined {
  const parts = sent
    .split(/[\\/]+/)
    .map((part) => part.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200))
    .filter((part) => part !== '' && part !== '.' && part !== '..');
  if (parts.length === 0) return undefined;
  return parts.slice(-9).join('/');
}

export function baseName(relative: string): string {
  return path.posix.basename(relative);
}
