import type { Lexicon, LexiconAlias } from '../lexicon';
import { isLatinChar } from '../script';

/**
 * The lexicon names that may start at a character, for the leftmost-longest match. The names to
 * try at a character are those starting with it, then (for a Latin letter) those starting with
 * its lower case, each group longest first; the search keeps the last name that fits and stops
 * at the first name not longer than the one it holds.
 *
 * Built once per character and lexicon, and narrowed by the next character: only names that can
 * have that character second are tried, and `stopAfter` says where the full search would have
 * stopped, so trying only those gives the same answer.
 */
export interface AliasesAt {
  aliases: readonly LexiconAlias[];
  /** After taking the name at p: the first later position whose name is not longer. */
  stopAfter: Int32Array;
  /** Positions worth trying, by the next code unit (-1: the text ends), ascending; filled on use. */
  byNext: Map<number, Int32Array>;
}

interface AliasIndex {
  /** By code unit: 0 not yet built, 1 no names start here, 2 some do. */
  state: Uint8Array;
  /** By code unit (lexicon names are keyed by their first code unit). */
  lists: (AliasesAt | undefined)[];
}

const indexes = new WeakMap<Lexicon, AliasIndex>();
const NONE: AliasesAt = { aliases: [], stopAfter: new Int32Array(0), byNext: new Map() };
const NO_POSITIONS = new Int32Array(0);

export function aliasIndex(lexicon: Lexicon): AliasIndex {
  let index = indexes.get(lexicon);
  if (!index) {
    index = { state: new Uint8Array(0x10000), lists: new Array<AliasesAt | undefined>(0x10000) };
    indexes.set(lexicon, index);
  }
  return index;
}

export function aliasesAt(lexicon: Lexicon, index: AliasIndex, text: string, at: number): AliasesAt {
  const code = text.charCodeAt(at);
  if (index.state[code] === 1) return NONE;
  let list = index.lists[code];
  if (list === undefined) {
    const ch = text[at];
    const own = lexicon.byFirstChar.get(ch) ?? [];
    const folded = isLatinChar(ch) ? lexicon.byFirstChar.get(ch.toLowerCase()) ?? [] : [];
    list = build([...own, ...folded]);
    index.lists[code] = list;
    index.state[code] = list.aliases.length === 0 ? 1 : 2;
  }
  return list;
}

/** The positions of `list` worth trying when `next` (a code unit, -1 at the end) follows. */
export function positionsFor(list: AliasesAt, next: number): Int32Array {
  if (list.aliases.length === 0) return NO_POSITIONS;
  let positions = list.byNext.get(next);
  if (positions === undefined) {
    // Built for every new pair of characters in new text: a plain loop, no array per alias.
    const fitting: number[] = [];
    for (let p = 0; p < list.aliases.length; p++) if (mayHaveSecond(list.aliases[p], next)) fitting.push(p);
    positions = Int32Array.from(fitting);
    list.byNext.set(next, positions);
  }
  return positions;
}

/**
 * Could the alias fit where `next` follows its first character? Exact for what the match
 * compares: the string itself, or (ignoring case) the lower-cased text, where an ASCII
 * character lower-cases to one ASCII character whatever surrounds it; any other next character
 * is left to the full comparison.
 */
function mayHaveSecond(alias: LexiconAlias, next: number): boolean {
  if (alias.form.length < 2) return true;
  if (next < 0) return false;
  const second = alias.form.charCodeAt(1);
  if (!alias.caseInsensitive) return second === next;
  if (next >= 0x80) return true;
  return second === (next >= 0x41 && next <= 0x5a ? next + 0x20 : next);
}

function build(aliases: LexiconAlias[]): AliasesAt {
  if (aliases.length === 0) return NONE;
  const stopAfter = Int32Array.from(aliases, (a, p) => {
    let q = p + 1;
    while (q < aliases.length && aliases[q].form.length > a.form.length) q++;
    return q;
  });
  return { aliases, stopAfter, byNext: new Map() };
}
