import type { ResolvedEntity } from '../../model';
import { readRules } from '../data';
import { toSimplified } from '../script';
import type { Occurrence } from './mask';
import type { Focus } from '../discourse/focus';

/**
 * What a text is about, per entity type: the entity named most often so far (the latest on a
 * tie). Chinese drops the subject or object that the whole passage is about (项目由诺瓦泰克担任
 * 作业者并控股50.1%; 道达尔能源与殼牌各持有9.375%); rules marked `implicit` and bare head nouns
 * (项目, 专案) take it from here.
 */
export class Topics {
  private readonly seen = new Map<string, Map<string, { count: number; last: number; first: number }>>();
  private clock = 0;
  /** Every entity the sentence before named, per type, in order. */
  private previous = new Map<string, string[]>();
  /** Who the sentences are talking about (discourse/focus.ts), when the document keeps one. */
  focus?: Focus;
  /** Every name of each entity (id → names), built on first use: only English office titles ask. */
  private names?: Map<string, string[]>;

  constructor(private readonly entities: readonly ResolvedEntity[] = []) {}

  /** Every name of an entity of the document, for words that refer by part of a name (Treasury Secretary → the Department of the Treasury). */
  namesOf(id: string): string[] {
    this.names ??= new Map(this.entities.map((e) => [e.id, [e.name, ...(e.nameEn ? [e.nameEn] : []), ...e.aliases]]));
    return this.names.get(id) ?? [];
  }

  /** Is this an entity of the document? (A relation may only end at one.) */
  isEntity(id: string): boolean {
    return this.entities.some((e) => e.id === id);
  }

  /** Counts the names (not the references) of one sentence. */
  note(occurrences: Occurrence[]): void {
    this.clock++;
    // A reference back (the field, 该项目) keeps its entity in focus for the next sentence, as a name does.
    this.previous = new Map();
    for (const o of occurrences) {
      const named = this.previous.get(o.type);
      if (named) named.push(o.entityId);
      else this.previous.set(o.type, [o.entityId]);
    }
    for (const o of occurrences) {
      if (o.anaphor) continue;
      let byId = this.seen.get(o.type);
      if (!byId) this.seen.set(o.type, (byId = new Map()));
      const s = byId.get(o.entityId) ?? { count: 0, last: 0, first: this.clock };
      byId.set(o.entityId, { count: s.count + 1, last: this.clock, first: s.first });
    }
  }

  /** The last entity of that type the sentence before named, if it named one. */
  justNamed(type: string): string | undefined {
    // Of several the sentence before named, the one the text is about (梅罗油田…位于…里贝拉区块: the
    // block is named only to place the field), else the last.
    const all = this.previous.get(type) ?? [];
    if (all.length > 1) {
      const about = this.about(type);
      if (about !== undefined && all.includes(about)) return about;
    }
    return all.at(-1);
  }

  /** Every entity of that type the sentence before named, in order. */
  namedInPrevious(type: string): string[] {
    return this.previous.get(type) ?? [];
  }

  /** The entities of that type named so far, the latest first. */
  seenOf(type: string): string[] {
    return [...(this.seen.get(type) ?? [])].sort((a, b) => b[1].last - a[1].last).map(([id]) => id);
  }

  /** The entities of that type named so far, in the order the text first named them (a headline and lead name a story's parties first). */
  inOrder(type: string): string[] {
    return [...(this.seen.get(type) ?? [])].sort((a, b) => a[1].first - b[1].first).map(([id]) => id);
  }

  /** The entities of that type named so far, the most often named first (the latest on a tie). */
  byCount(type: string): string[] {
    return [...(this.seen.get(type) ?? [])].sort((a, b) => b[1].count - a[1].count || b[1].last - a[1].last).map(([id]) => id);
  }

  /** How many times the text has named that entity so far. */
  timesNamed(type: string, id: string): number {
    return this.seen.get(type)?.get(id)?.count ?? 0;
  }

  /** The entity of that type the text is about: named at least twice, most often, latest. */
  about(type: string): string | undefined {
    let best: { id: string; count: number; last: number } | undefined;
    for (const [id, s] of this.seen.get(type) ?? []) {
      if (!best || s.count > best.count || (s.count === best.count && s.last > best.last)) best = { id, ...s };
    }
    // Named once, it may be an aside (伊朗的南帕斯气田); the text's own subject may be a name
    // the mention finder missed. Better no relation than one with the wrong project.
    return best && best.count >= 2 ? best.id : undefined;
  }
}

interface BareHeads {
  heads: Record<string, string[]>;
  after: string;
}

const bare = readRules<BareHeads>('zh/topic.json');
const bareHeads = Object.entries(bare.heads).flatMap(([type, words]) => words.map((w) => ({ type, word: toSimplified(w) })));
/** The characters a bare head may follow: clause start, a preposition or a verb ending. */
const bareAfter = new Set([...toSimplified(bare.after)]);
const BOUNDARY = /[\s,，。；;：:、（(「“"]/;

/**
 * Bare head nouns standing for the entity the text is about (专案规划两条液化生产线, 自专案进口,
 * 为专案提供贷款): only where the word cannot be the end of a longer name — at a clause start or
 * right after a preposition or verb ending — and outside every name.
 */
export function bareReferences(text: string, taken: Occurrence[], topics: Topics): Occurrence[] {
  const out: Occurrence[] = [];
  for (const { type, word } of bareHeads) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const before = at === 0 ? '' : text[at - 1];
      if (before && !BOUNDARY.test(before) && !bareAfter.has(before)) continue;
      if (taken.some((t) => at < t.end && t.start < at + word.length)) continue;
      const id = topics.about(type);
      if (id) out.push({ start: at, end: at + word.length, entityId: id, type, anaphor: true });
    }
  }
  return out;
}

/**
 * The argument a rule leaves unwritten (`implicit: "O:Project"`): the entity the text is about
 * when this sentence names it before the match, else the first of that type the sentence names
 * before the match (the clause's topic comes first), else the last one the sentence before
 * named, else the one the text is about.
 */
const FOCUS_TYPES = new Set(['Firm', 'Organization']);
/** A project or firm written right before a share of it (X（Latin）51%股权, 该公司90%股份). */
const SELLER_BEFORE = /(?:收购|购买|购入|购得|买下|出售|转让|取得|获得|收購|購買|購入|購得|買下|轉讓|獲得)(?:了)?$/;
const SHARE_OF = /⟨(\d+):(Project|Firm)⟩(?:[（(][^（）()⟨⟩]{0,30}[）)])?(?:约|約)?\d+(?:\.\d+)?\s*[%％]/g;
/** A project or firm whose share the sentence gave by a passive before (CBG由…组成的哈尔科公司持有51%股份，几内亚政府持有其余49%). */
const SHARE_HELD_BY = /⟨(\d+):(Project|Firm)⟩(?:[（(][^（）()⟨⟩]{0,30}[）)])?由[^，,。；;]{0,60}?(?:持有|拥有|持股|握有)(?:约|約)?\d+(?:\.\d+)?\s*[%％]/g;

export function implicitArgument(written: string, slots: Occurrence[], before: number, topics: Topics | undefined, share?: number, maskedBefore = ''): Occurrence | undefined {
  // "Project@about": the entity the whole text is about first. A clause that reports a project's
  // output or its loans with nothing named (年間約370万トンのLNGを生産する) speaks of the passage's
  // project, while the sentence before may have named another one only in passing (…の州都ダーウィンへ送られる).
  const [type, mode] = written.split('@');
  // "State@previous": the one the sentence before named, else the text's. A clause that lists
  // import sources with no importer (原油はUAEとサウジアラビアから約8割を輸入している) continues the
  // sentence before (日本は発電用燃料の大半を輸入に頼る); the states earlier in its own sentence are
  // other sources, not the importer.
  // "State@opening": the first one the sentence before named — its subject, in the languages that
  // open a sentence with it (日本は…4割を豪州に依存した。マレーシアや…からも調達している: Japan, not Australia).
  if (mode === 'about' || mode === 'previous' || mode === 'opening') {
    const id = mode === 'about' ? topics?.about(type) ?? topics?.justNamed(type)
      : mode === 'opening' ? topics?.namedInPrevious(type)[0] ?? topics?.about(type)
      : topics?.justNamed(type) ?? topics?.about(type);
    return id ? { start: before, end: before, entityId: id, type, anaphor: true } : undefined;
  }
  // "Stake": what a share written without its object is of (discourse/focus.ts).
  // With no stake in the sentences before, the rest of a share is of the project the passage is
  // about (同事業には…10％を出資し、残る60％はADNOCが保有する): passageProject below.
  if (type === 'Stake') {
    const object = topics?.focus?.stakeObject(share);
    if (object) return { ...object, start: before, end: before };
    // The sentence's own earlier share names its holding (卡马蒂维锂矿51%股权，…持有其余49%;
    // 该公司90%股份由…持有，…持有其余10%; CBG由…的哈尔科公司持有51%股份，…持有其余49%): the rest is of that one.
    // A firm right after a verb of buying is the seller (收购壳牌45%权益): its stake is in the passage's project.
    const held = [...maskedBefore.matchAll(SHARE_OF)].filter((m) => m[2] === 'Project' || !SELLER_BEFORE.test(maskedBefore.slice(0, m.index))).at(-1) ?? [...maskedBefore.matchAll(SHARE_HELD_BY)].at(-1);
    if (held) return { ...slots[Number(held[1])], start: before, end: before, anaphor: true };
    const project = passageProject(slots, before, topics);
    return project ? { ...project, start: before, end: before } : undefined;
  }
  // "*": whatever the sentence opened with (丝路基金于2014年在北京成立，由…共同出资).
  if (type === '*') {
    const first = slots.find((s) => s.end <= before && !s.anaphor);
    return first ? { ...first, start: before, end: before, anaphor: true } : undefined;
  }
  const about = topics?.about(type);
  const earlier = slots.filter((s) => s.type === type && s.end <= before);
  // Past this sentence, a firm or body is the discourse focus (discourse/focus.ts: the subject
  // before, 樋口社長は → the firm the sentence before spoke of); a state or project left unwritten
  // is the last one named (对俄制裁。…日本加入制裁行列; the project a share is of).
  const previous = topics?.focus && FOCUS_TYPES.has(type) ? topics.focus.antecedent([type]) : topics?.justNamed(type);
  const id = earlier.find((s) => s.entityId === about)?.entityId ?? earlier[0]?.entityId ?? previous ?? about;
  return id ? { start: before, end: before, entityId: id, type, anaphor: true } : undefined;
}

/**
 * 同製錬所, 同油田: a Japanese reference that repeats the head word of a name refers to the latest
 * thing named with that head (大分県の佐賀関製錬所 … 同製錬所は), not to the passage's main project
 * (the mine whose ore goes there). Undefined when no name so far ends in the head.
 */
export function headedReferent(type: string, phrase: string, topics: Topics): string | undefined {
  if (!phrase.startsWith('同') || phrase.length < 3) return undefined;
  const head = phrase.slice(1);
  return topics.seenOf(type).find((id) => topics.namesOf(id).some((n) => toSimplified(n).endsWith(head)));
}

/**
 * What 该项目 / 该公司 refer to when their own sentence names nothing of that type: the latest
 * one if the sentence before named it, else the entity the text is about (a project named once
 * two sentences back is more often an aside than the antecedent).
 */
export function referent(type: string, topics: Topics): string | undefined {
  if (topics.focus) return topics.focus.antecedent([type]) ?? topics.about(type);
  return topics.justNamed(type) ?? topics.about(type);
}

/**
 * The project a stake clause with no object is of: the one its own sentence named before the
 * clause (the sentence's topic comes first: 沙阿德尼茲由BP擔任作業者，持股29.99%), else the last one
 * the sentence before named, else the one the text is about (named at least twice).
 */
export function passageProject(slots: readonly Occurrence[], before: number, topics: Topics | undefined): Occurrence | undefined {
  const earlier = slots.filter((s) => s.type === 'Project' && s.end <= before);
  const about = topics?.about('Project');
  const id = earlier.find((s) => s.entityId === about)?.entityId ?? earlier[0]?.entityId ?? topics?.justNamed('Project') ?? about;
  return id ? { start: before, end: before, entityId: id, type: 'Project', anaphor: true } : undefined;
}

/**
 * The entity of that type a passage is about, for an office written without its body (Energy
 * Minister X, Chief Executive Y): the first one the text named when it was named again (a
 * headline and lead name the story's subject: Kazatomprom, not the buyer it named as often),
 * else the one named most often, else the first one named. Never the one the sentence before
 * happened to name: "built at a Singapore yard" does not make Singapore the minister's state.
 */
export function passageSubject(type: string, topics: Topics): string | undefined {
  const first = topics.inOrder(type)[0];
  if (first !== undefined && topics.timesNamed(type, first) >= 2) return first;
  return topics.about(type) ?? first;
}
