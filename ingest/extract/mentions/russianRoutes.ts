import { readRules } from '../data';
import { hasCyrillic } from '../russianWords';
import { PRIORITY, type Candidate } from './types';

/**
 * Pipelines and routes named by their end points, unquoted, after the noun that says what they are
 * (по нефтепроводу Баку — Тбилиси — Джейхан): data/rules/ru/routes.json. Quoted names
 * («Центральная Азия — Китай») are read by the quotes; without them, each end point would be read
 * as a city or, as a capital, as its state.
 */
interface Rules { nounStems: string[] }

let pattern: RegExp | undefined;

function routePattern(): RegExp {
  if (pattern) return pattern;
  const { nounStems } = readRules<Rules>('ru/routes.json');
  const place = '\\p{Lu}[\\p{L}-]+';
  pattern = new RegExp(`(?<!\\p{L})(?:${nounStems.join('|')})\\p{L}*\\s+(${place}(?:\\s?[—–]\\s?${place})+)`, 'giu');
  return pattern;
}

export function russianRouteCandidates(text: string): Candidate[] {
  if (!hasCyrillic(text) || !/[—–]/.test(text)) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(routePattern())) {
    const start = m.index + m[0].length - m[1].length;
    out.push({ start, end: start + m[1].length, type: 'Project', method: 'head-word', priority: PRIORITY.bracket });
  }
  return out;
}
