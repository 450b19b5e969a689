import { readRules } from '../data';
import { PRIORITY, type Candidate } from './types';

/**
 * Policies named by their place in a series (data/rules/ru/numberedPolicies.json): the EU's
 * sanctions packages are written 18-й пакет санкций, в 12-м пакете санкций, шестого пакета
 * санкций — a number and a noun, no capital and no quotes, so neither head words nor quotes find them.
 */
interface Rules { ordinalStems: string[]; series: string[] }

let pattern: RegExp | undefined;

function seriesPattern(): RegExp {
  if (pattern) return pattern;
  const spec = readRules<Rules>('ru/numberedPolicies.json');
  // Ordinal words before the other alternatives; "новый" and "очередной" only count as ordinals, so they stay outside the name.
  const ordinal = `(?:\\d{1,2}-?(?:й|м|го|ом|ого|ому|му|е)|(?:${spec.ordinalStems.join('|')})[а-яё]*)`;
  pattern = new RegExp(`(?<![\\p{L}\\d])(${ordinal})\\s+(?:${spec.series.join('|')})`, 'giu');
  return pattern;
}

export function russianNumberedPolicyCandidates(text: string): Candidate[] {
  if (!text.includes('санкц') && !text.includes('мер')) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(seriesPattern())) {
    // "новый пакет санкций" says which, not which number: a reference, not a name.
    if (/^(?:нов|очередн)/i.test(m[1])) continue;
    // An entity, not a relation slot: the sanctions rules read "в 18-й пакет санкций против России"
    // word by word (who is put into a package, against whom), and a slot there would hide those words.
    out.push({ start: m.index, end: m.index + m[0].length, type: 'Policy', method: 'head-word', priority: PRIORITY.head, nested: true });
  }
  return out;
}
