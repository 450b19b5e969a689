import type { Lexicon } from '../lexicon';
import { matchAll } from '../matchAll';
import { nameKey } from '../script';
import { headOf } from './heads';
import { PRIORITY, type Candidate } from './types';

const BRACKETS = /《([^《》]{2,40})》|「([^「」]{2,30})」|“([^“”]{2,30})”|『([^『』]{2,30})』/g;
/** 库页岛1、2号 → 库页岛1号, 库页岛2号 */
const NUMBERED_SERIES = /^(.+?)(\d+)((?:[、,，和与及]\d+)+)(号|期)$/;

/**
 * Names in title brackets and corner quotes, typed by their head word (…法, …條約, …宣言,
 * …戰略, …計畫 …) or found in the lexicon; quoted phrases without a head are not names.
 */
export function bracketCandidates(lexicon: Lexicon, text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchAll(BRACKETS, text)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4];
    const start = m.index + 1;
    const end = start + inner.length;
    const series = NUMBERED_SERIES.exec(inner);
    if (series) {
      for (const n of [series[2], ...series[3].split(/[、,，和与及]/).filter(Boolean)]) {
        const name = `${series[1]}${n}${series[4]}`;
        const entry = lexicon.byNameKey.get(nameKey(name));
        if (entry) out.push({ start, end, type: entry.type, method: 'title-bracket', priority: PRIORITY.bracket, lexiconKey: entry.key, name });
      }
      continue;
    }
    const entry = lexicon.byNameKey.get(nameKey(inner));
    if (entry) {
      out.push({ start, end, type: entry.type, method: 'title-bracket', priority: PRIORITY.bracket, lexiconKey: entry.key });
      continue;
    }
    const head = headOf(inner.replace(/[\s]+$/, ''), true);
    if (!head) continue;
    if (m[1] === undefined && !['Policy', 'Agreement', 'Event', 'Project', 'Organization', 'Firm'].includes(head.type)) continue;
    out.push({ start, end, type: head.type, method: 'title-bracket', priority: PRIORITY.bracket });
  }
  return out;
}
