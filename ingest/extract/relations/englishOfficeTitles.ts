import { readRules } from '../data';
import { matchAll } from '../matchAll';
import type { Masked, Occurrence } from './mask';
import { typesAllowed, type FoundRelation } from './match';
import { passageSubject, type Topics } from './topic';

interface OfficeWords {
  officeTitles: string[];
  /** Titles of a state's ministers (Minister), whose state a bare title leaves to the passage. */
  ministerTitles: string[];
  officeHeads: string[];
  notHeading: string[];
}

const words = readRules<OfficeWords>('en/titles.json');
/** "Treasury Secretary ⟨Person⟩", "Energy Minister ⟨Person⟩": one or two capitalised words, then the title. */
const OFFICE_TITLE = new RegExp(`(?<![A-Za-z])((?:[A-Z][a-z]+ ){1,2})(${words.officeTitles.join('|')}) ⟨(\\d+):Person⟩`, 'g');
const HEAD = new RegExp(`\\b(?:${words.officeHeads.join('|')})\\b`);
const notHeading = new Set(words.notHeading);

/**
 * "Treasury Secretary Scott Bessent announced…", "Energy Minister Alexander Novak said…": the
 * person leads the body of this document whose name holds the title's topic word (the US
 * Department of the Treasury, the Ministry of Energy) — named in the sentence or earlier in the
 * text. Where the text names no such body, nothing is said: a topic word alone does not tell
 * which state's ministry it is.
 */
export function officeTitleLeads(masked: Masked, text: string, topics?: Topics): FoundRelation[] {
  const out: FoundRelation[] = [];
  if (!masked.text.includes(':Person⟩')) return out;
  for (const m of matchAll(OFFICE_TITLE, masked.text)) {
    const topicWords = m[1].trim().split(' ');
    if (topicWords.some((w) => notHeading.has(w)) || topicWords[0] === 'Prime') continue;
    const before = /(\S+) $/.exec(masked.text.slice(Math.max(0, m.index - 12), m.index))?.[1];
    if (before && notHeading.has(before)) continue;
    const topic = topicWords[topicWords.length - 1];
    const body = bodyInSentence(masked, text, topic) ?? bodyNamedBefore(topics, topic, m.index);
    // No such body named: a minister's title with no state before it is of the state the passage
    // is about ("Industry Minister X said" in a story filed from Ottawa about Canada).
    if (!body && words.ministerTitles.includes(m[2])) {
      const state = ministerState(masked, m.index, topics);
      if (state) out.push({ type: 'LEADS', subject: masked.slots[Number(m[3])], object: state, properties: { role: `${m[1]}${m[2]}` }, confidence: 0.55, method: 'rule:en.leads.minister-of-topic-state' });
      continue;
    }
    if (!body || !typesAllowed('LEADS', 'Person', body.type)) continue;
    const person = masked.slots[Number(m[3])];
    out.push({ type: 'LEADS', subject: person, object: body, properties: { role: `${m[1]}${m[2]}` }, confidence: 0.6, method: 'rule:en.leads.office-title' });
  }
  return out;
}

function holdsTopic(name: string, topic: string): boolean {
  return HEAD.test(name) && new RegExp(`\\b${topic}\\b`).test(name);
}

function bodyInSentence(masked: Masked, text: string, topic: string): Occurrence | undefined {
  return masked.slots.find((s) => s.type === 'Organization' && !s.anaphor && holdsTopic(text.slice(s.start, s.end), topic));
}

function bodyNamedBefore(topics: Topics | undefined, topic: string, at: number): Occurrence | undefined {
  if (!topics) return undefined;
  const id = topics.seenOf('Organization').find((e) => topics.namesOf(e).some((n) => holdsTopic(n, topic)));
  return id ? { start: at, end: at, entityId: id, type: 'Organization', anaphor: true } : undefined;
}

/** The state a bare minister's title belongs to: the one state the sentence names, else the state the passage is about (passageSubject). */
function ministerState(masked: Masked, at: number, topics?: Topics): Occurrence | undefined {
  // States named in what the minister said are not the minister's (Energy Minister X said South
  // Africa's Standard Bank and Kenya's KCB Group had committed funds).
  const said = masked.text.slice(at).search(/\b(?:said|says|told|added|announced)\b/);
  const spoken = said < 0 ? masked.text.length : at + said;
  const named = [...matchAll(/⟨(\d+):State⟩/g, masked.text.slice(0, spoken))].map((s) => masked.slots[Number(s[1])]);
  const states = new Set(named.map((s) => s.entityId));
  if (states.size === 1) return named[0];
  if (states.size > 1) return undefined;
  const id = topics && passageSubject('State', topics);
  return id ? { start: at, end: at, entityId: id, type: 'State', anaphor: true } : undefined;
}
