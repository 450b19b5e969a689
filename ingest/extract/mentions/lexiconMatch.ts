import type { Lexicon } from '../lexicon';
import { isCjkChar, isLatinChar } from '../script';
import { aliasesAt, aliasIndex, positionsFor } from './aliasIndex';
import type { Boundaries } from '../segment';
import { placeHead } from './placeHeads';
import { PRIORITY, type Candidate } from './types';

/**
 * Lexicon names in the compact text, leftmost-longest. A two-character CJK name must start on a
 * word boundary (so 中国 is not read inside 其中国家); Latin names must stand as whole words.
 */
const FIRM_SUFFIXES = ['公司', '集团', '株式会社'];
/** What may follow a one-character commodity name: punctuation, a list word or a mining/trade word. */
const SINGLE_OK = /[、，,。；：:）)和与及等矿类资的进出产价储]|$/;

/** What may come right before one, when segmentation glues the two (对镓、锗实施管制, 第二大铜生产国). */
const SINGLE_BEFORE = /[对對与與和及、，,大]/;

export function lexiconCandidates(lexicon: Lexicon, text: string, boundaries: Boundaries): Candidate[] {
  const found: Candidate[] = [];
  const index = aliasIndex(lexicon);
  let i = 0;
  while (i < text.length) {
    // No name starts inside a Latin word or a number: Latin and numbered names must stand as
    // whole words (below), and only such a name can start with an ASCII letter or digit.
    if (i > 0 && isAsciiAlnum(text.charCodeAt(i)) && isAsciiAlnum(text.charCodeAt(i - 1))) {
      i++;
      continue;
    }
    const at = aliasesAt(lexicon, index, text, i);
    const positions = positionsFor(at, i + 1 < text.length ? text.charCodeAt(i + 1) : -1);
    let hit: Candidate | undefined;
    let stop = at.aliases.length;
    for (let k = 0; k < positions.length; k++) {
      const p = positions[k];
      if (p >= stop) break;
      const alias = at.aliases[p];
      const len = alias.form.length;
      if (alias.caseInsensitive ? !lowerCasedAt(text, i, alias.form) : !text.startsWith(alias.form, i)) continue;
      if (isLatinChar(alias.form[0]) || /[0-9]/.test(alias.form[0])) {
        if (/[A-Za-z0-9]/.test(text[i - 1] ?? '') || /[A-Za-z0-9]/.test(text[i + len] ?? '')) continue;
      } else if (len === 2 && isCjkChar(alias.form[0]) && !boundaries.has(i)) {
        continue;
      } else if (len === 1 && !((boundaries.has(i) || SINGLE_BEFORE.test(text[i - 1] ?? '')) && boundaries.has(i + 1) && SINGLE_OK.test(text[i + 1] ?? '。'))) {
        // 钴 in 铜、镍、钴 or 钴矿, not in 锂电池.
        continue;
      }
      // "Arctic LNG 2" must not be read inside "Arctic LNG 25".
      if (/[0-9]$/.test(alias.form) && /[0-9]/.test(text[i + len] ?? '')) continue;
      hit = { start: i, end: i + len, type: alias.entry.type, method: 'lexicon', priority: PRIORITY.lexicon, lexiconKey: alias.entry.key };
      stop = at.stopAfter[p];
    }
    // The Jamnagar refinery, 萨贝塔港: a facility named after a place is found by its head word.
    const head = hit ? placeHead(text, hit) : undefined;
    if (hit && head?.yields) hit = undefined;
    if (hit) {
      if (head && !head.yields) hit.end += head.extend;
      // 三井物产公司: the firm's own head word belongs to the name.
      const suffix = firmSuffix(text, hit, boundaries);
      if (suffix && hit.type === 'Firm') hit.end += suffix.length;
      found.push(hit);
      i = hit.end;
    } else {
      i++;
    }
  }
  return found;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * text.slice(at, at + form.length).toLowerCase() === form, without a string per try: ASCII is
 * lower-cased code unit by code unit; anything else (a letter whose lower case is longer) is
 * left to toLowerCase.
 */
function lowerCasedAt(text: string, at: number, form: string): boolean {
  const len = form.length;
  if (at + len > text.length) return text.slice(at, at + len).toLowerCase() === form;
  for (let k = 0; k < len; k++) {
    const c = text.charCodeAt(at + k);
    if (c >= 0x80) return text.slice(at, at + len).toLowerCase() === form;
    if ((c >= 0x41 && c <= 0x5a ? c + 0x20 : c) !== form.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * The firm head word written right after a firm or organisation name, ending on a word boundary.
 * (A plain loop: a callback capturing `hit` would cost a closure context per character scanned.)
 */
function firmSuffix(text: string, hit: Candidate, boundaries: Boundaries): string | undefined {
  if (hit.type !== 'Firm' && hit.type !== 'Organization') return undefined;
  for (const f of FIRM_SUFFIXES) if (text.startsWith(f, hit.end) && boundaries.has(hit.end + f.length)) return f;
  return undefined;
}
