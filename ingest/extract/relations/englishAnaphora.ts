import { readRules } from '../data';
import type { Occurrence } from './mask';
import type { EnglishDiscourse } from './englishPronouns';

const phrases = Object.entries(readRules<Record<string, string[] | string>>('en/anaphora.json'))
  .filter(([type]) => !type.startsWith('_'))
  .flatMap(([type, list]) => (list as string[]).map((phrase) => ({ type, phrase })));

/**
 * "the company", "the mine": the latest firm or project named before — for a project, one its own
 * sentence named before the phrase first; for a firm, the one the
 * discourse focus gives first (the subject of the sentences before: "X bought it from Y, a private
 * company. EXIM sent the company a letter" is X, not Y). Skipped where the phrase
 * stands in apposition, follows "a mine" in the same sentence (X, the company that…), describes a name that follows (the company
 * Reliance) or is itself part of a name.
 */
export function englishAnaphorOccurrences(text: string, taken: Occurrence[], latest: Map<string, string>, discourse?: EnglishDiscourse): Occurrence[] {
  const out: Occurrence[] = discourse ? discourse.pronouns(text, taken) : [];
  for (const { type, phrase } of phrases) {
    for (const { at, end } of phraseSpans(text, phrase)) {
      // A project named earlier in the same sentence is the one "the project" takes up again
      // ("X, which is developing the Y project, picked Z; Z will take 51% of the project").
      const earlier = type === 'Firm' ? undefined : taken.filter((t) => t.type === type && !t.anaphor && t.end <= at).at(-1)?.entityId;
      const id = (type === 'Firm' ? speakersFirm(text, taken, at) ?? discourse?.firmInFocus() : earlier) ?? latest.get(type);
      const wordEnds = !/[\p{L}\p{N}'’-]/u.test(text[end] ?? '');
      const appositive = /,\s?$/.test(text.slice(0, at));
      const namesNext = /^\s?⟨|^\s\p{Lu}/u.test(text.slice(end, end + 2));
      // "built a plant … the plant": the thing was introduced unnamed in this sentence.
      const noun = phrase.slice(4);
      const introduced = new RegExp(`\\ban? ${noun}\\b`).test(text.slice(0, at));
      if (id && wordEnds && !appositive && !namesNext && !introduced && !taken.some((t) => at < t.end && t.start < end)) out.push({ start: at, end, entityId: id, type, anaphor: true });
    }
  }
  discourse?.note(text, [...taken, ...out]);
  return out;
}

/** "the $20.5 billion plant", "the 1,443-km pipeline", "the 650,000-bpd refinery": a cost or a size between "the" and the noun. */
// (The text is the compact copy: a space next to a digit may be gone.)
const MEASURE = String.raw`(?:(?:US)?\$ ?[\d.,]+ ?(?:billion|million|bln|mln|bn)?|[\d.,]+ ?[- ]?(?:km|kilometres?|kilometers?|miles?|tonnes?|tons?|barrels?|bpd|b/d|megawatts?|MW|GW|mtpa|Mtpa)(?:-a-(?:day|year))?) `;
const measuredCache = new Map<string, RegExp>();

/** Where the phrase stands in the text, as written or with a cost or size after its article. */
function phraseSpans(text: string, phrase: string): { at: number; end: number }[] {
  const spans: { at: number; end: number }[] = [];
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) spans.push({ at, end: at + phrase.length });
  const article = /^([Tt]he) (.+)$/.exec(phrase);
  if (!article) return spans;
  let measured = measuredCache.get(phrase);
  if (!measured) measuredCache.set(phrase, (measured = new RegExp(`\\b${article[1]} ?${MEASURE}${article[2].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'g')));
  measured.lastIndex = 0;
  for (let m = measured.exec(text); m; m = measured.exec(text)) spans.push({ at: m.index, end: m.index + m[0].length });
  return spans;
}

/** A verb of saying right before the phrase: "X chief executive Y said the company would…". */
const SPEECH_BEFORE = /\b(?:said|says|added|told reporters|stated)\s(?:that\s)?$/;

/**
 * After a verb of saying, "the company" is the firm whose spokesman speaks: the one firm the
 * sentence named before it (Chevron Chief Executive Mike Wirth said the company would…), not the
 * firm the sentences before were about. Two firms named before leave it to the focus.
 */
function speakersFirm(text: string, taken: Occurrence[], at: number): string | undefined {
  if (!SPEECH_BEFORE.test(text.slice(Math.max(0, at - 20), at))) return undefined;
  const firms = new Set(taken.filter((t) => t.type === 'Firm' && !t.anaphor && t.end <= at).map((t) => t.entityId));
  return firms.size === 1 ? [...firms][0] : undefined;
}

