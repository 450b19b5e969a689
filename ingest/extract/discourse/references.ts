import type { Occurrence } from '../relations/mask';
import type { RuleLang } from '../relations/rules';
import { toSimplified } from '../script';
import { Focus, governed, onRoute, referenceData, subjectOf } from './focus';

/**
 * Words that refer back to an actor named before — "the Texas-based company", "the country",
 * "the two countries", 両社, 両国, 该国, «компания», «концерн», «страна» — become reference
 * occurrences of the entity the discourse focus gives (focus.ts), so every trigger rule reads
 * them as if the name were written. Vocabulary: data/rules/<lang>/references.json, "references":
 * a regular expression per phrase (its group `ref`, when given, is the span that stands for the
 * entity: the head noun of "the Texas-based company", leaving Texas to name the seat), the
 * entity type, how many entities it stands for (2 for "the two countries"), and what may not
 * follow it (where a rule of its own already reads the word).
 */

interface ReferenceRule {
  pattern: string;
  type: string;
  count?: number;
  notBefore?: string;
  /** The text's topic of the type before the sentences just read (a state called "the country"). */
  preferTopic?: boolean;
  /** The subject of its own sentence first (a possessive "its"). */
  sentenceSubject?: boolean;
}

interface Compiled {
  regex: RegExp;
  type: string;
  count: number;
  notBefore?: RegExp;
  preferTopic: boolean;
  sentenceSubject: boolean;
  /** A cheap test: the literal every match holds, looked for before the expression runs. */
  needle: string;
}

const compiled = new Map<RuleLang, Compiled[]>();

function rulesOf(lang: RuleLang): Compiled[] {
  let rules = compiled.get(lang);
  if (!rules) {
    const data = referenceData<{ references?: (ReferenceRule & { needle: string })[] }>(lang);
    const cjk = lang === 'zh' || lang === 'ja';
    rules = (data.references ?? []).map((r) => ({
      regex: new RegExp(cjk ? toSimplified(r.pattern) : r.pattern, 'gu'),
      type: r.type,
      count: r.count ?? 1,
      notBefore: r.notBefore ? new RegExp(`^(?:${r.notBefore})`, 'u') : undefined,
      preferTopic: r.preferTopic === true,
      sentenceSubject: r.sentenceSubject === true,
      needle: cjk ? toSimplified(r.needle) : r.needle,
    }));
    compiled.set(lang, rules);
  }
  return rules;
}

/** Said of the sentence's own subject: "X chief executive Y said the company would…". */
const SPEECH_BEFORE = /\b(?:said|says|added|told|stated)\s(?:that\s)?$/;

/**
 * The one entity a phrase stands for: the sentence's own subject after a verb of saying ("X chief
 * executive Y said the company would…"); else the nearest name of the type before it in the
 * sentence (министра энергетики Узбекистана …, страна намерена…) other than a route passed
 * through (через Казахстан), unless that is the subject
 * and the phrase an object of a preposition (PowerCo signed a deal with the company); else the
 * text's topic where the phrase asks for it; else the focus of the sentences before.
 */
function singleReferent(text: string, before: Occurrence[], start: number, rule: Compiled, lang: RuleLang, focus: Focus): string | undefined {
  if (rule.sentenceSubject || SPEECH_BEFORE.test(text.slice(Math.max(0, start - 12), start))) {
    const own = subjectOf(text, before, lang);
    if (own?.type === rule.type) return own.entityId;
  }
  const named = before.filter((t) => t.type === rule.type && !t.anaphor);
  // A state passed through (транзитом через Казахстан) is a route, not what the passage speaks of.
  const nearest = named.filter((t) => !onRoute(text, t.start, lang)).at(-1);
  if (nearest && !(governed(text, start, lang) && subjectOf(text, before, lang)?.entityId === nearest.entityId)) return nearest.entityId;
  const excluded = named.map((t) => t.entityId);
  return (rule.preferTopic ? focus.topic([rule.type], excluded) : undefined) ?? focus.antecedent([rule.type], excluded);
}

/**
 * Reference occurrences for one sentence (compact text), outside every name or reference already
 * found. A phrase that stands for one entity takes the sentence's own subject after a verb of
 * saying, else what the focus gives, never an entity of the type the sentence itself names before
 * it (a writer who just named it would not describe it).
 */
export function referenceOccurrences(text: string, taken: readonly Occurrence[], lang: RuleLang, focus: Focus): Occurrence[] {
  const rules = rulesOf(lang);
  const out: Occurrence[] = [];
  const lower = text.toLowerCase();
  for (const rule of rules) {
    if (!lower.includes(rule.needle)) continue;
    rule.regex.lastIndex = 0;
    for (const m of text.matchAll(rule.regex)) {
      const inner = m.groups?.ref;
      const start = (m.index ?? 0) + (inner !== undefined ? m[0].lastIndexOf(inner) : 0);
      const end = start + (inner ?? m[0]).length;
      if ([...taken, ...out].some((t) => start < t.end && t.start < end && t.end > t.start)) continue;
      if (rule.notBefore?.test(text.slice(end).trimStart())) continue;
      // A description right before a name is that name's, not a reference back: "supplied by the
      // German engineering group Thyssenkrupp Nucera" names the supplier it describes.
      // (English only: Chinese and Japanese write a name right after 该国 or 同社 as its object;
      // a demonym after "its" modifies what follows: its Ugandan subsidiary.)
      if (lang === 'en' && taken.some((t) => t.start >= end && t.end > t.start && t.type !== 'State' && /^ ?$/.test(text.slice(end, t.start)))) continue;
      const before = taken.filter((t) => t.end <= start && t.end > t.start);
      if (rule.count > 1) {
        const ids = focus.lastDistinct(rule.type, rule.count, before.filter((t) => !t.anaphor));
        for (const id of ids) out.push({ start, end, entityId: id, type: rule.type, anaphor: true });
        continue;
      }
      const id = singleReferent(text, before, start, rule, lang, focus);
      if (id) out.push({ start, end, entityId: id, type: rule.type, anaphor: true });
    }
  }
  return out;
}
