import { queryString } from '../api/client';
import { el } from '../dom';

// Files for the analyst: a blob saved under a name, and the API's export of a set of entities.

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** GET /api/export for these entities: the file, or an error with the server's own words. */
export async function fetchExport(format: string, ids: string[]): Promise<{ blob: Blob; truncated: boolean }> {
  const response = await fetch(`/api/export${queryString({ format, ids })}`, { credentials: 'same-origin' });
  if (!response.ok) {
    let message = `The server answered ${response.status}.`;
    try {
      message = ((await response.json()) as { error?: { message?: string } }).error?.message ?? message;
    } catch {
      // Not JSON: keep the status.
    }
    throw new Error(message);
  }
  return { blob: await response.blob(), truncated: response.headers.get('X-Export-Truncated') === 'true' };
}

export function datedName(scope: string, extension: string): string {
  return `graph-${scope}-${new Date().toISOString().slice(0, 10)}.${extension}`;
}
