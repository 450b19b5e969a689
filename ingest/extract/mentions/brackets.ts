import type { Lexicon } from '../lexicon';
import { matchAll } from '../matchAll';
import { nameKey } from '../script';
import { headOf, onlyGenericWords } from './heads';
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
    if (!head) {
      const named = namedByContext(text, inner, start, end);
      if (named) out.push(named);
      continue;
    }
    if (m[1] === undefined && !['Policy', 'Agreement', 'Event', 'Project', 'Organization', 'Firm'].includes(head.type)) continue;
    // A quoted kind of thing (“经济伙伴关系协定”, “超超临界压火力发电站”) is no name; a book title may be.
    if (m[1] === undefined && onlyGenericWords(inner.slice(0, inner.length - head.word.length))) continue;
    // Quoted epithets after "regarded as" (被視為「第二中東」、「21 世紀的戰略能源基地」) describe, not name.
    if (m[1] === undefined && isEpithet(text, m.index)) continue;
    out.push({ start, end, type: head.type, method: 'title-bracket', priority: PRIORITY.bracket });
  }
  return out;
}

const EPITHET_VERB = /(?:[视視]为|[视視]作|[称稱]为|[誉譽]为|看作|当作|當作)(?:是)?$/;
const QUOTED_BEFORE = /[「“『][^「」“”『』]*[」”』][、，,和与與及]?$/;

/** The quote opening at `at` is one of a list of quotes right after 視為 / 稱為 / 譽為. */
function isEpithet(text: string, at: number): boolean {
  let before = text.slice(Math.max(0, at - 80), at);
  for (let hop = 0; hop < 4; hop++) {
    const earlier = QUOTED_BEFORE.exec(before);
    if (!earlier) break;
    before = before.slice(0, earlier.index);
  }
  return EPITHET_VERB.test(before);
}

/** Types a quoted phrase takes from a head word next to it (it names a programme, a firm, a project). */
const CONTEXT_TYPES = new Set(['Policy', 'Project', 'Firm', 'Organization']);
const LATIN_PAIR = /^[（(]([A-Za-z][A-Za-z0-9 .,&'’+\-]{0,40})[）)]/;

/**
 * A quoted phrase without a head of its own, typed by the head word right after it (“战略性剩余天然气”
 * （SBL）制度, “领跑者”制度, “走出去”战略) or right before it (半导体公司“急速（Rapidus）”): the
 * phrase is the name, the head says what it names. Heads of one character (部, 法) are too often
 * the start of an ordinary word (部分, 法律) to count here.
 */
function namedByContext(text: string, inner: string, start: number, end: number): Candidate | undefined {
  let name = inner;
  let pairedName: string | undefined;
  const innerPair = /^(.+?)[（(]([A-Za-z][^（）()]{0,40})[）)]$/.exec(inner);
  if (innerPair) [name, pairedName] = [innerPair[1], innerPair[2]];
  let after = end + 1;
  const outerPair = LATIN_PAIR.exec(text.slice(after, after + 44));
  if (outerPair) {
    pairedName ??= outerPair[1];
    after += outerPair[0].length;
  }
  if (name.length < 2 || /^[\d\s\p{P}]/u.test(name)) return undefined;
  const next = headStarting(text, after);
  const previous = headOf(text.slice(Math.max(0, start - 5), start - 1), true);
  // Before the phrase only a firm or body names it (a 项目 before a quote is mostly a research grant's title).
  const type = next?.type ?? (previous && previous.word.length >= 2 && (previous.type === 'Firm' || previous.type === 'Organization') ? previous.type : undefined);
  if (!type) return undefined;
  return { start, end: start + name.length, type, method: 'title-bracket', priority: PRIORITY.bracket, pairedName, name };
}

/** The longest head word of two or more characters that starts at `at` and ends a word there. */
function headStarting(text: string, at: number): { type: string } | undefined {
  for (let len = 4; len >= 2; len--) {
    const word = text.slice(at, at + len);
    if (word.length < len) continue;
    const head = headOf(`x${word}`, true);
    if (head && head.word === word && CONTEXT_TYPES.has(head.type)) return head;
  }
  return undefined;
}
