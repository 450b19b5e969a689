import { englishVocabulary } from '../mentions/englishWords';
import { typesAllowed, type FoundRelation } from './match';
import type { Occurrence } from './mask';

/**
 * A demonym before a singular firm noun ("Tianqi Lithium, the Chinese company that owns 22% of
 * SQM"; "the Chinese company that owns…") describes a firm, so the state is no party of what the
 * firm does. Where the firm stands right before as the appositive's head, it takes the state's
 * place and is located in that state; otherwise the state's relation is dropped. Plural nouns
 * ("Chinese refiners import…") stay: a country acts through its firms there.
 */
const FIRM_NOUN = /^ (?:[a-z-]+ ){0,2}(?:company|firm|miner|producer|maker|refiner|group|utility|trader|operator|developer|conglomerate|smelter|shipper|unit|subsidiary|arm|affiliate|division)\b/;
const APPOSITIVE_OPENING = /,\s?(?:a|an|the)\s$/;
/** "Chevron's Australian unit": the firm whose unit it is acts through it. */
const POSSESSOR = /^['’]s $/;

/**
 * A state written as the possessor of a firm ("supplies lithium to South Korea's LG Energy
 * Solution") is the firm's seat: the firm is the party of the relation, not the state.
 */
function possessedFirm(text: string, slots: Occurrence[], occ: Occurrence): Occurrence | undefined {
  if (occ.type !== 'State' || occ.anaphor || !/^['’]s $/.test(text.slice(occ.end, occ.end + 3))) return undefined;
  return slots.find((s) => s.start === occ.end + 3 && (s.type === 'Firm' || s.type === 'Organization'));
}

export function englishDemonymSubjects(text: string, slots: Occurrence[], found: FoundRelation[]): FoundRelation[] {
  const out: FoundRelation[] = [];
  found = found.map((f) => {
    if (f.type === 'LOCATED_IN' || f.type === 'RELATED_TO') return f;
    const object = possessedFirm(text, slots, f.object);
    return object && object.entityId !== f.subject.entityId && typesAllowed(f.type, f.subject.type, object.type) ? { ...f, object, method: `${f.method}+possessed` } : f;
  });
  const demonyms = englishVocabulary().demonyms;
  const described = (occ: Occurrence) =>
    occ.type === 'State' && !occ.anaphor && demonyms.has(text.slice(occ.start, occ.end)) && FIRM_NOUN.test(text.slice(occ.end, occ.end + 60));
  const located = new Set<string>();
  for (const f of found) {
    if (f.type === 'LOCATED_IN' || !described(f.subject)) {
      out.push(f);
      continue;
    }
    const possessor = slots.find((s) => s.type === 'Firm' && POSSESSOR.test(text.slice(s.end, f.subject.start)));
    const firm = possessor ?? slots.find((s) => s.type === 'Firm' && s.end < f.subject.start && APPOSITIVE_OPENING.test(text.slice(s.end, f.subject.start)) && f.subject.start - s.end <= 7);
    if (!firm || firm.entityId === f.object.entityId || !typesAllowed(f.type, firm.type, f.object.type)) continue;
    out.push({ ...f, subject: firm, method: `${f.method}+${possessor ? 'unit-of' : 'appositive'}` });
    // The unit is in that state, not the firm that owns it.
    if (!possessor && !located.has(firm.entityId)) {
      located.add(firm.entityId);
      out.push({ type: 'LOCATED_IN', subject: firm, object: f.subject, properties: {}, confidence: 0.7, method: 'rule:en.located.appositive-demonym' });
    }
  }
  return out;
}
