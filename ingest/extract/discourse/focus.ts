import { readRules } from '../data';
import type { Occurrence } from '../relations/mask';
import type { RuleLang } from '../relations/rules';

/**
 * Who a text is talking about, sentence by sentence. News names an actor once and then goes on
 * with "the company", 同社, 该公司, «компания», "its" or nothing at all. What such a word stands
 * for is, in this order: the grammatical subject of the sentence before, else the one entity of
 * the type that sentence named, else the same two sentences back — and past that only the entity
 * the whole text is about (its weight: names as subject count double, and so do the names of the
 * first sentence that names any). A heading starts afresh. A wrong antecedent is worse than none:
 * two entities of the type in the sentence before and neither its subject leave the slot empty.
 * Vocabulary (what marks a subject, which words govern a name) is data:
 * data/rules/<lang>/references.json.
 */

interface SubjectMarks {
  /** The subject's name is followed by this (Japanese は / が). */
  after?: string;
  /** A name right after this is governed by a preposition, not a subject. */
  governedAfter?: string;
  /** A name right before this modifies the next noun (Chinese 的, English 's). */
  modifierBefore?: string;
  /** A name right before this is a news agency's dateline (新华社金沙萨6月22日电), nobody's antecedent. */
  datelineAfter?: string;
  /** A name right after this is a route passed through (транзитом через Казахстан), no reference's antecedent. */
  routeAfter?: string;
}

interface ReferenceData {
  subject?: SubjectMarks;
  references?: unknown[];
}

/** What joins coordinated names, in the five languages. */
const COORDINATION = /^\s*(?:,|and|or|、|和|与|與|及|と|や|и|или)\s*$/u;
const ACTORS = new Set(['Firm', 'State', 'Organization', 'Person', 'Project']);
/** How many sentences back a reference may reach for a name (the text's topic reaches further). */
const REACH = 2;
/** The weight (a name 1, a name as subject 2) an entity needs to be the text's topic. */
const TOPIC_WEIGHT = 3;

interface Marks {
  after?: RegExp;
  governedAfter?: RegExp;
  modifierBefore?: RegExp;
  datelineAfter?: RegExp;
  routeAfter?: RegExp;
}

const marksByLang = new Map<RuleLang, Marks>();

function marksOf(lang: RuleLang): Marks {
  let marks = marksByLang.get(lang);
  if (!marks) {
    const s = referenceData(lang).subject ?? {};
    marks = {
      after: s.after ? new RegExp(`^(?:${s.after})`, 'u') : undefined,
      governedAfter: s.governedAfter ? new RegExp(`(?:${s.governedAfter})$`, 'iu') : undefined,
      modifierBefore: s.modifierBefore ? new RegExp(`^(?:${s.modifierBefore})`, 'u') : undefined,
      datelineAfter: s.datelineAfter ? new RegExp(`^(?:${s.datelineAfter})`, 'u') : undefined,
      routeAfter: s.routeAfter ? new RegExp(`(?:${s.routeAfter})$`, 'iu') : undefined,
    };
    marksByLang.set(lang, marks);
  }
  return marks;
}

const dataByLang = new Map<RuleLang, ReferenceData>();

/** data/rules/<lang>/references.json (an empty set where a language has none). */
export function referenceData<T extends ReferenceData>(lang: RuleLang): T {
  let data = dataByLang.get(lang);
  if (!data) {
    try {
      data = readRules<ReferenceData>(`${lang}/references.json`);
    } catch {
      data = {};
    }
    dataByLang.set(lang, data);
  }
  return data as T;
}

interface SentenceNote {
  subject?: Occurrence;
  /** Entities named or referred to, in order, one per entity. */
  mentioned: Occurrence[];
  /** States named only as the nationality of a firm or body (韓国鉄鋼最大手のポスコ, 日本のJERA). */
  qualifiers: Set<string>;
}

/** Relations whose object a later share without one ("the remaining 25%", 其余20%) may be of. */
const STAKE_TYPES = new Set(['HOLDS_STAKE_IN', 'ACQUIRES']);

export class Focus {
  /** Objects of recent stakes: the shares known of each, when last named. */
  private stakes = new Map<string, { type: string; sum: number; clock: number }>();
  /** The latest sentences that named an actor, latest last. */
  private recent: SentenceNote[] = [];
  private weight = new Map<string, { type: string; weight: number; last: number; sentences: number }>();
  private clock = 0;

  /** A new section (heading) begins: the sentences before are no antecedents, the text's topic stays. */
  newSection(): void {
    this.recent = [];
  }

  /** Remembers one finished sentence: its subject and what it named (references count for their entity). */
  note(text: string, occurrences: readonly Occurrence[], lang: RuleLang): void {
    const dateline = marksOf(lang).datelineAfter;
    const actors = [...occurrences].filter((o) => ACTORS.has(o.type) && !dateline?.test(text.slice(o.end, o.end + 16))).sort((a, b) => a.start - b.start);
    if (!actors.length) return;
    this.clock++;
    const subject = subjectOf(text, actors, lang);
    const mentioned = [...new Map(actors.map((o) => [o.entityId, o])).values()];
    this.recent.push({ subject, mentioned, qualifiers: qualifyingStates(text, actors) });
    if (this.recent.length > REACH) this.recent.shift();
    for (const o of mentioned) {
      const w = this.weight.get(o.entityId) ?? { type: o.type, weight: 0, last: 0, sentences: 0 };
      w.sentences++;
      // A news text names what it is about in its headline or opening sentence.
      w.weight += (o.entityId === subject?.entityId ? 2 : 1) * (this.clock === 1 ? 2 : 1);
      w.last = this.clock;
      this.weight.set(o.entityId, w);
    }
  }

  /** Keeps the object of a stake for a later share written without one. */
  noteRelation(type: string, object: Occurrence, share: unknown): void {
    if (!STAKE_TYPES.has(type) || (object.type !== 'Project' && object.type !== 'Firm')) return;
    const s = this.stakes.get(object.entityId) ?? { type: object.type, sum: 0, clock: 0 };
    if (typeof share === 'number') s.sum += share;
    s.clock = this.clock + 1;
    this.stakes.set(object.entityId, s);
  }

  /**
   * What "the remaining 20%" (其余20%, 残りの50%, ещё 11,3%) is a share of: of the stakes of this
   * and the two sentences before, the one whose shares this one completes to the whole
   * (TFM 80% … 其余20% → TFM, not the KFM named after it), else the latest.
   */
  stakeObject(share?: number): Occurrence | undefined {
    const recent = [...this.stakes].filter(([, s]) => s.clock >= this.clock - 1).sort((a, b) => b[1].clock - a[1].clock);
    if (!recent.length) return undefined;
    const completes = share === undefined ? undefined : recent.find(([, s]) => s.sum > 0 && Math.abs(s.sum + share - 1) < 0.006);
    const [entityId, s] = completes ?? recent[0];
    return { start: 0, end: 0, entityId, type: s.type, anaphor: true };
  }

  /**
   * The entity of one of these types a reference in the next sentence stands for: the subject of a
   * recent sentence, else the only entity of the type it named; else the text's topic.
   */
  antecedent(types: readonly string[], exclude: readonly string[] = []): string | undefined {
    const fits = (o: Occurrence | undefined) => o !== undefined && types.includes(o.type) && !exclude.includes(o.entityId);
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const s = this.recent[i];
      if (fits(s.subject)) return s.subject!.entityId;
      const named = s.mentioned.filter(fits);
      if (named.length === 1) return named[0].entityId;
      // Of several, a state named only as a firm's nationality is not what the passage went on about.
      const free = named.filter((o) => !s.qualifiers.has(o.entityId));
      if (named.length > 1) return free.length === 1 ? free[0].entityId : undefined;
    }
    return this.topic(types, exclude);
  }

  /** The last `n` distinct entities of the type named in recent sentences (両社, the two countries), in the order named. */
  lastDistinct(type: string, n: number, before: readonly Occurrence[] = []): string[] {
    const ids: string[] = [];
    const lists = [before, ...[...this.recent].reverse().map((s) => s.mentioned)];
    for (const list of lists) {
      for (let i = list.length - 1; i >= 0; i--) {
        const o = list[i];
        if (o.type === type && !ids.includes(o.entityId)) ids.push(o.entityId);
        if (ids.length === n) return ids.reverse();
      }
    }
    return [];
  }

  /** The entity of those types the text is most about (names as subject count double), if it stands out. */
  topic(types: readonly string[], exclude: readonly string[] = []): string | undefined {
    let best: { id: string; weight: number; last: number } | undefined;
    let tie = false;
    for (const [id, w] of this.weight) {
      // Named once, it may be an aside, however prominent.
      if (!types.includes(w.type) || exclude.includes(id) || w.sentences < 2) continue;
      if (!best || w.weight > best.weight || (w.weight === best.weight && w.last > best.last)) {
        tie = best !== undefined && w.weight === best.weight;
        best = { id, ...w };
      } else if (w.weight === best.weight) tie = true;
    }
    return best && best.weight >= TOPIC_WEIGHT && !tie ? best.id : undefined;
  }
}

/**
 * The grammatical subject: the first actor marked as one (Japanese は / が), else the first actor
 * that no preposition governs and that does not modify the next noun (South Korea's POSCO, 日本的).
 */
export function subjectOf(text: string, actors: readonly Occurrence[], lang: RuleLang): Occurrence | undefined {
  const marks = marksOf(lang);
  if (marks.after) {
    const marked = actors.find((o) => marks.after!.test(text.slice(o.end, o.end + 4)));
    if (marked) return marked;
  }
  let governedEnd = -1;
  for (const o of actors) {
    if (marks.modifierBefore?.test(text.slice(o.end, o.end + 4))) continue;
    // Coordinated with a governed name, it is governed too (by Gazprom and Rosneft).
    const coordinated = governedEnd >= 0 && COORDINATION.test(text.slice(governedEnd, o.start));
    if (coordinated || marks.governedAfter?.test(text.slice(Math.max(0, o.start - 12), o.start))) {
      governedEnd = o.end;
      continue;
    }
    // Run together with the next name, it qualifies it (日本丸红, Russian Gazprom).
    if (actors.some((n) => n !== o && n.start >= o.end && n.start - o.end <= 1 && n.type !== 'State' && o.type === 'State')) continue;
    return o;
  }
  return undefined;
}

/** What may stand between a state and the firm it qualifies: 鉄鋼最大手の, の; no particle of a clause. */
const QUALIFYING_GAP = /^[^、，。,.;:はがをにでともへや\s]{0,8}$/u;

/**
 * States that only qualify the firm or body after them in this sentence (韓国鉄鋼最大手のポスコ,
 * 日本のJERA): a later 同国 is not likely to mean them when the sentence also names another state
 * as a place of action (アルゼンチンでのリチウム生産).
 */
function qualifyingStates(text: string, actors: readonly Occurrence[]): Set<string> {
  const qualifying = new Set<string>();
  const free = new Set<string>();
  actors.forEach((o, i) => {
    if (o.type !== 'State') return;
    const next = actors[i + 1];
    const qualifies = next !== undefined && (next.type === 'Firm' || next.type === 'Organization') && next.start >= o.end && QUALIFYING_GAP.test(text.slice(o.end, next.start));
    (qualifies ? qualifying : free).add(o.entityId);
  });
  for (const id of free) qualifying.delete(id);
  return qualifying;
}

/** Is the name or phrase at `start` governed by a preposition (with the company, в страну)? */
export function governed(text: string, start: number, lang: RuleLang): boolean {
  return marksOf(lang).governedAfter?.test(text.slice(Math.max(0, start - 12), start)) ?? false;
}

/** Is the name at `start` a route the sentence passes through (через Казахстан), not an actor? */
export function onRoute(text: string, start: number, lang: RuleLang): boolean {
  return marksOf(lang).routeAfter?.test(text.slice(Math.max(0, start - 12), start)) ?? false;
}
