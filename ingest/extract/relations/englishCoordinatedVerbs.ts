import type { DateMention } from '../dates';
import { readRules } from '../data';
import type { Masked } from './mask';
import { matchRules, type FoundRelation } from './match';
import type { Topics } from './topic';

interface CoordinatedVerbWords {
  subject: string;
  auxiliaries: string[];
  verbs: string[];
  boundaries: string;
}

const words = readRules<CoordinatedVerbWords>('en/coordinatedVerbs.json');
/** The name a sentence opens with, maybe after its seat ("London-listed X", "Canada's X"). */
const SUBJECT = new RegExp(words.subject);
const AUXILIARY = `(?:(?:${words.auxiliaries.join('|')}) )*`;
const VERB = `(?:${words.verbs.join('|')})\\b`;
/** A second verb after "and", or the main verb after a relative clause or appositive set off by commas. */
const SECOND_VERB = new RegExp(`(?:,? ?\\band |, ?)(?=${AUXILIARY}${VERB})`, 'g');
const BOUNDARY = new RegExp(words.boundaries, 'i');
/** What opens a relative clause or appositive after the subject: its commas do not end the subject's clause. */
const ASIDE = /^, ?(?:which|a|an|the|its|one of)\b/;

/**
 * Relations of a verb whose subject is the name the sentence opens with but stands further back
 * than the name right before the verb ("Woodside, which is listed in Sydney and New York,
 * operates … and is developing the Scarborough gas field"): the clause from that verb on is
 * matched again with the subject written in. Only relations of that subject are kept, and
 * only those the sentence did not already give (same type and other party, whoever it was given to).
 */
export function coordinatedVerbRelations(masked: Masked, dates: DateMention[], found: FoundRelation[], topics?: Topics): FoundRelation[] {
  const opening = SUBJECT.exec(masked.text);
  if (!opening) return [];
  const subject = masked.slots[Number(opening[1])];
  if (!subject) return [];
  const out: FoundRelation[] = [];
  const subjectEnd = opening.index + opening[0].length;
  const afterSubject = masked.text.slice(subjectEnd);
  for (const m of afterSubject.matchAll(SECOND_VERB)) {
    const between = afterSubject.slice(0, m.index);
    // A comma right after the subject opens its aside, not a second verb; "X said … and holds" is someone else's clause.
    if (m.index === 0 || BOUNDARY.test(between)) continue;
    // A verb after a comma only ends an aside that opened right after the subject.
    if (!/\band $/.test(m[0]) && !ASIDE.test(afterSubject)) continue;
    const from = subjectEnd + m.index + m[0].length;
    const slotText = masked.text.slice(opening.index + opening[0].length - `⟨${opening[1]}:${subject.type}⟩`.length, subjectEnd);
    const text = `${slotText} ${masked.text.slice(from)}`;
    // Offsets of the new text into the sentence: the subject's own, then the clause's.
    const toCompact = [...Array.from({ length: slotText.length + 1 }, () => masked.toCompact[subjectEnd - slotText.length] ?? 0), ...masked.toCompact.slice(from)];
    for (const f of matchRules({ ...masked, text, toCompact }, 'en', dates, topics)) {
      // The opening name is the clause's grammatical subject, whichever side of the relation a rule gives it (has drawn investment from Y: Y invests in it).
      if (f.subject !== subject && f.object !== subject) continue;
      const other = f.subject === subject ? f.object : f.subject;
      const same = (g: FoundRelation) => g.type === f.type && (f.subject === subject ? g.object : g.subject).entityId === other.entityId;
      if (found.some(same) || out.some((g) => g.type === f.type && g.subject.entityId === f.subject.entityId && g.object.entityId === f.object.entityId)) continue;
      out.push({ ...f, method: `${f.method}+coordinated-subject` });
    }
  }
  return out;
}
