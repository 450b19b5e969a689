import type { Lexicon, LexiconAlias } from '../lexicon';
import { isCjkChar, isLatinChar } from '../script';
import type { Boundaries } from '../segment';
import { PRIORITY, type Candidate } from './types';

/**
 * Lexicon names in the compact text, leftmost-longest. A two-character CJK name must start on a
 * word boundary (so 中国 is not read inside 其中国家); Latin names must stand as whole words.
 */
const FIRM_SUFFIXES = ['公司', '集团', '株式会社'];
/** What may follow a one-character commodity name: punctuation, a list word or a mining/trade word. */
const SINGLE_OK = /[、，,。；：:）)和与及等矿类资的进出产价储]|$/;

/**
 * The aliases to try at a character: those starting with it, then (for a Latin letter) those
 * starting with its lower case. Built once per character and lexicon instead of at every
 * position of every sentence; `state` says by code unit whether a character starts any alias
 * (0 not yet known, 1 none, 2 some), so most characters cost one typed-array read.
 */
interface AliasIndex {
  state: Uint8Array;
  /** By code unit (lexicon names are keyed by their first code unit). */
  lists: (AliasList | undefined)[];
}

/**
 * The aliases at one character, with the second code unit of each (-1: none; -2: compared
 * ignoring case): a number compared before the string rules most of them out.
 */
interface AliasList {
  aliases: readonly LexiconAlias[];
  seconds: Int32Array;
}

const indexes = new WeakMap<Lexicon, AliasIndex>();
const NO_ALIASES: AliasList = { aliases: [], seconds: new Int32Array(0) };

function aliasIndex(lexicon: Lexicon): AliasIndex {
  let index = indexes.get(lexicon);
  if (!index) {
    index = { state: new Uint8Array(0x10000), lists: new Array<AliasList | undefined>(0x10000) };
    indexes.set(lexicon, index);
  }
  return index;
}

function aliasesAt(lexicon: Lexicon, index: AliasIndex, text: string, at: number): AliasList {
  const code = text.charCodeAt(at);
  const state = index.state[code];
  if (state === 1) return NO_ALIASES;
  let list = index.lists[code];
  if (list === undefined) {
    const ch = text[at];
    const own = lexicon.byFirstChar.get(ch) ?? [];
    const folded = isLatinChar(ch) ? lexicon.byFirstChar.get(ch.toLowerCase()) ?? [] : [];
    const aliases = [...own, ...folded];
    list = aliases.length === 0 ? NO_ALIASES : { aliases, seconds: Int32Array.from(aliases, secondCode) };
    index.lists[code] = list;
    index.state[code] = aliases.length === 0 ? 1 : 2;
  }
  return list;
}

function secondCode(alias: LexiconAlias): number {
  if (alias.caseInsensitive) return -2;
  return alias.form.length < 2 ? -1 : alias.form.charCodeAt(1);
}

export function lexiconCandidates(lexicon: Lexicon, text: string, boundaries: Boundaries): Candidate[] {
  const found: Candidate[] = [];
  const index = aliasIndex(lexicon);
  let i = 0;
  while (i < text.length) {
    const { aliases, seconds } = aliasesAt(lexicon, index, text, i);
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
    let hit: Candidate | undefined;
    for (let a = 0; a < aliases.length; a++) {
      const alias = aliases[a];
      const len = alias.form.length;
      if (hit && len <= hit.end - hit.start) break;
      if (seconds[a] >= 0 && seconds[a] !== next) continue;
      if (alias.caseInsensitive ? text.slice(i, i + len).toLowerCase() !== alias.form : !text.startsWith(alias.form, i)) continue;
      if (isLatinChar(alias.form[0]) || /[0-9]/.test(alias.form[0])) {
        if (/[A-Za-z0-9]/.test(text[i - 1] ?? '') || /[A-Za-z0-9]/.test(text[i + len] ?? '')) continue;
      } else if (len === 2 && isCjkChar(alias.form[0]) && !boundaries.has(i)) {
        continue;
      } else if (len === 1 && !(boundaries.has(i) && boundaries.has(i + 1) && SINGLE_OK.test(text[i + 1] ?? '。'))) {
        // 钴 in 铜、镍、钴 or 钴矿, not in 锂电池.
        continue;
      }
      // "Arctic LNG 2" must not be read inside "Arctic LNG 25".
      if (/[0-9]$/.test(alias.form) && /[0-9]/.test(text[i + len] ?? '')) continue;
      hit = { start: i, end: i + len, type: alias.entry.type, method: 'lexicon', priority: PRIORITY.lexicon, lexiconKey: alias.entry.key };
    }
    if (hit) {
      // 三井物产公司: the firm's own head word belongs to the name.
      const suffix = FIRM_SUFFIXES.find((f) => (hit!.type === 'Firm' || hit!.type === 'Organization') && text.startsWith(f, hit!.end) && boundaries.has(hit!.end + f.length));
      if (suffix && hit.type === 'Firm') hit.end += suffix.length;
      found.push(hit);
      i = hit.end;
    } else {
      i++;
    }
  }
  return found;
}
