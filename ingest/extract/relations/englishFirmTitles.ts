import { readRules } from '../data';
import { matchAll } from '../matchAll';
import type { Masked, Occurrence } from './mask';
import type { FoundRelation } from './match';
import { passageSubject, type Topics } from './topic';

const words = readRules<{ firmTitles: string[]; notHeading: string[] }>('en/titles.json');
const titles = [...words.firmTitles].sort((a, b) => b.length - a.length);
/** "Chief Executive ⟨Person⟩", "chief executive ⟨Person⟩": the title alone, with nothing named right before it. */
const BARE_FIRM_TITLE = new RegExp(`(?<![⟩A-Za-z-]|⟩ |['’]s )\\b(${titles.join('|')}) ⟨(\\d+):Person⟩`, 'gi');
const notHeading = new Set(words.notHeading.map((w) => w.toLowerCase()));

/**
 * "Chief Executive Anders Opedal said in a statement", "chief executive Jane Roe told analysts": a
 * firm's head written by a bare title leads the one firm the sentence names, else the firm the
 * passage is about (passageSubject). A sentence naming two firms leaves open whose head he is; a
 * title with a body before it (Equinor Chief Executive X, the ministry's chairman X) is read by
 * the trigger rules, and a deputy or former holder leads nothing.
 */
export function firmTitleLeads(masked: Masked, already: FoundRelation[], topics?: Topics): FoundRelation[] {
  const out: FoundRelation[] = [];
  if (!masked.text.includes(':Person⟩')) return out;
  const firms = [...new Set(masked.slots.filter((s) => s.type === 'Firm').map((s) => s.entityId))];
  for (const m of matchAll(BARE_FIRM_TITLE, masked.text)) {
    const person = masked.slots[Number(m[2])];
    const before = /(\S+) $/.exec(masked.text.slice(Math.max(0, m.index - 12), m.index))?.[1];
    if (before && notHeading.has(before.toLowerCase())) continue;
    // A capitalised word before the title is a name the lexicon does not know (Shenghong chairman X): his body, not the passage's.
    if (before && /^[A-Z][a-z]/.test(before) && m[1] === m[1].toLowerCase()) continue;
    if (already.some((f) => f.type === 'LEADS' && f.subject.entityId === person.entityId)) continue;
    const id = firms.length === 1 ? firms[0] : firms.length === 0 && topics ? passageSubject('Firm', topics) : undefined;
    if (!id) continue;
    const object: Occurrence = { start: person.start, end: person.start, entityId: id, type: 'Firm', anaphor: true };
    out.push({ type: 'LEADS', subject: person, object, properties: { role: m[1] }, confidence: 0.55, method: 'rule:en.leads.firm-title-of-the-passage' });
  }
  return out;
}
