import type { Lexicon } from '../lexicon';
import { oneWordName } from '../mentions/russianLexicon';
import type { Occurrence } from './mask';
import type { FoundRelation } from './match';

/**
 * "Минтранс России", "Правительство РФ", "МИД КНР": a government body whose name ends with its
 * state in the genitive is in that state; one ending with an organisation (Совет Евросоюза) is part
 * of it. Firms are left out: their names keep a state as a brand.
 */
export function russianSeats(lexicon: Lexicon, text: string, slots: Occurrence[]): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const s of slots) {
    if (s.anaphor || s.type !== 'Organization') continue;
    const last = /\s([\p{L}]+)$/u.exec(text.slice(s.start, s.end).trim())?.[1];
    if (!last) continue;
    const state = oneWordName(lexicon, last, 'State')?.key;
    // Совет Евросоюза: a body named after the organisation it belongs to is part of it.
    const parent = state ? undefined : oneWordName(lexicon, last, 'Organization')?.key;
    if (parent && parent !== s.entityId) {
      out.push({ type: 'PART_OF', subject: s, object: { start: s.end, end: s.end, entityId: parent, type: 'Organization', anaphor: true }, properties: {}, confidence: 0.65, method: 'rule:ru.part-of.name-ends-with-organization' });
    }
    if (!state || state === s.entityId) continue;
    out.push({ type: 'LOCATED_IN', subject: s, object: { start: s.end, end: s.end, entityId: state, type: 'State', anaphor: true }, properties: {}, confidence: 0.65, method: 'rule:ru.located.name-ends-with-state' });
  }
  out.push(...pluralNationalitySeats(text, slots));
  return out;
}

/** A state's adjective in the plural (китайские, индийских): it qualifies a list of names. */
const PLURAL_ADJECTIVE = /(?:ск|цк)(?:ие|их|ими)$/i;
const BETWEEN_MEMBERS = /^»?\s?(?:,|и)\s?«?$/;

/**
 * "китайские CNPC и CNOOC", "индийские Tata Steel и JSW Steel": a plural nationality adjective
 * seats every firm of the list after it (the first one is the nationality rule's already); a
 * singular one (российская «Роснефть» и Shell) only its own.
 */
function pluralNationalitySeats(text: string, slots: Occurrence[]): FoundRelation[] {
  const out: FoundRelation[] = [];
  const named = slots.filter((s) => !s.anaphor).sort((a, b) => a.start - b.start);
  for (let i = 0; i + 2 < named.length; i++) {
    const state = named[i];
    if (state.type !== 'State' || !PLURAL_ADJECTIVE.test(text.slice(state.start, state.end))) continue;
    if (named[i + 1].type !== 'Firm' || !/^\s?«?$/.test(text.slice(state.end, named[i + 1].start))) continue;
    for (let k = i + 2; k < named.length && named[k].type === 'Firm' && BETWEEN_MEMBERS.test(text.slice(named[k - 1].end, named[k].start)); k++) {
      out.push({ type: 'LOCATED_IN', subject: named[k], object: state, properties: {}, confidence: 0.7, method: 'rule:ru.located.plural-nationality-list' });
    }
  }
  return out;
}
