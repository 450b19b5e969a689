import { readRules } from '../data';
import { matchAll } from '../matchAll';
import type { Masked, Occurrence } from './mask';
import { typesAllowed, type FoundRelation } from './match';
import type { Topics } from './topic';

interface OfficeWords {
  officeTitles: string[];
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
