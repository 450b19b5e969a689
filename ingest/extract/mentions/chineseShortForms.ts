import { addWhereWritten } from './recurring';
import { PRIORITY } from './types';
import type { SentenceMentions } from '.';

/**
 * A Chinese short form defined in brackets right after the full name: 中国核工业集团有限公司（中核集团）,
 * 浙江石油化工有限公司（浙石化）. The short form takes characters of the full name in order; from
 * then on, in any sentence of the document, it names the same thing. A
 * candidate the sentence found for it by its head (中核集团) takes the full name, so both resolve
 * to one entity. Adds candidates in place.
 */
const TYPES = new Set(['Project', 'Firm', 'Organization']);
const SHORT = /^[（(]([\u3400-\u9fff]{3,6})[）)，,、]/;
const MIN_FULL = 5;

export function addChineseShortForms(sentences: SentenceMentions[]): void {
  const shorts = new Map<string, { type: string; name: string }>();
  for (const s of sentences) {
    const text = s.match.compact;
    for (const c of s.candidates) {
      if (!TYPES.has(c.type)) continue;
      const full = text.slice(c.start, c.end);
      const m = SHORT.exec(text.slice(c.end, c.end + 10));
      if (!m || full.length < MIN_FULL || m[1] === full || !abbreviates(m[1], full)) continue;
      if (!shorts.has(m[1])) shorts.set(m[1], { type: c.type, name: c.name ?? full });
    }
  }
  if (!shorts.size) return;
  for (const s of sentences) {
    const text = s.match.compact;
    for (const c of s.candidates) {
      const short = c.lexiconKey ? undefined : shorts.get(text.slice(c.start, c.end));
      if (short && c.type === short.type) c.name = short.name;
    }
  }
  addWhereWritten(sentences, [...shorts].sort((a, b) => b[0].length - a[0].length), (at, end, thing) => ({ start: at, end, type: thing.type, method: 'short-form', priority: PRIORITY.head, name: thing.name }));
}

/** Every character of the short form appears in the full name, in order (a city in front may drop: 大连长兴岛石化 → 长兴石化). */
function abbreviates(short: string, full: string): boolean {
  let at = 0;
  for (const ch of short) {
    at = full.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}
