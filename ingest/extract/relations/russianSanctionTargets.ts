import type { FoundRelation } from './match';

/** The adjective endings of a state's name in Russian (российских, сербской, американские). */
const STATE_ADJECTIVE = /(?:ск|цк)(?:ий|ая|ое|ие|ого|ой|ому|им|ом|ую|их|ими|ым|ых)$/i;
/** A lower-case word right after the adjective: the noun it qualifies (банков, нефтяной компании). */
const NOUN_AFTER = /^\s?[а-яё]/;

/**
 * A state written as an adjective is not what sanctions or bans are against: "санкции против
 * российских банков", "против сербской нефтяной компании NIS" name banks and a company of that
 * state. The rule that read the adjective as the target is dropped; a rule that reads past it
 * to a named target keeps its own relation.
 */
export function withoutAdjectiveTargets(text: string, found: FoundRelation[]): FoundRelation[] {
  return found.filter((f) => {
    if ((f.type !== 'SANCTIONS' && f.type !== 'BANS') || f.object.type !== 'State' || f.object.anaphor) return true;
    const written = text.slice(f.object.start, f.object.end);
    return !(STATE_ADJECTIVE.test(written) && NOUN_AFTER.test(text.slice(f.object.end, f.object.end + 2)));
  });
}
