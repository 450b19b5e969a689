import type { Lexicon } from '../lexicon';
import { foldWord, hasCyrillic, isFixedWord, wordForms } from '../russianWords';
import type { Occurrence } from './mask';
import type { FoundRelation } from './match';

/** Every inflected form of a one-word Cyrillic state name (россии, рф, кнр, сша) → the state. */
const statesByForm = new WeakMap<Lexicon, Map<string, string>>();

function stateForms(lexicon: Lexicon): Map<string, string> {
  let forms = statesByForm.get(lexicon);
  if (forms) return forms;
  forms = new Map();
  for (const entry of lexicon.entries.values()) {
    if (entry.type !== 'State') continue;
    for (const name of [...entry.names, ...entry.abbreviations]) {
      if (!hasCyrillic(name) || /\s/.test(name)) continue;
      for (const f of wordForms(name)) if (!forms.has(f)) forms.set(f, entry.key);
    }
  }
  statesByForm.set(lexicon, forms);
  return forms;
}

/**
 * "Минтранс России", "Правительство РФ", "МИД КНР": a government body whose name ends with its
 * state in the genitive is in that state. Firms are left out: their names keep a state as a brand.
 */
export function russianSeats(lexicon: Lexicon, text: string, slots: Occurrence[]): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const s of slots) {
    if (s.anaphor || s.type !== 'Organization') continue;
    const last = /\s([\p{L}]+)$/u.exec(text.slice(s.start, s.end).trim())?.[1];
    if (!last) continue;
    const state = stateForms(lexicon).get(isFixedWord(last) ? last : foldWord(last));
    if (!state || state === s.entityId) continue;
    out.push({ type: 'LOCATED_IN', subject: s, object: { start: s.end, end: s.end, entityId: state, type: 'State', anaphor: true }, properties: {}, confidence: 0.65, method: 'rule:ru.located.name-ends-with-state' });
  }
  return out;
}
