import { readRules } from '../data';
import type { Lexicon } from '../lexicon';
import { toSimplified } from '../script';
import type { Masked, Occurrence } from './mask';
import { typesAllowed, type FoundRelation } from './match';

/**
 * Relations a Chinese noun phrase states by naming one organisation inside another name:
 * - a title built from an organisation's name (时任经济产业大臣西村康稔): the person leads it,
 *   with the title as role — the organisation may be named elsewhere in the sentence or known to
 *   the lexicon (经济产业省);
 * - a government body whose name opens with its state (美国财政部, 日本国会): it is in that state.
 */

interface TitleWords {
  titles: Record<string, string[]>;
  seatHeads: string[];
}

const words = readRules<TitleWords>('zh/titledOrganisations.json');
const titles = Object.entries(words.titles).map(([title, heads]) => ({ title: toSimplified(title), heads: heads.map(toSimplified) }));
const TITLE_BEFORE_PERSON = new RegExp(`([\\u4e00-\\u9fff]{2,10}?)(${titles.map((t) => t.title).sort((a, b) => b.length - a.length).join('|')})⟨(\\d+):Person⟩`, 'g');
const seatHeads = words.seatHeads.map(toSimplified);

export function titledOrganisationRelations(masked: Masked, text: string, lexicon: Lexicon): FoundRelation[] {
  const out: FoundRelation[] = [];
  if (masked.text.includes(':Person⟩')) out.push(...titleLeaders(masked, text, lexicon));
  if (masked.slots.some((s) => s.type === 'Organization')) out.push(...seats(masked, text, lexicon));
  return out;
}

function titleLeaders(masked: Masked, text: string, lexicon: Lexicon): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const m of masked.text.matchAll(TITLE_BEFORE_PERSON)) {
    const person = masked.slots[Number(m[3])];
    const heads = titles.find((t) => t.title === m[2])?.heads ?? [];
    // The longest ending of the run before the title that, with a head word, names an organisation
    // (在时任经济产业大臣 → 经济产业省); a deputy's title ends in 副 and names none.
    const run = m[1];
    for (let from = 0; from <= run.length - 2; from++) {
      const stem = run.slice(from);
      const org = heads.map((h) => organisation(stem + h, masked, text, lexicon)).find((o) => o !== undefined);
      if (!org) continue;
      if (typesAllowed('LEADS', 'Person', org.type)) {
        out.push({ type: 'LEADS', subject: person, object: { ...org, start: person.start, end: person.start, anaphor: org.anaphor }, properties: { role: stem + m[2] }, confidence: 0.75, method: 'rule:zh.leads.organisation-title' });
      }
      break;
    }
  }
  return out;
}

/** The organisation of that name: named in the sentence, else known to the lexicon. */
function organisation(name: string, masked: Masked, text: string, lexicon: Lexicon): (Occurrence & { anaphor?: boolean }) | undefined {
  const named = masked.slots.find((s) => s.type === 'Organization' && !s.anaphor && text.slice(s.start, s.end) === name);
  if (named) return named;
  const alias = (lexicon.byFirstChar.get(name[0]) ?? []).find((a) => a.form === name && a.entry.type === 'Organization');
  return alias ? { start: 0, end: 0, entityId: alias.entry.key, type: 'Organization' } : undefined;
}

function seats(masked: Masked, text: string, lexicon: Lexicon): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const org of masked.slots) {
    if (org.type !== 'Organization' || org.anaphor) continue;
    const name = text.slice(org.start, org.end);
    if (!seatHeads.some((h) => name.endsWith(h))) continue;
    const state = (lexicon.byFirstChar.get(name[0]) ?? []).filter((a) => a.entry.type === 'State' && a.form.length >= 2 && name.startsWith(a.form) && name.length > a.form.length + 1).sort((a, b) => b.form.length - a.form.length)[0];
    if (!state || state.entry.key === org.entityId) continue;
    out.push({ type: 'LOCATED_IN', subject: org, object: { start: org.start, end: org.start, entityId: state.entry.key, type: 'State', anaphor: true }, properties: {}, confidence: 0.7, method: 'rule:zh.located.seat-in-name' });
  }
  return out;
}
