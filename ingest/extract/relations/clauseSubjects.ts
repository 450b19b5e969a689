import { readRules } from '../data';
import { toSimplified } from '../script';
import type { Occurrence } from './mask';

/**
 * Subjects Chinese leaves unwritten. A sentence names a subject at the head of a clause and drops
 * it in the clauses that follow (JOGMEC自2008年起即出资支持MEPMOZ，目前持有该公司49.9%的股份), or
 * refers to it by 它 / a clause-initial 其 (卡塔尔能源把目光转向亚洲。它与中国石化签署…). Each such
 * clause gets that subject as a reference (anaphor) occurrence, so the ordinary trigger rules read
 * it: a dropped subject as a zero-width occurrence where the clause opens, a pronoun in its place.
 * Vocabulary: data/rules/zh/relations.hant-subjects.json.
 */

interface SubjectWords {
  clauseOpeners: string[];
  openerNotBefore: string[];
  pronouns: string[];
  clausePronoun: string;
  clausePronounAfter: string;
  clausePronounBefore: string[];
  modifierAfter: string[];
  leadIns: string[];
  actorTypes: string[];
  bothSides: string;
}

const raw = readRules<SubjectWords>('zh/relations.hant-subjects.json');
const simplified = (list: string[]) => list.map((w) => toSimplified(w)).sort((a, b) => b.length - a.length);
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = {
  openers: simplified(raw.clauseOpeners),
  openerNotBefore: simplified(raw.openerNotBefore),
  pronouns: simplified(raw.pronouns),
  clausePronoun: toSimplified(raw.clausePronoun),
  clausePronounAfter: new Set([...toSimplified(raw.clausePronounAfter)]),
  clausePronounBefore: simplified(raw.clausePronounBefore),
  modifierAfter: simplified(raw.modifierAfter),
  actors: new Set(raw.actorTypes),
  bothSides: toSimplified(raw.bothSides),
};
/** What may stand between a clause start and its subject: dates, conjunctions, 另一方面. */
const LEAD_IN = new RegExp(`^(?:\\d|${simplified(raw.leadIns).map(escape).join('|')})*$`);
const CLAUSE_END = new Set([...'，,；;：:。']);
/** Words that join coordinated subjects (道达尔能源与壳牌各持有…). */
const JOINS = ['和', '与', '及', '、', '以及'];
/** A modifier and the name it modifies may have a short description between (所管的…). */
const MODIFIER_SPAN = 8;
/** How far before a partner its 与 may stand (与埃米尔塔米姆: a title between). */
const PARTNER_LEAD = 8;
/** The longest title between a state and its office holder (经济产业大臣, 能源事务国务大臣). */
const TITLE_SPAN = 8;

/** One subject, or several coordinated ones (卡塔尔能源与康菲石油签约，…). */
type Subject = Occurrence[];

/** The subject each clause of the sentence opens with, by clause start. */
function clauseHeads(text: string, names: Occurrence[]): Map<number, Subject> {
  const heads = new Map<number, Subject>();
  let clauseStart = 0;
  let k = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !CLAUSE_END.has(text[i])) continue;
    while (k < names.length && names[k].start < clauseStart) k++;
    const first = names[k];
    if (first && first.start < i && LEAD_IN.test(text.slice(clauseStart, first.start))) {
      const subject = headFrom(text, names, k, i);
      if (subject) heads.set(clauseStart, subject);
    }
    clauseStart = i + 1;
  }
  return heads;
}

/** From the clause's first name: past modifiers (日本三井物产, 经济产业省所管的JOGMEC), with coordinated names. */
function headFrom(text: string, names: Occurrence[], k: number, clauseEnd: number): Subject | undefined {
  for (;;) {
    const o = names[k];
    const next = names[k + 1];
    if (!next || next.start >= clauseEnd) break;
    if (next.start === o.end) { k++; continue; }
    // A state or body before an office holder (日本首相岸田文雄): the person is the subject.
    if (next.type === 'Person' && o.type !== 'Person' && next.start - o.end <= TITLE_SPAN && !/[，,；;、和与及的]/.test(text.slice(o.end, next.start))) { k++; continue; }
    const modifier = words.modifierAfter.find((w) => text.startsWith(w, o.end));
    if (modifier && next.start - o.end <= MODIFIER_SPAN && !/[，,；;、和与及]/.test(text.slice(o.end, next.start))) { k++; continue; }
    break;
  }
  if (!words.actors.has(names[k].type)) return undefined;
  const group: Occurrence[] = [names[k]];
  let end = names[k].end;
  for (let n = k + 1; n < names.length && names[n].start < clauseEnd; n++) {
    const join = JOINS.find((j) => text.startsWith(j, end));
    if (!join || names[n].start !== end + join.length) break;
    let last = n;
    while (names[last + 1]?.start === names[last].end) last++;
    if (!words.actors.has(names[last].type)) break;
    group.push(names[last]);
    end = names[last].end;
    n = last;
  }
  return group;
}

/** The first actor after the subject that 与 / 和 / 同 / 跟 introduces (与埃米尔塔米姆会谈). */
function partnerAfter(text: string, names: Occurrence[], subject: Subject, before: number): Occurrence | undefined {
  const from = subject[subject.length - 1].end;
  for (const o of names) {
    if (o.start < from || o.start >= before) continue;
    if (!words.actors.has(o.type)) continue;
    const lead = text.slice(Math.max(from, o.start - PARTNER_LEAD), o.start);
    if (/[与和同跟]/.test(lead) && !/[。；;]/.test(lead)) return o;
  }
  return undefined;
}

function standIns(subject: Subject, start: number, end: number): Occurrence[] {
  return subject.map((s) => ({ start, end, entityId: s.entityId, type: s.type, anaphor: true }));
}

/** The subject of the last sentence, kept for the next one in the same paragraph. */
export class ClauseSubjects {
  private previous?: { subject: Subject; paragraph: number };
  private lastPartner?: Occurrence;

  /**
   * 双方: the subject before and the partner it met or signed with (岸田文雄访问卡塔尔，与埃米尔塔米姆
   * 会谈，双方同意…), or a coordinated subject of two (日俄…，双方…).
   */
  private bothSides(text: string, names: Occurrence[], heads: Map<number, Subject>, at: number, subjectBefore: (at: number) => Subject | undefined): Subject | undefined {
    const subject = subjectBefore(at);
    if (!subject) return undefined;
    if (subject.length === 2) return subject;
    if (subject.length > 2) return undefined;
    const inSentence = [...heads.values()].includes(subject);
    const partner = inSentence ? partnerAfter(text, names, subject, at) : this.lastPartner;
    return partner && partner.entityId !== subject[0].entityId ? [subject[0], partner] : undefined;
  }

  /** Reference occurrences for the dropped and pronoun subjects of one sentence (compact text). */
  resolve(text: string, taken: Occurrence[], paragraph: number): Occurrence[] {
    const names = taken.filter((o) => o.end > o.start).sort((a, b) => a.start - b.start);
    const heads = clauseHeads(text, names);
    const carried = this.previous?.paragraph === paragraph ? this.previous.subject : undefined;
    // The subject of the nearest clause before `at` that opens with one (not the clause of `at`).
    const subjectBefore = (at: number): Subject | undefined => {
      let clauseStart = at;
      while (clauseStart > 0 && !CLAUSE_END.has(text[clauseStart - 1])) clauseStart--;
      let best: Subject | undefined;
      for (const [start, subject] of heads) if (start < clauseStart) best = subject;
      return best ?? carried;
    };
    const inName = (i: number) => names.some((t) => t.start <= i && i < t.end);
    const out: Occurrence[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (CLAUSE_END.has(c)) {
        const at = i + 1;
        const opener = words.openers.find((w) => text.startsWith(w, at));
        if (!opener || words.openerNotBefore.some((w) => text.startsWith(w, at + opener.length))) continue;
        // The clause names its own subject or pronoun right after the opener (，其后日本…; ，且其近期…).
        const after = at + opener.length;
        if (names.some((t) => t.start >= at && t.start <= after + 1) || text[after] === words.clausePronoun || text[after] === '它') continue;
        const subject = subjectBefore(at);
        if (subject) out.push(...standIns(subject, at, at));
      } else if (text.startsWith(words.bothSides, i) && !inName(i)) {
        const both = this.bothSides(text, names, heads, i, subjectBefore);
        if (both) out.push(...standIns(both, i, i + words.bothSides.length));
        i += words.bothSides.length - 1;
      } else if (c === '它' && text[i - 1] !== '其' && !inName(i)) {
        const pronoun = words.pronouns.find((w) => text.startsWith(w, i)) ?? c;
        const subject = subjectBefore(i);
        if (subject) out.push(...standIns(subject, i, i + pronoun.length));
      } else if (c === words.clausePronoun && (i === 0 || CLAUSE_END.has(text[i - 1]) || words.clausePronounAfter.has(text[i - 1])) && !inName(i)) {
        if (!words.clausePronounBefore.some((w) => text.startsWith(w, i + 1))) continue;
        const subject = subjectBefore(i);
        if (subject) out.push(...standIns(subject, i, i + 1));
      }
    }
    const last = [...heads.values()].pop();
    if (last) this.lastPartner = partnerAfter(text, names, last, text.length);
    if (last) this.previous = { subject: last, paragraph };
    return out;
  }
}
