import { readRules } from '../data';
import { LiteralScanner } from '../requiredText';
import { toSimplified } from '../script';
import type { Occurrence } from './mask';

/**
 * 两部门, 两家公司, 这两个项目: a reference to the last two entities of one type the text named
 * (五家公司, 三个项目: to the last that many)
 * (中国商务部、海关总署联合发布公告…。同年10月20日，两部门再次发布公告 — both bodies publish again).
 * The phrase becomes two reference occurrences on its span, which the masker writes as a
 * coordinated pair, so every trigger rule reads both. Vocabulary: data/rules/zh/pluralReferences.json.
 */

interface PluralWords {
  window: number;
  phrases: Record<string, string[]>;
  counted: Record<string, string[]>;
  numbers: Record<string, number>;
}

const words = readRules<PluralWords>('zh/pluralReferences.json');
const phrases = Object.entries(words.phrases)
  .flatMap(([type, list]) => list.map((p) => ({ type, phrase: toSimplified(p) })))
  .sort((a, b) => b.phrase.length - a.phrase.length);
/** Most sentences hold none of the phrases: one pass finds those that occur. */
const scanner = new LiteralScanner(phrases.map((p) => p.phrase));
/** 五家公司, 三个项目: a number written right before a counted noun. */
const counted = Object.entries(words.counted).flatMap(([type, list]) => list.map((noun) => ({ type, noun: toSimplified(noun) })));
const countedScanner = new LiteralScanner(counted.map((c) => c.noun));

type Named = { entityId: string; type: string }[];

export class PluralReferences {
  /** The names of the last few sentences that named any, oldest first. */
  private recent: Named[] = [];

  /** Reference occurrences for the plural phrases of one sentence (compact text); then remembers its names. */
  resolve(text: string, taken: Occurrence[]): Occurrence[] {
    const names = taken.filter((o) => !o.anaphor && o.end > o.start).sort((a, b) => a.start - b.start);
    const out: Occurrence[] = [];
    const present = scanner.occurring(text);
    const covered: [number, number][] = [];
    for (let k = 0; k < phrases.length; k++) {
      if (present[k] === 0) continue;
      const { type, phrase } = phrases[k];
      for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
        const end = at + phrase.length;
        // A longer phrase found first (这两个项目) holds the shorter (两个项目); names hold neither.
        if (covered.some(([s, e]) => at < e && s < end) || taken.some((t) => at < t.end && t.start < end)) continue;
        covered.push([at, end]);
        const pair = this.lastTwo(type, names.filter((n) => n.end <= at));
        for (const id of pair) out.push({ start: at, end, entityId: id, type, anaphor: true });
      }
    }
    const countedPresent = countedScanner.occurring(text);
    for (let k = 0; k < counted.length; k++) {
      if (countedPresent[k] === 0) continue;
      const { type, noun } = counted[k];
      for (let at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + 1)) {
        const n = words.numbers[text[at - 1]];
        if (!n) continue;
        const start = at - 1 - (text[at - 2] === '这' ? 1 : 0);
        const end = at + noun.length;
        if (covered.some(([s, e]) => start < e && s < end) || taken.some((t) => start < t.end && t.start < end)) continue;
        covered.push([start, end]);
        for (const id of this.last(type, names.filter((x) => x.end <= start), n)) out.push({ start, end, entityId: id, type, anaphor: true });
      }
    }
    // Sentences that name nothing (markup, headings) do not push the antecedents out of reach.
    if (names.length) this.recent.push(names.map((n) => ({ entityId: n.entityId, type: n.type })));
    if (this.recent.length > words.window) this.recent.shift();
    return out;
  }

  /** The last two distinct entities of the type, this sentence first, in the order they were named. */
  private lastTwo(type: string, before: Occurrence[]): string[] {
    return this.last(type, before, 2);
  }

  /** The last `count` distinct entities of the type, this sentence first, in the order they were named; none if fewer. */
  private last(type: string, before: Occurrence[], count: number): string[] {
    const ids: string[] = [];
    for (const named of [before, ...[...this.recent].reverse()]) {
      for (let i = named.length - 1; i >= 0; i--) {
        const n = named[i];
        if (n.type === type && !ids.includes(n.entityId)) ids.push(n.entityId);
        if (ids.length === count) return ids.reverse();
      }
    }
    return [];
  }
}
