import { readRules } from '../data';
import { toSimplified } from '../script';
import type { FoundRelation } from './match';
import { isCjkRuleLang, RULE_LANGS, type RuleLang } from './rules';

/**
 * Planned and reported relations (data/rules/<lang>/modality.json): "Japan plans to import LNG
 * from Qatar", 据报道…. The relation is kept — an analyst wants to see intentions — and says so in
 * its `status` property. The words are looked for in the clauses that hold the relation's two
 * ends, with the names themselves blanked (行动计划 is a name, not a plan).
 */
interface ModalityWords { planned: string[]; reported: string[]; hypothetical?: string[] }
type Status = 'planned' | 'reported';

const compiled = new Map<RuleLang, [Status, RegExp][]>();
const hypotheticals = new Map<RuleLang, RegExp | null>();

/** Clause openers that make what follows a supposition (若美国对印度实施制裁…): no relation is stated. */
function hypothetical(lang: RuleLang): RegExp | null {
  if (hypotheticals.has(lang)) return hypotheticals.get(lang) ?? null;
  const words = readRules<ModalityWords>(`${lang}/modality.json`).hypothetical ?? [];
  const cjk = isCjkRuleLang(lang);
  const re = words.length ? new RegExp(`^\\s*(?:${words.map((p) => (cjk ? toSimplified(p) : p)).join('|')})`, cjk ? 'u' : 'iu') : null;
  hypotheticals.set(lang, re);
  return re;
}

function markers(lang: RuleLang): [Status, RegExp][] {
  let list = compiled.get(lang);
  if (list) return list;
  const words = readRules<ModalityWords>(`${lang}/modality.json`);
  const cjk = isCjkRuleLang(lang);
  const regex = (ps: string[]) => new RegExp(ps.map((p) => (cjk ? toSimplified(p) : p)).join('|'), cjk ? 'u' : 'iu');
  list = [['reported', regex(words.reported)], ['planned', regex(words.planned)]];
  compiled.set(lang, list);
  return list;
}

const STATIC = new Set(['LOCATED_IN', 'LEADS', 'PART_OF']);

/** Clause breaks: a relation's clause runs between them. */
const CLAUSE_BREAK = /[，,；;：:。！？!?]/;

export function markModality(found: FoundRelation[], text: string, lang: RuleLang, named: { start: number; end: number }[]): void {
  if (!RULE_LANGS.includes(lang)) return;
  const langs: RuleLang[] = lang === 'zh' || lang === 'ja' ? ['zh', 'ja'] : [lang];
  let blanked: string | undefined;
  const supposed = new Set<FoundRelation>();
  for (const f of found) {
    if (!mayBeModal(f)) continue;
    blanked ??= blank(isCjkRuleLang(lang) ? toSimplified(text) : text, named);
    const scope = modalityScope(blanked, f);
    if (langs.some((l) => hypothetical(l)?.test(scope.planned))) {
      supposed.add(f);
      continue;
    }
    const status = statusIn(langs, scope);
    if (status) f.properties.status = status;
  }
  // A supposition states nothing: its relations leave the sentence's list.
  if (supposed.size) for (let i = found.length - 1; i >= 0; i--) if (supposed.has(found[i])) found.splice(i, 1);
}

/** Only what a trigger rule read; where a thing is and who leads it are states, not plans. */
function mayBeModal(f: FoundRelation): boolean {
  return !f.inferred && f.method.startsWith('rule:') && !STATIC.has(f.type) && f.properties.status === undefined;
}

/**
 * "据报道，…" / "According to Reuters, …" covers the rest of the sentence; a plan is said in
 * the relation's own clause.
 */
function modalityScope(blanked: string, f: FoundRelation): Record<Status, string> {
  let from = Math.min(f.subject.start, f.object.start);
  let to = Math.max(f.subject.end, f.object.end);
  while (from > 0 && !CLAUSE_BREAK.test(blanked[from - 1])) from--;
  while (to < blanked.length && !CLAUSE_BREAK.test(blanked[to])) to++;
  return { reported: blanked.slice(0, to), planned: blanked.slice(from, to) };
}

function statusIn(langs: RuleLang[], scope: Record<Status, string>): Status | undefined {
  for (const l of langs) {
    const hit = markers(l).find(([status, re]) => re.test(scope[status]));
    if (hit) return hit[0];
  }
  return undefined;
}

function blank(text: string, named: { start: number; end: number }[]): string {
  const chars = [...text];
  if (chars.length !== text.length) return text; // astral characters: offsets would not line up
  for (const n of named) for (let i = n.start; i < n.end && i < chars.length; i++) chars[i] = '□';
  return chars.join('');
}
