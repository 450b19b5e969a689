import type { Lexicon } from '../lexicon';
import { englishVocabulary } from '../mentions/englishWords';
import { nameKey } from '../script';
import { typesAllowed, type FoundRelation } from './match';
import type { Masked, Occurrence } from './mask';
import { englishTitleLeads } from './englishTitles';
import { officeTitleLeads } from './englishOfficeTitles';
import { firmTitleLeads } from './englishFirmTitles';
import { jointVentureMembers } from './englishJointVentures';
import type { Topics } from './topic';

/**
 * Relations of an English sentence beyond its trigger rules: heads of state and of firms by bare title, the
 * members of a joint venture or consortium named in apposition (englishJointVentures.ts), the
 * state an organisation's own name opens with (US Treasury, Japanese Ministry of Defense), and
 * locations chained through a region (a mine in the Moquegua region of Peru is in Peru).
 */
export function englishSentenceRelations(lexicon: Lexicon, text: string, masked: Masked, found: FoundRelation[], topics?: Topics): FoundRelation[] {
  const out = englishTitleLeads(masked, found, topics);
  out.push(...officeTitleLeads(masked, text, topics));
  out.push(...firmTitleLeads(masked, [...found, ...out], topics));
  out.push(...jointVentureMembers(masked));
  out.push(...seatsInNames(lexicon, text, masked.slots));
  out.push(...chainedLocations([...found, ...out]));
  return out;
}

/** "US Department of the Treasury", "Japanese Ministry of Defense": the state that opens the name. */
function seatsInNames(lexicon: Lexicon, text: string, slots: Occurrence[]): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const s of slots) {
    if (s.anaphor || s.type !== 'Organization') continue;
    const first = /^(\S+(?: \S+)?) /.exec(text.slice(s.start, s.end));
    if (!first) continue;
    const state = stateNamed(lexicon, first[1]) ?? stateNamed(lexicon, first[1].split(' ')[0]);
    if (!state || state === s.entityId) continue;
    out.push({ type: 'LOCATED_IN', subject: s, object: { start: s.start, end: s.start, entityId: state, type: 'State', anaphor: true }, properties: {}, confidence: 0.65, method: 'rule:en.located.name-opens-with-state' });
  }
  return out;
}

function stateNamed(lexicon: Lexicon, word: string): string | undefined {
  const v = englishVocabulary();
  const entry = lexicon.byNameKey.get(nameKey(v.demonyms.get(word) ?? word));
  return entry?.type === 'State' ? entry.key : undefined;
}

/** X in region R, R in state S (same sentence) → X in S. */
function chainedLocations(found: FoundRelation[]): FoundRelation[] {
  const out: FoundRelation[] = [];
  const located = found.filter((f) => f.type === 'LOCATED_IN');
  for (const inner of located) {
    if (inner.object.type !== 'Place') continue;
    for (const outer of located) {
      if (outer.subject.entityId !== inner.object.entityId || outer.object.entityId === inner.subject.entityId) continue;
      if (located.some((f) => f.subject.entityId === inner.subject.entityId && f.object.entityId === outer.object.entityId)) continue;
      if (!typesAllowed('LOCATED_IN', inner.subject.type, outer.object.type)) continue;
      out.push({ type: 'LOCATED_IN', subject: inner.subject, object: outer.object, properties: {}, confidence: Math.min(inner.confidence, outer.confidence), method: 'rule:en.located.chain' });
    }
  }
  return out;
}
