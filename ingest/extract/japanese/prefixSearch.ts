/**
 * kuromoji looks up the dictionary words starting at each position of a sentence by handing
 * its trie the whole rest of the sentence, which the trie first encodes to UTF-8 entirely:
 * quadratic in the sentence length, and most of the time spent on Japanese text. The search
 * below walks the same trie, encoding one character at a time and stopping where the trie has
 * no branch — the same words, found in time proportional to the longest match.
 */

interface DoubleArrayTrie {
  commonPrefixSearch(key: string): Array<{ k: string; v?: number }> | null;
  traverse(parent: number, code: number): number;
  bc: { getBase(index: number): number };
}

const ROOT_ID = 0;
const NOT_FOUND = -1;
const TERM_CODE = 0;

/** The UTF-8 bytes of one BMP code unit (no surrogates) into `out`; returns how many. */
function utf8(code: number, out: Uint8Array): number {
  if (code < 0x80) {
    out[0] = code;
    return 1;
  }
  if (code < 0x800) {
    out[0] = (code >>> 6) | 0xc0;
    out[1] = (code & 0x3f) | 0x80;
    return 2;
  }
  out[0] = (code >>> 12) | 0xe0;
  out[1] = ((code >> 6) & 0x3f) | 0x80;
  out[2] = (code & 0x3f) | 0x80;
  return 3;
}

export function useIncrementalPrefixSearch(trie: DoubleArrayTrie): void {
  const whole = trie.commonPrefixSearch.bind(trie);
  const bytes = new Uint8Array(3);
  trie.commonPrefixSearch = (key: string) => {
    const result: Array<{ k: string; v?: number }> = [];
    let parent = ROOT_ID;
    for (let c = 0; c < key.length; c++) {
      const code = key.charCodeAt(c);
      // Surrogate pairs (never in the dictionary) keep the original path and its exact answer.
      if (code >= 0xd800 && code <= 0xdfff) return whole(key);
      const n = utf8(code, bytes);
      for (let b = 0; b < n; b++) {
        const child = trie.traverse(parent, bytes[b]);
        if (child === NOT_FOUND) return result;
        parent = child;
        const leaf = trie.traverse(child, TERM_CODE);
        if (leaf === NOT_FOUND) continue;
        // A word ending inside a character's bytes: let the original decode it as it does.
        if (b < n - 1) return whole(key);
        const base = trie.bc.getBase(leaf);
        // Same shape as kuromoji's own results: v (only for a leaf), then k.
        result.push(base <= 0 ? { v: -base - 1, k: key.slice(0, c + 1) } : { k: key.slice(0, c + 1) });
      }
    }
    return result;
  };
}
