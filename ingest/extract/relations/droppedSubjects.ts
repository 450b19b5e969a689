import { readRules } from '../data';
import { toSimplified } from '../script';
import type { DateMention } from '../dates';
import { maskSentence, type Occurrence } from './mask';
import { matchRules, type FoundRelation } from './match';
import type { RuleLang } from './rules';
import type { Topics } from './topic';

/**
 * Subjects Chinese leaves unwritten. A sentence names its subject at the head of a clause and
 * drops it in the clauses and sentences that follow (JOGMEC自2008年起即出资支持MEPMOZ，目前持有该公司
 * 49.9%的股份; 莱纳斯开采…，又在马来西亚关丹建设了…工厂), or refers to it by 它 / a clause-initial 其
 * (卡塔尔能源把目光转向亚洲。它与中国石化签署…) or by 双方 / 两国 (…与埃米尔塔米姆会谈，双方同意…).
 * Each such clause gets that subject as reference occurrences, so the ordinary trigger rules read
 * it: a dropped subject as zero-width occurrences where the clause opens (a coordinated subject as
 * a list), a pronoun in its own place. The subject carries over sentences within a paragraph.
 * Vocabulary: data/rules/zh/droppedSubjects.json.
 */

interface SubjectWords {
  timePhrase: string;
  leadIns: string[];
  openers: string[];
  openerNotBefore: string[];
  passiveOpeners: string[];
  receiptOpeners: string[];
  receiptAdverbs: string[];
  receiptTypes: string[];
  ownSubjectAfter: string[];
  modifierAfter: string[];
  titleGap: number;
  actorTypes: string[];
  pronouns: string[];
  clausePronoun: string;
  clausePronounAfter: string;
  clausePronounBefore: string[];
  partnerJoins: string[];
  jointVerbs: string[];
  togetherWords: string[];
  speech: string[];
  bothSides: Record<string, string>;
  referenceOpeners: Record<string, string[]>;
}

const raw = readRules<SubjectWords>('zh/droppedSubjects.json');
const simplified = (list: string[]) => list.map((w) => toSimplified(w)).sort((a, b) => b.length - a.length);
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = {
  openers: simplified(raw.openers),
  openerNotBefore: simplified(raw.openerNotBefore),
  passiveOpeners: simplified(raw.passiveOpeners),
  receiptOpeners: simplified(raw.receiptOpeners),
  receiptAdverbs: simplified(raw.receiptAdverbs),
  receiptTypes: new Set(raw.receiptTypes),
  ownSubjectAfter: new Set(raw.ownSubjectAfter.map(toSimplified)),
  pronouns: simplified(raw.pronouns),
  clausePronoun: toSimplified(raw.clausePronoun),
  clausePronounAfter: new Set([...toSimplified(raw.clausePronounAfter)]),
  clausePronounBefore: simplified(raw.clausePronounBefore),
  modifierAfter: simplified(raw.modifierAfter),
  actors: new Set(raw.actorTypes),
  partnerJoins: new Set(raw.partnerJoins.map(toSimplified)),
  referenceOpeners: Object.entries(raw.referenceOpeners).map(([word, types]) => ({ word: toSimplified(word), types })).sort((a, b) => b.word.length - a.word.length),
  bothSides: Object.entries(raw.bothSides).map(([word, type]) => ({ word: toSimplified(word), type })).sort((a, b) => b.word.length - a.word.length),
};
/** The characters a reference (双方, 它, a clause-initial 其) can begin with: all others are passed over. */
const REFERENCE_STARTS = new Set([...words.bothSides.map((b) => b.word.charCodeAt(0)), '它'.charCodeAt(0), words.clausePronoun.charCodeAt(0)]);
/** Time phrases a clause may open with (同年8月, 自2026年起连续15年). */
const TIME_PREFIX = new RegExp(`^${raw.timePhrase}{0,3}`);
/** What may stand between a clause start and its subject: dates, conjunctions, 另一方面. */
const LEAD_IN = new RegExp(`^(?:\\d|${simplified(raw.leadIns).map(escape).join('|')})*$`);
const JOINT = new RegExp(raw.jointVerbs.map(toSimplified).map(escape).join('|'));
const TOGETHER = new RegExp(raw.togetherWords.map(toSimplified).map(escape).join('|'));
/** What follows a verb of saying are the speaker's words, with subjects of their own. */
const SPEECH = new RegExp(`(?:${raw.speech.map(toSimplified).map(escape).join('|')})(?:[：:]|$|「|“)`);
const CLAUSE_END = new Set([...'，,；;：:。']);
/** By code unit (a loop over every character of every Chinese sentence makes no strings). */
const CLAUSE_END_CODES = new Set([...CLAUSE_END].map((c) => c.charCodeAt(0)));
const ORIGINAL = /^[（(][^（）()，,。；;]{1,40}[）)]/;
/** Words that join coordinated subjects (道达尔能源与壳牌各持有…). */
const JOINS = ['以及', '和', '与', '及', '、', '同', '跟'];
/** A modifier and the name it modifies may have a short description between (所管的…). */
const MODIFIER_SPAN = 8;
/** How far before a partner its 与 may stand (与埃米尔塔米姆: a title between). */
const PARTNER_LEAD = 8;

/** One subject, or several coordinated ones (卡塔尔能源与康菲石油签约，…); `partners` were joined by 与 / 同 / 跟. */
interface Subject {
  names: Occurrence[];
  partners: Set<Occurrence>;
}

interface Clause {
  start: number;
  end: number;
  /** Its own subject, when it opens with one. */
  head?: Subject;
}

/** The clauses of a sentence and the subject each opens with. */
function clausesOf(text: string, names: Occurrence[]): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  let k = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !CLAUSE_END_CODES.has(text.charCodeAt(i))) continue;
    while (k < names.length && names[k].start < start) k++;
    const first = names[k];
    const clause: Clause = { start, end: i };
    if (first && first.start < i && opensWith(text.slice(start, first.start))) clause.head = headFrom(text, names, k, i);
    clauses.push(clause);
    start = i + 1;
  }
  return clauses;
}

/** A news tag or dateline in 【】 before the first clause (【能源安全简报】) is no part of it. */
const TAG = /^【[^】]{0,20}】/;

function opensWith(lead: string): boolean {
  const bare = lead.replace(TAG, '');
  return LEAD_IN.test(bare) || LEAD_IN.test(bare.replace(TIME_PREFIX, ''));
}

/** From the clause's first name: past modifiers (日本三井物产, 经济产业省所管的JOGMEC), with coordinated names. */
function headFrom(text: string, names: Occurrence[], k: number, clauseEnd: number): Subject | undefined {
  k = pastModifiers(text, names, k, clauseEnd);
  if (!words.actors.has(names[k].type)) return undefined;
  const group: Occurrence[] = [names[k]];
  const partners = new Set<Occurrence>();
  let partner = false;
  let end = names[k].end;
  for (let n = k + 1; n < names.length && names[n].start < clauseEnd; n++) {
    // A bracketed original after a name names the same thing (东京瓦斯（Tokyo Gas）与…).
    end += ORIGINAL.exec(text.slice(end))?.[0].length ?? 0;
    const join = names[n].start === end && names[n - 1].abbreviation && names[n].abbreviation ? '' : JOINS.find((j) => text.startsWith(j, end));
    // 与澳大利亚总理阿尔巴尼斯: a nationality and a short title may stand before the next name.
    const gap = join ? text.slice(end + join.length, names[n].start) : '';
    if (join === undefined || gap.length > raw.titleGap || /[，,；;。、和与及]/.test(gap)) break;
    let last = pastModifiers(text, names, n, clauseEnd);
    while (names[last + 1]?.start === names[last].end) last++;
    if (!words.actors.has(names[last].type)) break;
    partner ||= words.partnerJoins.has(join);
    group.push(names[last]);
    if (partner) partners.add(names[last]);
    end = names[last].end;
    n = last;
  }
  return { names: group, partners };
}

/** Past names that qualify the one after them: a state before a firm or an office holder, a body 所管的. */
function pastModifiers(text: string, names: Occurrence[], k: number, clauseEnd: number): number {
  for (;;) {
    const o = names[k];
    const next = names[k + 1];
    if (!next || next.start >= clauseEnd) return k;
    // Run together, the first qualifies the second (法国德希尼布) — unless both are abbreviations (日澳),
    // or the second is a commodity, which qualifies what the first does (蒙古国煤炭出口量…: Mongolia exports).
    if (next.start === o.end && !(o.abbreviation && next.abbreviation) && !(next.type === 'Resource' && words.actors.has(o.type))) { k++; continue; }
    // A state or body before an office holder (日本首相岸田文雄): the person is the subject.
    if (next.type === 'Person' && o.type !== 'Person' && next.start - o.end <= raw.titleGap + 2 && !/[，,；;、和与及的]/.test(text.slice(o.end, next.start))) { k++; continue; }
    const modifier = words.modifierAfter.find((w) => text.startsWith(w, o.end));
    if (modifier && next.start - o.end <= MODIFIER_SPAN && !/[，,；;、和与及]/.test(text.slice(o.end, next.start))) { k++; continue; }
    return k;
  }
}

/** The first actor after the subject that 与 / 和 / 同 / 跟 introduces (与埃米尔塔米姆会谈). */
function partnerAfter(text: string, names: Occurrence[], subject: Subject, before: number): Occurrence | undefined {
  const from = subject.names[subject.names.length - 1].end;
  for (const o of names) {
    if (o.start < from || o.start >= before || !words.actors.has(o.type)) continue;
    const lead = text.slice(Math.max(from, o.start - PARTNER_LEAD), o.start);
    if (/[与和同跟]/.test(lead) && !/[。；;]/.test(lead)) return o;
  }
  return undefined;
}

/** Does the clause open (after time phrases) with a word that cannot begin a clause with its own subject? */
/**
 * Where the unwritten subject of a clause stands, if it continues one: after its time phrases,
 * right before the opener (并自2026年起连续15年|向德国供应), so that a rule's short gap reaches the verb.
 */
function continuesAt(text: string, clause: Clause, names: Occurrence[]): number | undefined {
  const body = text.slice(clause.start, clause.end);
  const at = clause.start + TIME_PREFIX.exec(body)![0].length;
  const opener = words.openers.find((w) => text.startsWith(w, at));
  if (!opener || words.openerNotBefore.some((w) => text.startsWith(w, at + opener.length))) return undefined;
  // The clause names its own subject or pronoun right after the opener (，同时日本…; ，且其近期…).
  const after = at + opener.length;
  if (text[after] === words.clausePronoun || text[after] === '它') return undefined;
  if (words.ownSubjectAfter.has(opener) && names.some((t) => t.start === after && words.actors.has(t.type))) return undefined;
  return at;
}

/** Does the clause open (after time phrases) with a demonstrative (该矿, 此举, 这座港口) that cannot stand for the subject? */
function opensWithOtherReference(text: string, clause: Clause, subject: Subject): boolean {
  const at = clause.start + TIME_PREFIX.exec(text.slice(clause.start, clause.end))![0].length;
  const reference = words.referenceOpeners.find((r) => text.startsWith(r.word, at));
  return reference !== undefined && !reference.types.includes(subject.names[0].type);
}

/** Names inside the bracket right after a name of the same thing (东京瓦斯（Tokyo Gas）) are no second name. */
function withoutOriginals(text: string, names: Occurrence[]): Occurrence[] {
  return names.filter((o, i) => {
    const prev = names[i - 1];
    const bracket = prev ? ORIGINAL.exec(text.slice(prev.end)) : null;
    return !(bracket && prev.entityId === o.entityId && o.end <= prev.end + bracket[0].length);
  });
}

function standIns(names: Occurrence[], start: number, end: number): Occurrence[] {
  return names.map((s) => ({ start, end, entityId: s.entityId, type: s.type, anaphor: true }));
}

/** The subject of the last sentence, kept for the next ones in the same paragraph. */
export class DroppedSubjects {
  private previous?: { subject: Subject; partner?: Occurrence; paragraph: number };

  /** Reference occurrences for the dropped and pronoun subjects of one sentence (compact text). */
  resolve(text: string, taken: Occurrence[], paragraph: number): Occurrence[] {
    const names = withoutOriginals(text, taken.filter((o) => o.end > o.start).sort((a, b) => a.start - b.start));
    const clauses = clausesOf(text, names);
    const before = this.previous?.paragraph === paragraph ? this.previous : undefined;
    const out: Occurrence[] = [];
    // The subject in force where each clause opens: the last clause head, none after words reported.
    let current: Subject | undefined = before?.subject;
    let inSentence = false;
    for (const clause of clauses) {
      if (current) {
        const partnerBefore = (at: number) => (inSentence ? partnerAfter(text, names, current!, at) : before?.partner);
        out.push(...this.references(text, names, clause, current, partnerBefore));
      }
      if (clause.head) {
        const said = text.slice(clause.start, clause.end);
        current = SPEECH.test(said) ? undefined : clause.head;
        // Partners that act together (与…联合签约) are both the subject of what follows.
        if (current && TOGETHER.test(said)) current = { names: current.names, partners: new Set() };
        inSentence = true;
        continue;
      }
      // 该矿年产…，产品全部运往中国: a clause whose subject is a reference no name resolved has a
      // subject of its own, unknown; the one before does not carry past it.
      if (!clause.head && current && opensWithOtherReference(text, clause, current)) {
        current = undefined;
        continue;
      }
      const at = current ? continuesAt(text, clause, names) : undefined;
      if (current && at !== undefined) {
        const joint = JOINT.test(text.slice(clause.start, clause.end));
        out.push(...standIns(current.names.filter((n) => joint || !current!.partners.has(n)), at, at));
      }
    }
    const last = clauses.filter((c) => c.head).pop()?.head;
    if (last) this.previous = { subject: last, partner: partnerAfter(text, names, last, text.length), paragraph };
    return out;
  }

  /** 它, a clause-initial 其 and 双方 / 两国 inside a clause without its own subject. */
  private references(text: string, names: Occurrence[], clause: Clause, subject: Subject, partnerBefore: (at: number) => Occurrence | undefined): Occurrence[] {
    const out: Occurrence[] = [];
    const inName = (i: number) => names.some((t) => t.start <= i && i < t.end);
    for (let i = clause.start; i < clause.end; i++) {
      if (!REFERENCE_STARTS.has(text.charCodeAt(i))) continue;
      const c = text[i];
      const both = words.bothSides.find((b) => text.startsWith(b.word, i));
      if (both && !inName(i) && !names.some((t) => t.end === i)) {
        const pair = this.bothSides(names, subject, partnerBefore(i), both.type, i);
        if (pair) out.push(...standIns(pair, i, i + both.word.length));
        i += both.word.length - 1;
      } else if (c === '它' && text[i - 1] !== '其' && !inName(i)) {
        const pronoun = words.pronouns.find((w) => text.startsWith(w, i)) ?? c;
        out.push(...standIns(subject.names, i, i + pronoun.length));
      } else if (c === words.clausePronoun && (i === 0 || CLAUSE_END.has(text[i - 1]) || words.clausePronounAfter.has(text[i - 1])) && !inName(i)) {
        if (words.clausePronounBefore.some((w) => text.startsWith(w, i + 1))) out.push(...standIns(subject.names, i, i + 1));
      }
    }
    return out;
  }

  /**
   * 双方: a coordinated subject of two, or the subject and the partner it met or signed with
   * (岸田文雄访问卡塔尔，与埃米尔塔米姆会谈，双方同意…), else the two distinct actors of the word's
   * type (两国: states) named before it in the sentence.
   */
  private bothSides(names: Occurrence[], subject: Subject, partner: Occurrence | undefined, wordType: string, at: number): Occurrence[] | undefined {
    const type = wordType === '*' ? subject.names[0].type : wordType;
    const fits = (pair: Occurrence[]) => pair.every((o) => o.type === type) && pair[0].entityId !== pair[1].entityId;
    if (subject.names.length === 2 && fits(subject.names)) return subject.names;
    if (subject.names.length === 1 && partner && fits([subject.names[0], partner])) return [subject.names[0], partner];
    const seen = new Map<string, Occurrence>();
    for (const o of names) if (o.end <= at && o.type === type && !o.anaphor) seen.set(o.entityId, o);
    return seen.size === 2 && words.actors.has(type) ? [...seen.values()] : undefined;
  }
}

/** A subject left unwritten where its clause opens (not a pronoun written in its place). */
export function isCarried(o: Occurrence): boolean {
  return o.anaphor === true && o.start === o.end;
}

/**
 * The relations of the clauses whose subject is carried: the sentence is matched again with the
 * carried subjects written where their clauses open, and only relations of theirs are kept (the
 * sentence's own pass, without them, found the rest — rules that span clauses see it as written).
 * The method says so, for the inspector.
 */
/**
 * A clause opening with the agent of a passive (…位于江苏连云港，由江苏核电有限公司运营; 该油田现由…经营，
 * 原由英国石油公司经营): the topic carried into it is what the agent acts on, so its relations are
 * kept with the carried topic as their object too.
 */
// (由东京电力与中部电力各持股一半的JERA，…: a 的 in the clause makes the 由 phrase a relative
// clause of the name after it, which is then the clause's own topic.)
function opensPassive(text: string, at: number): boolean {
  if (!words.passiveOpeners.some((w) => text.startsWith(w, at))) return false;
  const end = text.slice(at).search(/[，,；;。：:]/);
  return !text.slice(at, end < 0 ? undefined : at + end).includes('的');
}

/**
 * A clause opening with a verb of receiving (…，并获得美国国防部资金在德州兴建分离厂): the topic
 * carried into it is the receiver, the object of the funding its funder gives.
 */
function receivesFunds(text: string, f: FoundRelation): boolean {
  if (!words.receiptTypes.has(f.type)) return false;
  const at = f.object.start;
  const adverb = words.receiptAdverbs.find((w) => text.startsWith(w, at));
  const verbAt = at + (adverb?.length ?? 0);
  return words.receiptOpeners.some((w) => text.startsWith(w, verbAt));
}

export function carriedSubjectRelations(text: string, occurrences: Occurrence[], lang: RuleLang, dates: DateMention[], topics?: Topics): FoundRelation[] {
  const carried = occurrences.filter(isCarried);
  if (!carried.length) return [];
  return matchRules(maskSentence(text, occurrences), lang, dates, topics)
    .filter((f) => carried.includes(f.subject) || (carried.includes(f.object) && (opensPassive(text, f.object.start) || receivesFunds(text, f))))
    .map((f) => ({ ...f, method: `${f.method}+carried-subject` }));
}
