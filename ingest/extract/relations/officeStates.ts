import { readRules } from '../data';
import type { DateMention } from '../dates';
import { dateFor } from '../dates';
import { toSimplified } from '../script';
import type { Masked, Occurrence } from './mask';
import type { FoundRelation } from './match';
import type { Topics } from './topic';

/**
 * Offices whose name says the state they serve (外務大臣, 內閣官房長官, 國務卿), written in
 * brackets after the holder without that state (松野博一（內閣官房長官）, 岸信夫（時任防衛大臣）): the
 * holder leads that state, with the office as role — only when the text has named the state
 * before, so a passage on Japan's cabinet ties its ministers to the Japan it speaks of. Written
 * before the holder, a minister's title leads the ministry it names (titledOrganisations.ts), a
 * state before it is a rule's case (英國外務大臣, zh.leads.title), and a deputy (外務副大臣) leads
 * nothing.
 */
interface OfficeWords {
  offices: Record<string, string[]>;
  prefixes: string[];
  beforeHolder: string[];
}

const words = readRules<OfficeWords>('zh/officeStates.json');
const stateOf = new Map<string, string>();
for (const [state, offices] of Object.entries(words.offices)) for (const o of offices) stateOf.set(toSimplified(o), state);
const offices = [...stateOf.keys()].sort((a, b) => b.length - a.length).join('|');
const prefixes = words.prefixes.map(toSimplified).join('|');
/** 松野博一（内阁官房长官）, 萩生田光一（时任经济产业大臣；兼任…）: read in the sentence after the holder (the mask folds a bracket after a name into the name's slot). */
const AFTER_HOLDER = new RegExp(`^[（(](?:${prefixes})?(${offices})(?=[）)；;，,、兼])`);
/** 国家主席习近平, 时任国务院总理李克强: the office bare before the holder, with no name (a state, a body) or 副 right before it. */
const BEFORE_HOLDER = new RegExp(`(?<![⟩副])(?:${prefixes})?(${words.beforeHolder.map(toSimplified).join('|')})⟨(\\d+):Person⟩`, 'g');
const OFFICE_WORD = /大臣|长官|国务卿|国家主席|国务院总理/;

export function officeStateLeads(masked: Masked, text: string, dates: DateMention[], already: FoundRelation[], topics?: Topics): FoundRelation[] {
  const out: FoundRelation[] = [];
  if (!topics || !OFFICE_WORD.test(text) || !masked.text.includes(':Person⟩')) return out;
  const named = new Set(topics.seenOf('State'));
  for (const s of masked.slots) if (s.type === 'State' && !s.anaphor) named.add(s.entityId);
  const add = (person: Occurrence | undefined, office: string, start: number, end: number, known = named.has.bind(named)) => {
    const state = stateOf.get(office);
    if (!person || !state || !known(state)) return;
    if ([...already, ...out].some((f) => f.type === 'LEADS' && f.subject.entityId === person.entityId && f.object.type === 'State')) return;
    const date = dateFor(dates, start, end);
    out.push({ type: 'LEADS', subject: person, object: { start: person.start, end: person.start, entityId: state, type: 'State', anaphor: true }, properties: { role: office }, date, confidence: 0.7, method: 'rule:zh.leads.office-of-state' });
  };
  for (const person of masked.slots) {
    if (person.type !== 'Person' || person.anaphor) continue;
    const m = AFTER_HOLDER.exec(text.slice(person.end, person.end + 20));
    if (m) add(person, m[1], person.start, person.end + m[0].length);
  }
  // A title that is one state's alone (国家主席) needs that state only among the text's entities, named before or after.
  for (const m of masked.text.matchAll(BEFORE_HOLDER)) add(masked.slots[Number(m[2])], m[1], m.index, m.index + m[0].length, (id) => topics.isEntity(id));
  return out;
}
