import { readRules } from '../data';
import type { Lexicon } from '../lexicon';
import { toSimplified } from '../script';
import { firmSeats } from './firmSeats';
import type { Masked } from './mask';
import type { FoundRelation } from './match';
import type { Topics } from './topic';

/**
 * Seats read off Japanese names: firms (韓国ガス公社 → South Korea), as firmSeats does for Chinese,
 * less the names where the "state" is a region of Japan (中国電力); and public bodies (韓国鉱害鉱業
 * 公団, 米財務省). Vocabulary: data/rules/ja/seats.json.
 */
interface SeatWords {
  regionalAfter: Record<string, string[]>;
  bodyHeads?: string[];
  abbreviatedBodyHeads?: string[];
}
const words = readRules<SeatWords>('ja/seats.json');
const regional = Object.entries(words.regionalAfter).flatMap(([state, list]) => list.map((w) => toSimplified(state + w)));
const bodyHeads = (words.bodyHeads ?? []).map(toSimplified);
const abbreviatedHeads = (words.abbreviatedBodyHeads ?? []).map(toSimplified);
/** The one-kanji state forms of Japanese news (米, 豪, 英: data/rules/ja/names.json). */
const stateKanji = new Map(Object.entries(readRules<{ stateAbbreviations?: Record<string, string> }>('ja/names.json').stateAbbreviations ?? {}).map(([k, key]) => [toSimplified(k), key]));
/** A body's name must say more than its state and head (韓国政府 is the state itself). */
const MIN_REST = 2;

export function japaneseFirmSeats(masked: Masked, text: string, lexicon: Lexicon, topics?: Topics): FoundRelation[] {
  const firms = firmSeats(masked, text, lexicon).filter((f) => {
    const name = toSimplified(text.slice(f.subject.start, f.subject.end));
    return !regional.some((r) => name.startsWith(r));
  });
  return [...firms, ...bodySeats(masked, text, lexicon, topics)];
}

/**
 * 韓国鉱害鉱業公団 → South Korea; 米財務省 → the United States. The state is the longest state
 * name the body's name opens with; a one-kanji form (米, 豪) counts only before a ministry head.
 */
function bodySeats(masked: Masked, text: string, lexicon: Lexicon, topics?: Topics): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const body of masked.slots) {
    if (body.type !== 'Organization' || body.anaphor) continue;
    const name = toSimplified(text.slice(body.start, body.end));
    if (!bodyHeads.some((h) => name.endsWith(h))) continue;
    const full = (lexicon.byFirstChar.get(name[0]) ?? [])
      .filter((a) => a.entry.type === 'State' && a.form.length >= 2 && !a.caseInsensitive && name.startsWith(a.form) && name.length >= a.form.length + MIN_REST)
      .sort((a, b) => b.form.length - a.form.length)[0]?.entry;
    const short = full || !abbreviatedHeads.some((h) => name.endsWith(h)) || name.length < 1 + MIN_REST ? undefined : stateKanji.get(name[0]);
    const state = full?.key ?? short;
    // 豪 inside 豪財務省 is no mention of its own: the state must be an entity the document names.
    if (!state || state === body.entityId || (topics && !topics.isEntity(state))) continue;
    out.push({ type: 'LOCATED_IN', subject: body, object: { start: body.start, end: body.start, entityId: state, type: 'State', anaphor: true }, properties: {}, confidence: 0.7, method: 'rule:ja.located.body-seat-in-name' });
  }
  return out;
}
