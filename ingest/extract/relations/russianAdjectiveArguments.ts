import type { FoundRelation } from './match';
import type { Occurrence } from './mask';

/** The adjective endings of a state's name in Russian (российских, сербской, американские). */
const STATE_ADJECTIVE = /(?:ск|цк)(?:ий|ая|ое|ие|ого|ой|ому|им|ом|ую|их|ими|ым|ых)$/i;
/** A lower-case word right after the adjective: the noun it qualifies (банков, нефтяной компании). */
const NOUN_AFTER = /^\s?[а-яё]/;
/** The measure a state's adjective may impose (Американские санкции, японскими ограничениями). */
const MEASURE_AFTER = /^\s?(?:санкци|ограничени|запрет|эмбарго|пошлин)/i;
/** Relations whose target a state's adjective cannot be (the noun after it is). */
const TARGET_TYPES = new Set(['SANCTIONS', 'BANS']);
/** Relations whose holder or buyer a state's adjective cannot be (кипрской инвестиционной компании X). */
const HOLDER_TYPES = new Set(['HOLDS_STAKE_IN', 'ACQUIRES']);

function qualifiesNoun(text: string, o: Occurrence): boolean {
  if (o.type !== 'State' || o.anaphor) return false;
  return STATE_ADJECTIVE.test(text.slice(o.start, o.end)) && NOUN_AFTER.test(text.slice(o.end, o.end + 2));
}

/**
 * A state written as an adjective before a common noun names something of that state, not the
 * state: "санкции против российских банков", "против сербской нефтяной компании NIS" are against
 * banks and a company; "Еще 49% принадлежат кипрской инвестиционной компании X" is X's stake. The
 * rule that read the adjective as the argument is dropped; a rule that reads past it to the name
 * keeps its own relation.
 */
export function withoutAdjectiveArguments(text: string, found: FoundRelation[]): FoundRelation[] {
  return found.filter((f) => {
    // ЕС запретил импорт российских алмазов и внес «Алросу»…: the adjective of the goods imposes nothing
    // (американскими санкциями does: the noun after it is the measure).
    if (TARGET_TYPES.has(f.type)) return !qualifiesNoun(text, f.object) && !(qualifiesNoun(text, f.subject) && !MEASURE_AFTER.test(text.slice(f.subject.end, f.subject.end + 14)));
    if (HOLDER_TYPES.has(f.type)) return !qualifiesNoun(text, f.subject);
    return true;
  });
}
