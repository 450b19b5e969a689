import { readRules } from '../data';
import type { Occurrence } from './mask';

/**
 * 前者 / 后者: "the former" and "the latter" of the last two actors of one type the text named
 * (…由中远海运港口与火山矿业合资建设，前者持股60%，后者持股40%). Each word becomes a reference
 * occurrence on its span, so the ordinary trigger rules read it as the name it stands for.
 * Vocabulary: data/rules/zh/formerLatter.json.
 */

interface FormerLatterWords {
  words: Record<string, number>;
  actorTypes: string[];
  modifierGap: number;
}

const raw = readRules<FormerLatterWords>('zh/formerLatter.json');
const words = Object.entries(raw.words);
const actors = new Set(raw.actorTypes);
/** Between a nationality and the name it qualifies: no punctuation and no join. */
const NOT_A_MODIFIER_GAP = /[，,；;。、和与及（(）)]/;

export class FormerLatter {
  /** The actors of the last sentence that named any, in order. */
  private previous: Occurrence[] = [];
  private previousText = '';

  /** Reference occurrences for 前者 / 后者 in one sentence (compact simplified text); then remembers its names. */
  resolve(text: string, taken: Occurrence[]): Occurrence[] {
    const named = pairable(text, taken);
    const out: Occurrence[] = [];
    for (const [word, index] of words) {
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const end = at + word.length;
        if (taken.some((t) => at < t.end && t.start < end)) continue;
        const before = named.filter((n) => n.end <= at);
        const pair = lastPair(before, text) ?? lastPair(this.previous, this.previousText);
        if (pair) out.push({ start: at, end, entityId: pair[index].entityId, type: pair[index].type, anaphor: true });
      }
    }
    if (named.length) {
      this.previous = named;
      this.previousText = text;
    }
    return out;
  }
}

/** The sentence's names that can be one of the two: actors, not a nationality written before another name. */
function pairable(text: string, taken: Occurrence[]): Occurrence[] {
  const names = taken.filter((o) => !o.anaphor && o.end > o.start).sort((a, b) => a.start - b.start);
  return names.filter((o, i) => {
    if (!actors.has(o.type)) return false;
    const next = names[i + 1];
    const qualifies = o.type === 'State' && next !== undefined && next.type !== 'State' && next.start - o.end <= raw.modifierGap && !NOT_A_MODIFIER_GAP.test(text.slice(o.end, next.start));
    return !qualifies;
  });
}

/** Two names joined by a coordinating word alone (黑岩矿业与坦桑尼亚政府): a pair whatever their types. */
const JOINED = /^(?:与|和|及|同|跟)$/;

/**
 * The last two actors named when they are joined (由黑岩矿业与坦桑尼亚政府合资经营，前者持股84%，后者持股16%:
 * a firm and a state), else the last actor named and the nearest distinct one of its type before
 * it, in the order written.
 */
function lastPair(names: Occurrence[], text: string): [Occurrence, Occurrence] | undefined {
  const last = names[names.length - 1];
  if (!last) return undefined;
  const before = names[names.length - 2];
  if (before && before.entityId !== last.entityId && JOINED.test(text.slice(before.end, last.start))) return [before, last];
  for (let i = names.length - 2; i >= 0; i--) {
    if (names[i].type === last.type && names[i].entityId !== last.entityId) return [names[i], last];
  }
  return undefined;
}
