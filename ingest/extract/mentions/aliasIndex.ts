import type { Lexicon, LexiconAlias } from '../lexicon';
import { isLatinChar } from '../script';

/**
 * The lexicon names that may start at a character, for the leftmost-longest match. The names to
 * try at a character are those starting with it, then (for a Latin letter) those starting with
 * its lower case, each group longest first; the search keeps the last name that fits and stops
 * at the first name not longer than the one it holds.
 *
 * Built once per character and lexicon, and narrowed by the next character: only names whose
 * second character is that one (or that are one character long, or compared ignoring case) can
 * fit, and `stopAfter` says where the full search would have stopped, so trying only those
 * gives the same answer.
 */
export interface AliasesAt {
  aliases: readonly LexiconAlias[];
  /** Positions in `aliases` worth trying when the next code unit is the key, ascending. */
  bySecond: Map<number, Int32Array>;
  /** Positions worth trying whatever comes next. */
  anyNext: Int32Array;
  /** After taking the name at p: the first later position whose name is not longer. */
  stopAfter: Int32Array;
}

interface AliasIndex {
  /** By code unit: 0 not yet built, 1 no names start here, 2 some do. */
  state: Uint8Array;
  /** By code unit (lexicon names are keyed by their first code unit). */
  lists: (AliasesAt | undefined)[];
}

const indexes = new WeakMap<Lexicon, AliasIndex>();
const NONE: AliasesAt = { aliases: [], bySecond: new Map(), anyNext: new Int32Array(0), stopAfter: new Int32Array(0) };

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

function build(aliases: LexiconAlias[]): AliasesAt {
  if (aliases.length === 0) return NONE;
  // -1: one character long, -2: compared ignoring case; else the second code unit.
  const seconds = aliases.map((a) => (a.caseInsensitive ? -2 : a.form.length < 2 ? -1 : a.form.charCodeAt(1)));
  const positions = (keep: (second: number) => boolean) => Int32Array.from(seconds.flatMap((s, p) => (keep(s) ? [p] : [])));
  const bySecond = new Map<number, Int32Array>();
  for (const s of new Set(seconds)) if (s >= 0) bySecond.set(s, positions((x) => x === s || x < 0));
  const stopAfter = Int32Array.from(aliases, (a, p) => {
    let q = p + 1;
    while (q < aliases.length && aliases[q].form.length > a.form.length) q++;
    return q;
  });
  return { aliases, bySecond, anyNext: positions((x) => x < 0), stopAfter };
}
