import type { Lexicon } from '../lexicon';
import { isCjkChar, isLatinChar } from '../script';
import { PRIORITY, type Candidate } from './types';

/**
 * Lexicon names in the compact text, leftmost-longest. A two-character CJK name must start on a
 * word boundary (so 中国 is not read inside 其中国家); Latin names must stand as whole words.
 */
export function lexiconCandidates(lexicon: Lexicon, text: string, boundaries: Set<number>): Candidate[] {
  const found: Candidate[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const list = [...(lexicon.byFirstChar.get(ch) ?? []), ...(isLatinChar(ch) ? lexicon.byFirstChar.get(ch.toLowerCase()) ?? [] : [])];
    let hit: Candidate | undefined;
    for (const alias of list) {
      const len = alias.form.length;
      if (hit && len <= hit.end - hit.start) break;
      const piece = text.slice(i, i + len);
      if (alias.caseInsensitive ? piece.toLowerCase() !== alias.form : piece !== alias.form) continue;
      if (isLatinChar(alias.form[0]) || /[0-9]/.test(alias.form[0])) {
        if (/[A-Za-z0-9]/.test(text[i - 1] ?? '') || /[A-Za-z0-9]/.test(text[i + len] ?? '')) continue;
      } else if (len === 2 && isCjkChar(alias.form[0]) && !boundaries.has(i)) {
        continue;
      }
      // "Arctic LNG 2" must not be read inside "Arctic LNG 25".
      if (/[0-9]$/.test(alias.form) && /[0-9]/.test(text[i + len] ?? '')) continue;
      hit = { start: i, end: i + len, type: alias.entry.type, method: 'lexicon', priority: PRIORITY.lexicon, lexiconKey: alias.entry.key };
    }
    if (hit) {
      found.push(hit);
      i = hit.end;
    } else {
      i++;
    }
  }
  return found;
}
