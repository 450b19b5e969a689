import { readRules } from '../data';
import { matchAll } from '../matchAll';
import { englishVocabulary } from '../mentions/englishWords';
import type { Masked, Occurrence } from './mask';
import type { FoundRelation } from './match';
import { referent, type Topics } from './topic';

const titles = readRules<{ headOfState: string[] }>('en/titles.json').headOfState.sort((a, b) => b.length - a.length);
/** "President ⟨Person⟩" with no state, demonym or possessive right before the title, and not the end of a longer title (Vice-President). */
const BARE_TITLE = new RegExp(`(?<!⟩ |⟩['’]s |[A-Za-z]['’]s |-)\\b(${titles.join('|')}) ⟨(\\d+):Person⟩`, 'g');
/** A state written as a modifier (US tariffs, the country's) and not governed by a preposition. */
const PREPOSITION_BEFORE = /\b(?:on|against|to|from|with|in|at|into|for|of|by|over|toward|towards)\s(?:the\s)?$/i;

/**
 * "President Donald Trump raised US tariffs", "Under President Gabriel Boric the company…": a
 * bare head-of-state title gives LEADS to the state the sentence names as an attribute of the
 * person's act, else to the state the sentence before named, else to the state the text is
 * about. The role is the title.
 */
export function englishTitleLeads(masked: Masked, already: FoundRelation[], topics?: Topics): FoundRelation[] {
  const out: FoundRelation[] = [];
  // Titles the trigger rules gave in this sentence (Russian President X) are held too.
  if (topics) {
    for (const f of already) {
      const role = typeof f.properties.role === 'string' ? titleCase(f.properties.role) : undefined;
      if (f.type === 'LEADS' && f.object.type === 'State' && role && titles.includes(role)) heldTitles(topics).set(`${f.object.entityId}|${role}`, f.subject.entityId);
    }
  }
  for (const m of matchAll(BARE_TITLE, masked.text)) {
    const person = masked.slots[Number(m[2])];
    // "Russian President X": the demonym names the state (a trigger rule's case).
    const wordBefore = /(\S+) $/.exec(masked.text.slice(Math.max(0, m.index - 30), m.index))?.[1];
    if (wordBefore && englishVocabulary().demonyms.has(wordBefore)) continue;
    if (already.some((f) => f.type === 'LEADS' && f.subject.entityId === person.entityId)) continue;
    const after = m.index + m[0].length;
    const attributive = attributiveStateAfter(masked, after);
    const state = (attributive && isFree(topics, attributive.entityId, m[1], person.entityId) ? attributive : undefined) ?? fromTopics(topics, after, m[1], person.entityId);
    if (!state) continue;
    if (topics) heldTitles(topics).set(`${state.entityId}|${m[1]}`, person.entityId);
    out.push({ type: 'LEADS', subject: person, object: state, properties: { role: m[1] }, confidence: 0.6, method: 'rule:en.leads.bare-title' });
  }
  return out;
}

/** No other person of the text holds this title of that state. */
function isFree(topics: Topics | undefined, state: string, title: string, person: string): boolean {
  return !topics || (heldTitles(topics).get(`${state}|${title}`) ?? person) === person;
}

function titleCase(role: string): string {
  return role.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase());
}

/** Per document: who holds which head-of-state title of which state ("state|title" → person), as this rule read it. */
const held = new WeakMap<Topics, Map<string, string>>();

function heldTitles(topics: Topics): Map<string, string> {
  let map = held.get(topics);
  if (!map) held.set(topics, (map = new Map()));
  return map;
}

function attributiveStateAfter(masked: Masked, from: number): Occurrence | undefined {
  for (const s of matchAll(/⟨(\d+):State⟩/g, masked.text.slice(from))) {
    const at = from + s.index;
    const end = at + s[0].length;
    if (PREPOSITION_BEFORE.test(masked.text.slice(Math.max(0, at - 12), at))) continue;
    if (/^(?: [a-z]|['’]s )/.test(masked.text.slice(end, end + 3))) return masked.slots[Number(s[1])];
  }
  return undefined;
}

/**
 * The state the text is about, else the state of the passage, else any state named so far (the
 * most often named first), passing over a state whose president (or other such title) the text
 * has already named: "President Volodymyr Zelenskiy said…" and later "a meeting with President
 * Donald Trump" in a text about Ukraine are not two presidents of Ukraine. A head of state is
 * more often of the text's state than of the last one a sentence spoke of (Neighbouring Chile…
 * President Rodrigo Paz, in a text on Bolivia).
 */
function fromTopics(topics: Topics | undefined, at: number, title: string, person: string): Occurrence | undefined {
  if (!topics) return undefined;
  const free = (c: string | undefined) => c !== undefined && isFree(topics, c, title, person);
  const first = [topics.about('State'), referent('State', topics)].filter((c) => c !== undefined);
  // Only when the passage's state is taken do other states named earlier stand in for it.
  const id = first.length ? [...first, ...topics.byCount('State')].find(free) : undefined;
  return id ? { start: at, end: at, entityId: id, type: 'State', anaphor: true } : undefined;
}
