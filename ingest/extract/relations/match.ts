import { relationshipType } from '../../../graph/ontology';
import { matchAll } from '../matchAll';
import { dateFor, type DateMention } from '../dates';
import { unquoteSlots, type Masked, type Occurrence } from './mask';
import { FilterSubject } from '../requiredText';
import { implicitArgument, type Topics } from './topic';
import { chainedResource, withoutQualifyingResources } from './qualifiers';
import { isCjkRuleLang, negations, relationRules, ruleTriggers, SLOT, type CompiledRule, type RuleLang } from './rules';

/** A relation found in one sentence, before merging across sentences. */
export interface FoundRelation {
  type: string;
  subject: Occurrence;
  object: Occurrence;
  properties: Record<string, string | number>;
  date?: string;
  confidence: number;
  method: string;
  inferred?: boolean;
}

const SHARE_TYPES = new Set(['HOLDS_STAKE_IN', 'ACQUIRES', 'DEPENDS_ON', 'IMPORTS_FROM', 'PRODUCES']);
const RESOURCE_TYPES = new Set(['SUPPLIES', 'IMPORTS_FROM', 'DEPENDS_ON', 'BANS']);
/** 20%, 50.1% and the Russian decimal comma 50,1% (a comma right before a digit and % is not a list separator). */
const PERCENT = /(\d+(?:[.,]\d+)?)\s*%/g;

/** Does the ontology allow this subject and object type for the relationship? */
export function typesAllowed(type: string, subject: string, object: string): boolean {
  // Asked for every candidate pair of every sentence, over a handful of types: answers are kept.
  let bySubject = allowedTypes.get(type);
  if (!bySubject) allowedTypes.set(type, (bySubject = new Map()));
  let byObject = bySubject.get(subject);
  if (!byObject) bySubject.set(subject, (byObject = new Map()));
  let allowed = byObject.get(object);
  if (allowed === undefined) byObject.set(object, (allowed = checkTypes(type, subject, object)));
  return allowed;
}

const allowedTypes = new Map<string, Map<string, Map<string, boolean>>>();

function checkTypes(type: string, subject: string, object: string): boolean {
  const def = relationshipType(type);
  if (!def) return false;
  const ok = (allowed: string[], t: string) => allowed.includes('*') || allowed.includes(t);
  // "Any actor" (*) means an actor: things, texts and happenings do not act.
  if (def.subject.includes('*') && NOT_ACTORS.has(subject) && !def.symmetric) return false;
  return ok(def.subject, subject) && ok(def.object, object);
}

const NOT_ACTORS = new Set(['Resource', 'Policy', 'Agreement', 'Event', 'Place']);

const POSSESSIVE_AFTER = /^['’]s /;
const RELATIVE_AFTER = /^,? ?(?:which|that|who)\b/;
/** A later list member's own state possessive and description, up to the member's slot. */
const QUALIFIED_MEMBER = /⟨\d+:State⟩['’]s (?:[a-z-]+ ){0,3}?⟨(\d+):[A-Za-z]+⟩/gi;

/**
 * The members of a list that carry their own state's possessive after the first: that state,
 * not one written before the list, is their seat (Italy's Eni and Greece's Motor Oil Hellas —
 * Motor Oil Hellas is not in Italy).
 */
function possessiveQualified(group: string | undefined, masked: Masked): Set<Occurrence> {
  if (!group) return new Set();
  return new Set(matchAll(QUALIFIED_MEMBER, group).filter((m) => m.index > 0).map((m) => masked.slots[Number(m[1])]));
}

/** A description ending in a word for a firm, then a name: the state before it is the firm's (CJK). */
const DESCRIBED_FIRM_AFTER = /^[^⟨⟩，,。；;、的和与及]{0,6}?(?:公司|企业|集团|商|巨头|巨擘)⟨/;

/**
 * The slots a coordinated list names. Slots written together without a separator form a chain:
 * all states (日俄, 中日韩) are each named; otherwise the last one is the name and the others
 * modify it (俄罗斯北极液化天然气2号 = the project, in Russia).
 */
export function listSlots(group: string | undefined, masked: Masked): Occurrence[] {
  if (!group) return [];
  const chains: Occurrence[][] = [];
  let lastEnd = -1;
  for (const m of matchAll(SLOT, group)) {
    const occ = masked.slots[Number(m[1])];
    // "…group Thyssenkrupp Nucera, and it has agreed to sell": a pronoun opens a new clause,
    // whose verb the names before it do not share.
    if (occ.pronoun) chains.length = 0;
    // A state with 的 before a name modifies it (日本的日挥), it is not one more member.
    if (occ.type === 'State' && group.startsWith('的⟨', m.index + m[0].length)) continue;
    // So does a Chinese state with a description of the firm after it (秘鲁矿业公司⟨火山矿业⟩, 日本最大发电商⟨JERA⟩).
    if (occ.type === 'State' && DESCRIBED_FIRM_AFTER.test(group.slice(m.index + m[0].length))) continue;
    // So does an English state's possessive before a later member (and Greece's Motor Oil Hellas).
    if (occ.type === 'State' && m.index > 0 && POSSESSIVE_AFTER.test(group.slice(m.index + m[0].length))) continue;
    // A nationality written before a name with a space (французской TotalEnergies) qualifies it too.
    const qualifies = m.index === lastEnd + 1 && group[lastEnd] === ' ' && chains.at(-1)?.at(-1)?.type === 'State' && occ.type !== 'State';
    if ((m.index === lastEnd || qualifies) && chains.length) chains[chains.length - 1].push(occ);
    else chains.push([occ]);
    lastEnd = m.index + m[0].length;
  }
  return withoutQualifyingResources(chains.flatMap((chain) => {
    if (chain.every((o) => o.type === 'State' || o.abbreviation)) return chain;
    // A resource next to a name qualifies it (中东石油 = the Middle East, for oil; 萨哈林2号石油开采项目).
    const named = chain.filter((o) => o.type !== 'Resource');
    const pick = named.length ? named : chain;
    return [pick[pick.length - 1]];
  }));
}

function percentages(text: string): number[] {
  return matchAll(PERCENT, text).map((m) => Math.round(Number(m[1].replace(',', '.')) * 10) / 1000);
}

/** Every relation the trigger rules find in one masked sentence. */
export function matchRules(masked: Masked, lang: RuleLang, dates: DateMention[], topics?: Topics): FoundRelation[] {
  const found: FoundRelation[] = [];
  // Every relation ties two different entities: with fewer named, no rule can give one.
  // (A rule may take one of them from what the text is about.)
  if (topics ? masked.slots.length === 0 : !namesTwoEntities(masked.slots)) return found;
  const negated = negations()[lang];
  // In Japanese 、 ends a clause (2023年11月、米国は…); in Chinese it joins a list.
  if (/[\u3040-\u30ff]/.test(masked.text)) masked = { ...masked, text: masked.text.replace(/、/g, '，') };
  if (lang === 'en') masked = unquoteSlots(masked);
  const rules = relationRules()[lang];
  for (const i of ruleTriggers()[lang].candidates(new FilterSubject(masked.text))) {
    const rule = rules[i];
    rule.regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.regex.exec(masked.text)) !== null) {
      const text = isCjkRuleLang(lang) ? m[0] : ` ${m[0].toLowerCase()} `;
      if (!holdsAny(text, negated)) applyMatch(rule, m, masked, dates, found, topics);
      rule.regex.lastIndex = m.index + 1;
    }
  }
  return found;
}

/** Do the slots name two different entities? (Asked for every sentence: no Set of them.) */
function namesTwoEntities(slots: readonly Occurrence[]): boolean {
  for (let i = 1; i < slots.length; i++) if (slots[i].entityId !== slots[0].entityId) return true;
  return false;
}

function holdsAny(text: string, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (text.includes(words[i])) return true;
  return false;
}

function applyMatch(rule: CompiledRule, m: RegExpExecArray, masked: Masked, dates: DateMention[], found: FoundRelation[], topics?: Topics): void {
  const g = m.groups ?? {};
  const start = m.index;
  const end = m.index + m[0].length;
  const compactStart = masked.toCompact[start];
  const compactEnd = masked.toCompact[end];
  const date = dateFor(dates, compactStart, compactEnd);
  const base: Record<string, string | number> = {};
  if (rule.role) base.role = rule.role;
  if (rule.roleFrom && g[rule.roleFrom]) base.role = g[rule.roleFrom];
  // A figure the rule reads (年产能约550万吨) is the edge's amount, in the simplified copy.
  if (g.amount) base.amount = g.amount.replace(/\s+/g, '');
  const pairs: { s: Occurrence; o: Occurrence; text: string }[] = [];
  if (g.P) {
    const members = listSlots(g.P, masked);
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) {
        pairs.push({ s: members[a], o: members[b], text: m[0] });
        if (rule.both) pairs.push({ s: members[b], o: members[a], text: m[0] });
      }
    }
  } else {
    const [role, type] = rule.implicit?.split(':') ?? [];
    const unwritten = type ? implicitArgument(type, masked.slots, compactStart, topics, g.share ? Number(g.share.replace(',', '.')) / 100 : undefined, masked.text.slice(0, start)) : undefined;
    if (type && !unwritten) return;
    const qualifiedSubjects = possessiveQualified(g.S, masked);
    let subjects = role === 'S' && unwritten ? [unwritten] : [...listSlots(g.S, masked), ...listSlots(g.S2, masked)];
    // "such as Anglo American and China's MMG, which runs Las Bambas": a relative clause after a
    // member with its own possessive is that member's.
    if (g.S && subjects.length > 1 && qualifiedSubjects.has(subjects[subjects.length - 1]) && RELATIVE_AFTER.test(m[0].slice(m[0].indexOf(g.S) + g.S.length))) subjects = subjects.slice(-1);
    const qualified = rule.type === 'LOCATED_IN' ? qualifiedSubjects : new Set<Occurrence>();
    const objects = role === 'O' && unwritten ? [unwritten] : listSlots(g.O, masked);
    const respectively = /分别|それぞれ|respectively|соответственно/.test(m[0]);
    // 分别持有12.5%和10%: every share of the match, paired in order below.
    const shares = g.share && !respectively ? [Number(g.share.replace(',', '.')) / 100] : percentages(m[0]);
    objects.forEach((o, oi) => subjects.forEach((s, si) => {
      // "A and B hold 20% and 10% of X and Y, respectively": the i-th holder goes with the i-th object only.
      if (respectively && subjects.length > 1 && subjects.length === objects.length && si !== oi) return;
      const props: Record<string, string | number> = {};
      if (SHARE_TYPES.has(rule.type) && shares.length) {
        if (shares.length === 1) props.share = shares[0];
        else if (respectively && objects.length > 1 && shares.length >= objects.length) props.share = shares[oi];
        else if (respectively && subjects.length > 1 && shares.length >= subjects.length) props.share = shares[si];
      }
      if (qualified.has(s)) return;
      pairs.push({ s, o, text: m[0] });
      Object.assign(pairs[pairs.length - 1], { props });
    }));
    if (rule.repeat) {
      const rest = masked.text.slice(end);
      const sentenceEnd = rest.search(/[。；;]/);
      const scope = sentenceEnd >= 0 ? rest.slice(0, sentenceEnd) : rest;
      rule.repeat.lastIndex = 0;
      for (const r of matchAll(rule.repeat, scope)) {
        const before = scope.slice(Math.max(0, r.index - 12), r.index);
        const share = r.groups?.share ? Math.round(Number(r.groups.share) * 10) / 1000 : percentages(before).pop();
        for (const o of listSlots(r.groups?.O, masked)) {
          for (const s of subjects) {
            pairs.push({ s, o, text: r[0] });
            if (share !== undefined && SHARE_TYPES.has(rule.type)) Object.assign(pairs[pairs.length - 1], { props: { share } });
          }
        }
      }
    }
  }
  const resource = g.R ? listSlots(g.R, masked)[0] : undefined;
  for (const p of pairs as ({ s: Occurrence; o: Occurrence; props?: Record<string, string | number> })[]) {
    if (p.s.entityId === p.o.entityId || !typesAllowed(rule.type, p.s.type, p.o.type)) continue;
    const properties = { ...base, ...(p.props ?? {}) };
    const res = resource ?? (RESOURCE_TYPES.has(rule.type) ? chainedResource(masked, p.o) ?? firstResource(m[0], masked, p) : undefined);
    if (res && res.entityId !== p.o.entityId) properties.resource = res.entityId;
    found.push({ type: rule.type, subject: p.s, object: p.o, properties, date, confidence: rule.confidence, method: `rule:${rule.id}` });
  }
}

function firstResource(text: string, masked: Masked, pair: { s: Occurrence; o: Occurrence }): Occurrence | undefined {
  for (const m of matchAll(SLOT, text)) {
    const occ = masked.slots[Number(m[1])];
    if (occ.type === 'Resource' && occ !== pair.o && occ !== pair.s) return occ;
  }
  return undefined;
}
