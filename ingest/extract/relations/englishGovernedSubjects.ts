import { readRules } from '../data';
import { slotStart, type Masked } from './mask';
import type { FoundRelation } from './match';

const words = readRules<{ prepositions: string[]; rules: string[] }>('en/governedSubjects.json');
const BROAD_RULES = new Set(words.rules.map((id) => `rule:${id}`));
/**
 * A preposition (and an article or possessive) right before a slot: "listed in ⟨London⟩", "at its
 * ⟨Uis mine⟩" — also across a seat written before the name ("a unit of ⟨Beijing⟩-based ⟨X⟩").
 */
const GOVERNED = new RegExp(`\\b(?:${words.prepositions.join('|')})\\s(?:the\\s|its\\s|their\\s|his\\s|her\\s)?(?:⟨\\d+:(?:Place|State)⟩-[a-z]+\\s)?$`, 'i');

/**
 * Drops relations of the broad English verb rules whose subject is the object of a preposition:
 * the verb's real subject stands further back (Andrada Mining, which is listed in London, produces
 * tin). References back (anaphors) are left alone.
 */
export function dropGovernedSubjects(masked: Masked, found: FoundRelation[]): FoundRelation[] {
  if (!found.some((f) => BROAD_RULES.has(f.method))) return found;
  return found.filter((f) => {
    if (!BROAD_RULES.has(f.method) || f.subject.anaphor) return true;
    const at = slotStart(masked, f.subject);
    return at < 0 || !GOVERNED.test(masked.text.slice(Math.max(0, at - 48), at));
  });
}
