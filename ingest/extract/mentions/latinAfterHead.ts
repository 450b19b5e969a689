import { readRules } from '../data';
import { toSimplified } from '../script';
import { PRIORITY, type Candidate } from './types';

/**
 * A Latin name written right after a Chinese description ending in a head word (美国稀土企业
 * MP Materials, 澳大利亚矿企Lynas): the description types the name, as a head word after it
 * would. The Chinese script has no capitals to find such names by; the head word before them
 * says they are names. Vocabulary: data/rules/zh/latinAfterHead.json.
 */

const words = readRules<{ heads: Record<string, string[]>; notNames: string[] }>('zh/latinAfterHead.json');
const notNames = new Set(words.notNames);
const heads = Object.entries(words.heads).flatMap(([type, list]) => list.map((h) => ({ type, head: toSimplified(h) })));
const byHead = new Map(heads.map((h) => [h.head, h.type]));
const alternation = [...byHead.keys()].sort((a, b) => b.length - a.length).join('|');
// One to four capitalised words (MP Materials, Rio Tinto, BHP); a lower-case word ends the name.
const NAME = new RegExp(`(${alternation})\\s?([A-Z][A-Za-z0-9&.\\-]*(?: [A-Z][A-Za-z0-9&.\\-]*){0,3})(?![A-Za-z])`, 'g');

export function latinAfterHeadCandidates(text: string, taken: Candidate[]): Candidate[] {
  // Most Chinese sentences hold no capital letter right after a CJK character: a cheap test first.
  if (!/[\u4e00-\u9fff]\s?[A-Z]/.test(text)) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(NAME)) {
    const start = m.index! + m[0].length - m[2].length;
    const end = start + m[2].replace(/[.\-]+$/, '').length;
    if (end - start < 2 || notNames.has(text.slice(start, end)) || taken.some((c) => c.start < end && start < c.end)) continue;
    out.push({ start, end, type: byHead.get(m[1])!, method: 'latin-after-head', priority: PRIORITY.head });
  }
  return out;
}
