import { readRules } from '../data';
import { toSimplified } from '../script';
import { overlaps, PRIORITY, type Candidate } from './types';

/**
 * The place and reporter of a Chinese news dateline (新华社哈拉雷6月5日电, 中央社记者林家宏雪梨7日专电):
 * cities the story is filed from are named nowhere else, and no head word or lexicon finds them.
 * Words: data/rules/zh/datelines.json.
 */
interface Rules { agencies: string[]; reporter: string; endings: string[]; bylineWords: string[] }

const rules = readRules<Rules>('zh/datelines.json');
const agencies = rules.agencies.map(toSimplified);
const reporter = toSimplified(rules.reporter);
const endings = rules.endings.map(toSimplified).sort((a, b) => b.length - a.length).join('|');
const DATELINE = new RegExp(`(${agencies.join('|')})(${reporter})?([\\u4e00-\\u9fff]{2,12}?)(?:\\d{1,2}月)?\\d{1,2}日(?:${endings})`, 'g');

/**
 * （记者张宇）, 界面新闻记者 周航 2025-04-08: a reporter's name closing a bracket or the line, or
 * before the date of the story (not 记者会上, 记者表示).
 */
const BYLINE = new RegExp(`(?:${rules.bylineWords.map(toSimplified).join('|')})([\\u4e00-\\u9fff]{2,3})(?=[）)]|\\s*$|\\s*\\d{4}[-/年])`, 'g');

export function datelineCandidates(text: string, known: Candidate[]): Candidate[] {
  const out = bylineCandidates(text, known);
  if (!agencies.some((a) => text.includes(a))) return out;
  for (const m of text.matchAll(DATELINE)) {
    const runStart = m.index + m[1].length + (m[2]?.length ?? 0);
    const run = m[3];
    // 记者陈怡君台北: a reporter's name of three characters (two when four are written) before the place.
    const nameLength = !m[2] || run.length < 4 ? 0 : run.length === 4 ? 2 : 3;
    const person = { start: runStart, end: runStart + nameLength };
    const place = { start: runStart + nameLength, end: runStart + run.length };
    if (nameLength && !known.some((k) => overlaps(k, person))) out.push({ ...person, type: 'Person', method: 'dateline', priority: PRIORITY.head });
    if (place.end - place.start >= 2 && !known.some((k) => overlaps(k, place))) out.push({ ...place, type: 'Place', method: 'dateline', priority: PRIORITY.head });
  }
  return out;
}

function bylineCandidates(text: string, known: Candidate[]): Candidate[] {
  if (!rules.bylineWords.some((w) => text.includes(toSimplified(w)))) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(BYLINE)) {
    const person = { start: m.index + m[0].length - m[1].length, end: m.index + m[0].length };
    if (!known.some((k) => overlaps(k, person))) out.push({ ...person, type: 'Person', method: 'byline', priority: PRIORITY.head });
  }
  return out;
}
