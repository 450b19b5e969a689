/**
 * What text a regular expression cannot match without: a list of alternatives sets, every set
 * needing one of its strings somewhere in the input. Trigger rules and date patterns run over
 * every sentence, and most sentences hold none of a rule's trigger words (持有, 制裁, sanctioned…):
 * a substring test settles those without running the expression.
 *
 * Conservative by construction: whatever the analysis does not understand (classes, escapes,
 * back references, lookarounds, optional parts) requires nothing, so a rule is only ever skipped
 * where it could not have matched.
 */

import { foldCase, foldedUnit } from './caseFolding';

/** Every inner array: at least one of its strings occurs. All arrays must hold. */
export type Requirement = string[][];

export interface TextFilter {
  /** Compare case-folded (the expression has the i flag; see caseFolding.ts). */
  ignoreCase: boolean;
  sets: Requirement;
  /** Per set: may it hold a letter with case (else the text as written will do)? */
  cased: boolean[];
}

/**
 * `placeholders`: words that stand in every masked sentence that names anything (the type names
 * of ⟨slot:Type⟩); a set made only of them is tested last, like the ⟨ : ⟩ themselves.
 */
export function textFilter(re: RegExp, placeholders?: ReadonlySet<string>): TextFilter {
  const ignoreCase = re.flags.includes('i');
  let sets = new Parser(re.source).parse();
  // Folded as the expression compares characters, in any script (санкци, Ünion, sanctioned).
  if (ignoreCase) sets = sets.map((set) => set.map(foldCase));
  // Each set once, the most telling first (trigger words before the ⟨ : ⟩ of slots), so a text
  // without the trigger is ruled out by the first test.
  const unique = [...new Map(sets.filter((set) => set.length > 0).map((set) => [JSON.stringify(set), set])).values()];
  const placeholderWords = ignoreCase && placeholders ? new Set([...placeholders].map(foldCase)) : placeholders;
  const weak = (set: string[]) => slotSyntax(set) || (placeholderWords !== undefined && set.every((s) => placeholderWords.has(s.replace(/[⟨⟩:]/g, ''))));
  const ordered = unique.sort((a, b) => Number(weak(a)) - Number(weak(b)) || shortest(b) - shortest(a));
  return { ignoreCase, sets: ordered, cased: ordered.map((set) => ignoreCase && set.some((s) => !CASELESS.test(s))) };
}

/** Characters no other character matches under the i flag (punctuation, digits, kana, ideographs, ⟨⟩). */
const CASELESS = /^[\x20-\x40\x5b-\x60\x7b-\x7e\u2000-\u206f\u27e8\u27e9\u3000-\u30ff\u3400-\u9fff\uff01-\uff20]*$/;

/** The ⟨ : ⟩ of masked slots: in every sentence that names anything, so they tell little. */
function slotSyntax(set: string[]): boolean {
  return set.every((s) => /^[⟨⟩:]+$/.test(s));
}

function shortest(set: string[]): number {
  return Math.min(...set.map((s) => s.length));
}

/**
 * The text of a sentence as filters test it: case-folded only when a filter needs it. (Plain
 * loops below, no callbacks: this runs for every rule on every sentence.)
 */
export class FilterSubject {
  private fold: string | undefined;

  constructor(readonly text: string) {}

  get folded(): string {
    this.fold ??= foldCase(this.text);
    return this.fold;
  }
}

/** Could the expression match the text? (What FilterIndex answers for many filters at once.) */
export function mayMatch(filter: TextFilter, subject: FilterSubject): boolean {
  const { sets, cased } = filter;
  for (let k = 0; k < sets.length; k++) {
    const text = cased[k] ? subject.folded : subject.text;
    const set = sets[k];
    let found = false;
    for (let i = 0; i < set.length && !found; i++) found = text.includes(set[i]);
    if (!found) return false;
  }
  return true;
}

const CLASS_ESCAPES = 'dDwWsSbB';

class Parser {
  private at = 0;

  constructor(private readonly source: string) {}

  parse(): Requirement {
    const req = this.alternation();
    // Not consumed to the end: something was not understood; require nothing.
    return this.at === this.source.length ? req : [];
  }

  private alternation(): Requirement {
    const branches: Requirement[] = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0];
    // One set for the whole alternation: each branch's most telling set, joined.
    const picked = branches.map(best);
    return picked.some((set) => set === undefined) ? [] : [[...new Set(picked.flatMap((set) => set!))]];
  }

  private sequence(): Requirement {
    const req: Requirement = [];
    let run = '';
    const endRun = () => {
      if (run) req.push([run]);
      run = '';
    };
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      const { quantified, min } = this.quantifier();
      if (atom.literal !== undefined && !quantified) {
        run += atom.literal;
        continue;
      }
      endRun();
      if (min >= 1) req.push(...atom.requirement);
    }
    endRun();
    return req;
  }

  /** One atom: a literal character, or a group, class or escape with what it requires. */
  private atom(): { literal?: string; requirement: Requirement } {
    const ch = this.source[this.at];
    if (ch === '(') return this.group();
    if (ch === '[') {
      this.skipClass();
      return { requirement: [] };
    }
    if (ch === '\\') return this.escape();
    this.at++;
    if (ch === '.' || ch === '^' || ch === '$') return { requirement: [] };
    return { literal: ch, requirement: [[ch]] };
  }

  private group(): { requirement: Requirement } {
    this.at++;
    let lookaround = false;
    if (this.source.startsWith('?:', this.at)) this.at += 2;
    else if (/^\?<?[=!]/.test(this.source.slice(this.at, this.at + 3))) {
      lookaround = true;
      this.at += this.source[this.at + 1] === '<' ? 3 : 2;
    } else if (this.source.startsWith('?<', this.at)) {
      this.at = this.source.indexOf('>', this.at) + 1;
    }
    const inner = this.alternation();
    if (this.source[this.at] === ')') this.at++;
    else this.at = this.source.length + 1; // unbalanced: give up (parse() sees it)
    return { requirement: lookaround ? [] : inner };
  }

  private escape(): { literal?: string; requirement: Requirement } {
    const next = this.source[this.at + 1] ?? '';
    this.at += 2;
    if (CLASS_ESCAPES.includes(next) || /[0-9kpPuxcfnrtv]/.test(next)) {
      // Classes, back references and character codes: skip their operands, require nothing.
      if (next === 'k') this.at = this.source.indexOf('>', this.at) + 1;
      if ((next === 'p' || next === 'P') && this.source[this.at] === '{') this.at = this.source.indexOf('}', this.at) + 1;
      if (next === 'u') this.at += this.source[this.at] === '{' ? this.source.indexOf('}', this.at) + 1 - this.at : 4;
      if (next === 'x') this.at += 2;
      if (next === 'c') this.at += 1;
      return { requirement: [] };
    }
    return { literal: next, requirement: [[next]] };
  }

  private skipClass(): void {
    this.at++;
    while (this.at < this.source.length && this.source[this.at] !== ']') this.at += this.source[this.at] === '\\' ? 2 : 1;
    this.at++;
  }

  /** The quantifier after an atom, if any: the least number of times the atom must occur. */
  private quantifier(): { quantified: boolean; min: number } {
    const ch = this.source[this.at];
    let min: number;
    if (ch === '*' || ch === '?') {
      min = 0;
      this.at++;
    } else if (ch === '+') {
      min = 1;
      this.at++;
    } else if (ch === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.source.slice(this.at));
      if (!m) return { quantified: false, min: 1 }; // a literal brace, read as the next atom
      min = Number(m[1]);
      this.at += m[0].length;
    } else {
      return { quantified: false, min: 1 };
    }
    if (this.source[this.at] === '?') this.at++; // lazy
    return { quantified: true, min };
  }
}

/** The set most likely to rule a text out: its shortest string is the longest. */
function best(req: Requirement): string[] | undefined {
  let pick: string[] | undefined;
  let score = -1;
  for (const set of req) {
    const s = shortest(set);
    if (s > score) {
      pick = set;
      score = s;
    }
  }
  return pick;
}

/**
 * Many filters over one text (the trigger rules of a language): every string of every set is
 * looked up by one scan of the text, the filters whose first, most telling set is found there are
 * visited, and their other sets are answered from the same scan (no search of the text per set).
 * Answers in filter order.
 */
export class FilterIndex {
  private readonly always: number[] = [];
  private readonly scanner: LiteralScanner;
  /** Per literal of the scanner: the filters whose first set holds it. */
  private readonly filtersOf: number[][];
  /** Per filter, per set after the first: the scanner's literals of the set. */
  private readonly laterSets: number[][][];
  private readonly found: Uint8Array;

  constructor(filters: readonly TextFilter[]) {
    const byLiteral = new Map<string, { cased: boolean; filters: number[]; index: number }>();
    const literal = (s: string, cased: boolean) => {
      const key = `${cased ? 'i' : 's'}${s}`;
      let entry = byLiteral.get(key);
      if (!entry) byLiteral.set(key, (entry = { cased, filters: [], index: byLiteral.size }));
      return entry;
    };
    this.laterSets = filters.map((filter, i) => {
      if (filter.sets.length === 0) {
        this.always.push(i);
        return [];
      }
      for (const s of filter.sets[0]) literal(s, filter.cased[0]).filters.push(i);
      return filter.sets.slice(1).map((set, k) => set.map((s) => literal(s, filter.cased[k + 1]).index));
    });
    this.scanner = new LiteralScanner([...byLiteral.keys()].map((k) => k.slice(1)), [...byLiteral.values()].map((e) => e.cased));
    this.filtersOf = [...byLiteral.values()].map((e) => e.filters);
    this.found = new Uint8Array(filters.length);
  }

  /**
   * Indices of the filters that may match, ascending (those `mayMatch` passes). A sentence holds
   * a handful of the literals: only the filters of those are visited (not every literal and
   * every filter).
   */
  candidates(subject: FilterSubject): number[] {
    const found = this.found; // all 0 between calls
    const picked: number[] = [...this.always];
    for (const f of this.always) found[f] = 1;
    const hits = this.scanner.occurringList(subject.text);
    for (let h = 0; h < hits.length; h++) {
      const filters = this.filtersOf[hits[h]];
      for (let j = 0; j < filters.length; j++) {
        const f = filters[j];
        if (found[f] === 1) continue;
        found[f] = 1;
        picked.push(f);
      }
    }
    sortAscending(picked);
    const occurring = this.scanner.lastOccurring;
    const out: number[] = [];
    for (const i of picked) {
      found[i] = 0;
      if (holdsAll(this.laterSets[i], occurring)) out.push(i);
    }
    return out;
  }
}

/** Does every set have one of its literals among those found? */
function holdsAll(sets: readonly number[][], occurring: Uint8Array): boolean {
  for (let k = 0; k < sets.length; k++) {
    const set = sets[k];
    let found = false;
    for (let i = 0; i < set.length && !found; i++) found = occurring[set[i]] === 1;
    if (!found) return false;
  }
  return true;
}

/**
 * Which of a fixed list of strings occur in a text, in one pass over the text: the strings are
 * indexed by their first code unit, and most characters start none of them. A string marked
 * ignoring case matches as an i-flag expression without u would (caseFolding.ts), in any script.
 */
export class LiteralScanner {
  private readonly literals: string[];
  /** First code units of the strings compared as written, and (folded) of those ignoring case. */
  private readonly starts = new Uint8Array(0x10000);
  private readonly foldedStarts = new Uint8Array(0x10000);
  /**
   * The strings by their first two code units (folded for those ignoring case), and the
   * one-unit strings by their only one: a text position is compared only with the strings that
   * begin as the text does there (English triggers share their first letters by the dozen).
   * Keyed first unit, then second: one number for both would exceed a small integer for half
   * the CJK range, and V8 then boxes the key of every lookup.
   */
  private readonly byFirstTwo = new Map<number, Map<number, number[]>>();
  private readonly byFoldedFirstTwo = new Map<number, Map<number, number[]>>();
  private readonly single = new Map<number, number[]>();
  private readonly foldedSingle = new Map<number, number[]>();
  private readonly anyIgnoringCase: boolean;
  private readonly seen: Uint8Array;
  /** The literals `seen` marks, in the order found: only those are cleared before the next text. */
  private readonly hits: number[] = [];

  constructor(literals: readonly string[], private readonly ignoreCase: readonly boolean[] = []) {
    this.literals = literals.map((literal, k) => (ignoreCase[k] ? foldCase(literal) : literal));
    this.literals.forEach((literal, k) => {
      if (literal.length === 0) throw new Error('LiteralScanner: empty string');
      const first = literal.charCodeAt(0);
      const folded = ignoreCase[k] === true;
      (folded ? this.foldedStarts : this.starts)[first] = 1;
      let table = folded ? this.foldedSingle : this.single;
      let key = first;
      if (literal.length > 1) {
        const pairs = folded ? this.byFoldedFirstTwo : this.byFirstTwo;
        table = pairs.get(first) ?? new Map<number, number[]>();
        pairs.set(first, table);
        key = literal.charCodeAt(1);
      }
      table.set(key, [...(table.get(key) ?? []), k]);
    });
    this.anyIgnoringCase = ignoreCase.some(Boolean);
    this.seen = new Uint8Array(literals.length);
  }

  /** Per literal, by index: 1 when it occurs in the text. (One buffer, valid until the next call.) */
  occurring(text: string): Uint8Array {
    const out = this.seen;
    for (const k of this.hits) out[k] = 0;
    this.hits.length = 0;
    const last = text.length - 1;
    for (let at = 0; at < text.length; at++) {
      const c = text.charCodeAt(at);
      if (this.starts[c] === 1) {
        this.mark(this.single.get(c), text, at, false);
        if (at < last) this.mark(this.byFirstTwo.get(c)?.get(text.charCodeAt(at + 1)), text, at, false);
      }
      if (!this.anyIgnoringCase) continue;
      const f = fold(c);
      if (this.foldedStarts[f] !== 1) continue;
      this.mark(this.foldedSingle.get(f), text, at, true);
      if (at < last) this.mark(this.byFoldedFirstTwo.get(f)?.get(fold(text.charCodeAt(at + 1))), text, at, true);
    }
    return out;
  }

  /** The indices of the literals that occur in the text, each once. (One buffer, valid until the next call.) */
  occurringList(text: string): readonly number[] {
    this.occurring(text);
    return this.hits;
  }

  /** What the last call found, per literal (as `occurring` returned it). */
  get lastOccurring(): Uint8Array {
    return this.seen;
  }

  private mark(candidates: number[] | undefined, text: string, at: number, folded: boolean): void {
    if (candidates === undefined) return;
    const out = this.seen;
    for (let i = 0; i < candidates.length; i++) {
      const k = candidates[i];
      if (out[k] === 1) continue;
      if (folded ? startsWithFolded(text, this.literals[k], at) : text.startsWith(this.literals[k], at)) {
        out[k] = 1;
        this.hits.push(k);
      }
    }
  }
}

/**
 * In place, by insertion: a sentence picks a few dozen filters at most, and Array.prototype.sort
 * would allocate a work array on every call (twice per sentence).
 */
function sortAscending(list: number[]): void {
  for (let i = 1; i < list.length; i++) {
    const v = list[i];
    let j = i - 1;
    while (j >= 0 && list[j] > v) {
      list[j + 1] = list[j];
      j--;
    }
    list[j + 1] = v;
  }
}

/** A code unit as an i-flag expression without u compares it (caseFolding.ts). */
function fold(c: number): number {
  return c < 0x80 ? (c >= 0x61 && c <= 0x7a ? c - 0x20 : c) : foldedUnit(c);
}

/** Does `text` hold the folded `literal` at `at`, compared as an i-flag expression compares? */
function startsWithFolded(text: string, literal: string, at: number): boolean {
  if (at + literal.length > text.length) return false;
  for (let i = 0; i < literal.length; i++) {
    const c = text.charCodeAt(at + i);
    const f = c < 0x80 ? (c >= 0x61 && c <= 0x7a ? c - 0x20 : c) : foldedUnit(c);
    if (f !== literal.charCodeAt(i)) return false;
  }
  return true;
}
