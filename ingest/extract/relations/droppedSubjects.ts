import { readRules } from '../data';
import type { DateMention } from '../dates';
import { toSimplified } from '../script';
import type { Masked, Occurrence } from './mask';
import { matchRules, type FoundRelation } from './match';
import type { RuleLang } from './rules';
import type { Topics } from './topic';

/**
 * Relations of a Chinese clause whose subject is the one of the clause before, left unwritten:
 * 莱纳斯开采…韦尔德山稀土矿，又在马来西亚关丹建设了莱纳斯先进材料工厂 (Lynas builds the plant);
 * 特朗普访问东京期间，与日本首相高市早苗签署了…框架 (Trump signs). The continuing clause is
 * matched again with the carried subject list written before it; only relations whose subject
 * is a carried name are kept (the rest the sentence's own pass already found).
 */

interface DroppedSubjectWords {
  timePhrase: string;
  openers: string[];
  titleGap: number;
  partnerJoins: string[];
  jointVerbs: string[];
  speech: string[];
  bothSides: Record<string, string>;
}

const words = readRules<DroppedSubjectWords>('zh/droppedSubjects.json');
const openers = words.openers.map(toSimplified).sort((a, b) => b.length - a.length);
const CONTINUES = new RegExp(`^${words.timePhrase}{0,3}(?:${openers.join('|')})`);
const TIME_PREFIX = new RegExp(`^${words.timePhrase}*`);
/** A clause ends at a comma or semicolon; a full stop ends the sentence. */
const CLAUSE_END = /[，,；;]/g;
const SLOT_AT = /^⟨(\d+):([A-Za-z]+)⟩/;
const SLOT_G = /⟨(\d+):([A-Za-z]+)⟩/g;
/** Things, texts and happenings do not carry over as an acting subject. */
const NOT_SUBJECTS = new Set(['Resource', 'Event', 'Agreement', 'Policy']);
const JOIN = /^(?:与|和|及|以及|、|同|跟)/;
const partnerJoins = new Set(words.partnerJoins.map(toSimplified));
const JOINT = new RegExp(words.jointVerbs.map(toSimplified).join('|'));
const SPEECH = new RegExp(`(?:${words.speech.map(toSimplified).join('|')})(?:[：:]|$|「|“)`);

const bothSides = Object.entries(words.bothSides).map(([word, type]) => ({ word: toSimplified(word), type })).sort((a, b) => b.word.length - a.word.length);
const BOTH_SIDES = new RegExp(`^${words.timePhrase}{0,3}(?:${bothSides.map((b) => b.word).join('|')})`);
const ACTORS = new Set(['State', 'Person', 'Firm', 'Organization']);

/** The names a clause opens with; `partners` are those joined by 与 (maybe "with", not "and"). */
interface Subjects {
  names: Occurrence[];
  partners: Set<Occurrence>;
}
const NATIONALITY = /^⟨(\d+):(?:State|Place)⟩/;

/** The leading list of names of a clause that has its own subject (after a time phrase). */
function leadingSubjects(clause: string, slots: Occurrence[]): Subjects {
  let rest = clause.replace(TIME_PREFIX, '');
  const out: Occurrence[] = [];
  const partners = new Set<Occurrence>();
  let partner = false;
  for (;;) {
    const m = SLOT_AT.exec(rest);
    if (!m) break;
    // A state right before a name is its nationality (法国德希尼布), not a member of the list.
    const next = rest.slice(m[0].length);
    // Abbreviations run together (日澳两国) are each a member.
    if (NATIONALITY.test(rest) && SLOT_AT.test(next) && !slots[Number(m[1])].abbreviation) {
      rest = next;
      continue;
    }
    // 日本首相岸田文雄: the state and the title qualify the person who follows.
    const personTitle = /^([^⟨⟩，,。；;、与和及同跟]{1,6})⟨\d+:Person⟩/.exec(next);
    if (NATIONALITY.test(rest) && personTitle && personTitle[1].length <= words.titleGap) {
      rest = next.slice(personTitle[1].length);
      continue;
    }
    out.push(slots[Number(m[1])]);
    if (partner) partners.add(out[out.length - 1]);
    rest = next;
    const join = JOIN.exec(rest);
    if (!join) break;
    partner ||= partnerJoins.has(join[0]);
    rest = rest.slice(join[0].length);
    // 与澳大利亚总理阿尔巴尼斯: a nationality and a title may stand before the next name.
    const nationality = NATIONALITY.exec(rest);
    if (nationality) rest = rest.slice(nationality[0].length);
    const titled = /^[^⟨⟩，,。；;、]*/.exec(rest)![0];
    if (titled.length > words.titleGap) break;
    rest = rest.slice(titled.length);
  }
  if (!out.length || NOT_SUBJECTS.has(out[0].type) || out.some((o) => o.type === 'Resource')) return { names: [], partners };
  return { names: out, partners };
}

export function carriedSubjectRelations(masked: Masked, lang: RuleLang, dates: DateMention[], topics?: Topics): FoundRelation[] {
  // Only sentences of several clauses can continue one.
  if (lang !== 'zh' || !/[，,；;]/.test(masked.text)) return [];
  const bounds: number[] = [0];
  for (const m of masked.text.matchAll(CLAUSE_END)) bounds.push(m.index! + 1);
  const out: FoundRelation[] = [];
  let carried: Subjects = { names: [], partners: new Set() };
  for (let k = 0; k < bounds.length; k++) {
    const start = bounds[k];
    const end = k + 1 < bounds.length ? bounds[k + 1] - 1 : masked.text.length;
    const clause = masked.text.slice(start, end);
    const own = leadingSubjects(clause, masked.slots);
    if (own.names.length) {
      // What follows a verb of saying are the speaker's words, with subjects of their own.
      carried = SPEECH.test(clause) ? { names: [], partners: new Set() } : own;
      continue;
    }
    const both = BOTH_SIDES.exec(clause);
    if (k > 0 && both) {
      const pair = twoSides(masked, bounds[0], start, both[0], carried);
      if (pair.length === 2) out.push(...clauseWithSubject(masked, start, end, pair, lang, dates, topics));
      continue;
    }
    if (k === 0 || !carried.names.length || !CONTINUES.test(clause)) continue;
    const joint = JOINT.test(clause);
    const subjects = carried.names.filter((n) => joint || !carried.partners.has(n));
    out.push(...clauseWithSubject(masked, start, end, subjects, lang, dates, topics));
  }
  return out;
}

/** 双方 / 两国: the two distinct actors of one type named in the clauses before. */
function twoSides(masked: Masked, from: number, to: number, opener: string, carried: Subjects): Occurrence[] {
  const word = bothSides.find((b) => opener.endsWith(b.word));
  const type = word && word.type !== '*' ? word.type : carried.names[0]?.type;
  if (!type || !ACTORS.has(type)) return [];
  const seen = new Map<string, Occurrence>();
  for (const m of masked.text.slice(from, to).matchAll(SLOT_G)) {
    const occ = masked.slots[Number(m[1])];
    if (occ.type === type && !occ.anaphor && !seen.has(occ.entityId)) seen.set(occ.entityId, occ);
  }
  return seen.size === 2 ? [...seen.values()] : [];
}

function clauseWithSubject(masked: Masked, start: number, end: number, subjects: Occurrence[], lang: RuleLang, dates: DateMention[], topics?: Topics): FoundRelation[] {
  const prefix = subjects.map((s) => `⟨${masked.slots.indexOf(s)}:${s.type}⟩`).join('和');
  const at = masked.toCompact[start];
  const text = prefix + masked.text.slice(start, end);
  const toCompact = [...Array<number>(prefix.length).fill(at), ...masked.toCompact.slice(start, end + 1)];
  const found = matchRules({ text, toCompact, slots: masked.slots }, lang, dates, topics);
  return found.filter((f) => subjects.includes(f.subject)).map((f) => ({ ...f, method: `${f.method}+carried-subject` }));
}
