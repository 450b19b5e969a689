import { readRules } from '../data';
import { matchAll } from '../matchAll';
import { englishVocabulary } from '../mentions/englishWords';
import type { Masked, Occurrence } from './mask';
import type { FoundRelation } from './match';
import { referent, type Topics } from './topic';

const titles = readRules<{ headOfState: string[] }>('en/titles.json').headOfState.sort((a, b) => b.length - a.length);
/** "President ⟨Person⟩" with no state, demonym or possessive right before the title. */
const BARE_TITLE = new RegExp(`(?<!⟩ |⟩['’]s |[A-Za-z]['’]s )\\b(${titles.join('|')}) ⟨(\\d+):Person⟩`, 'g');
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
  for (const m of matchAll(BARE_TITLE, masked.text)) {
    const person = masked.slots[Number(m[2])];
    // "Russian President X": the demonym names the state (a trigger rule's case).
    const wordBefore = /(\S+) $/.exec(masked.text.slice(Math.max(0, m.index - 30), m.index))?.[1];
    if (wordBefore && englishVocabulary().demonyms.has(wordBefore)) continue;
    if (already.some((f) => f.type === 'LEADS' && f.subject.entityId === person.entityId)) continue;
    const after = m.index + m[0].length;
    const state = attributiveStateAfter(masked, after) ?? fromTopics(topics, after, m[1], person.entityId);
    if (!state) continue;
    if (topics) heldTitles(topics).set(`${state.entityId}|${m[1]}`, person.entityId);
    out.push({ type: 'LEADS', subject: person, object: state, properties: { role: m[1] }, confidence: 0.6, method: 'rule:en.leads.bare-title' });
  }
  return out;
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
 * The state of the passage, else the one the text is about, else any state named so far (the
 * latest first) — passing over a state whose president (or other such title) the text has already
 * named: "President Volodymyr Zelenskiy said…" and later "a meeting with President Donald Trump"
 * in a text about Ukraine are not two presidents of Ukraine.
 */
function fromTopics(topics: Topics | undefined, at: number, title: string, person: string): Occurrence | undefined {
  if (!topics) return undefined;
  const taken = heldTitles(topics);
  const free = (c: string | undefined) => c !== undefined && (taken.get(`${c}|${title}`) ?? person) === person;
  const first = [referent('State', topics), topics.about('State')].filter((c) => c !== undefined);
  // Only when the passage's state is taken do other states named earlier stand in for it.
  const id = first.length ? [...first, ...topics.seenOf('State')].find(free) : undefined;
  return id ? { start: at, end: at, entityId: id, type: 'State', anaphor: true } : undefined;
}
