import { readRules } from '../data';
import { isCjkChar, toSimplified } from '../script';
import { PRIORITY, type Candidate } from './types';
import { isTransliterated, writesForeignName } from './transliteration';
import type { SentenceMentions } from '.';
import { addWhereWritten } from './recurring';
import { headRules } from './heads';

/**
 * Latin-script names written bare inside Chinese text: 美国稀土企业MP Materials, 泰国的PTTEP则持有8.5%,
 * 子公司MEPMOZ持有20%, 与美国的Venture Global签订…合约. Firms of every country keep their Latin
 * names in Chinese news, and no list can hold them all; the Chinese script has no capitals to tell
 * a name from an abbreviation, so a run is taken as a name only when a cue types it: a description
 * ending in a head word right before it (…企业, …机构), a typed name it is coordinated with, a state
 * before it, or a word such as 旗下. Bare abbreviations without a cue (FID, EPC) stay words.
 * Vocabulary: data/rules/zh/latinNames.json.
 */

interface LatinWords {
  descriptionHeads: Record<string, string[]>;
  minLength: number;
  afterState: string[];
  firmBefore: string[];
  coordinatedTypes: string[];
  coordinators: string[];
  notNames: string[];
}

const words = readRules<LatinWords>('zh/latinNames.json');
const NOT_NAMES = new Set(words.notNames.map((t) => t.toLowerCase()));
const afterState = words.afterState.map(toSimplified);
const firmBefore = words.firmBefore.map(toSimplified).sort((a, b) => b.length - a.length);
const COORDINATED = new Set(words.coordinatedTypes);
const typeOfHead = new Map(Object.entries(words.descriptionHeads).flatMap(([type, list]) => list.map((h) => [toSimplified(h), type] as const)));
const headAlternation = [...typeOfHead.keys()].sort((a, b) => b.length - a.length).join('|');
/** After a description head: one to four capitalised words (MP Materials, Rio Tinto, BHP); a lower-case word ends the name. */
const DESCRIBED = new RegExp(`(${headAlternation})\\s?([A-Z][A-Za-z0-9&.\\-]*(?: [A-Z][A-Za-z0-9&.\\-]*){0,3})(?![A-Za-z])`, 'g');
/** Capitalised words or an acronym, with digits, & and hyphens inside (ONGC Videsh, US EXIM, E&P). */
const RUN = /[A-Z][A-Za-z0-9&\-]*(?: [A-Z][A-Za-z0-9&\-]*)*/g;
const COORDINATORS = new Set(words.coordinators.map(toSimplified));
const METHOD = 'latin-name';
/** Words of a trade that end a firm's name written after its Latin part (PXP能源, ABC矿业); from the firm sound heads. */
const FIRM_TRADE_WORDS = (headRules.soundHeadWords.get('Firm') ?? []).sort((a, b) => b.length - a.length);

export function latinNameCandidates(text: string, known: Candidate[]): Candidate[] {
  if (!/[A-Z]/.test(text)) return [];
  // A description types more surely than context: its names are found first and count as typed.
  const described = describedNames(text, known);
  const typed = described.length ? [...known, ...described] : known;
  const out: Candidate[] = [...described, ...nationalPairs(text, typed)];
  for (const m of text.matchAll(RUN)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (!standsAlone(text, start, end, m[0]) || typed.some((k) => k.start < end && start < k.end)) continue;
    const type = typeFromContext(text, start, end, typed);
    if (type) out.push({ start, end, type, method: METHOD, priority: PRIORITY.compromise });
  }
  return out;
}

/**
 * 美国稀土企业MP Materials, 澳大利亚矿企Lynas: the description before the name ends in a head
 * word, which types the name as it would a Chinese name it ended.
 */
function describedNames(text: string, known: Candidate[]): Candidate[] {
  // Most Chinese sentences hold no capital letter right after a CJK character: a cheap test first.
  if (!/[\u4e00-\u9fff]\s?[A-Z]/.test(text)) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(DESCRIBED)) {
    const start = m.index! + m[0].length - m[2].length;
    const latinEnd = start + m[2].replace(/[.\-]+$/, '').length;
    // 菲律宾企业PXP能源: a word for a firm's trade right after the Latin run is part of its name.
    const end = latinEnd + (m[2].includes(' ') ? 0 : (FIRM_TRADE_WORDS.find((w) => text.startsWith(w, latinEnd))?.length ?? 0));
    if (latinEnd - start < 2 || NOT_NAMES.has(text.slice(start, end).toLowerCase()) || known.some((c) => c.start < end && start < c.end)) continue;
    out.push({ start, end, type: typeOfHead.get(m[1])!, method: METHOD, priority: PRIORITY.head });
  }
  return out;
}

const PAIR = /[（(]([A-Z][A-Za-z0-9 &\-]{1,40})[）)]/g;
const stopChars = toSimplified(readRules<{ stopChars: string }>('zh/pairs.json').stopChars);
const MAX_PAIRED = 6;

/**
 * 英国森特理克（Centrica）: a name written by sound with its Latin original, right after a state,
 * that no head word or lexicon types — a foreign firm (the state is its nationality).
 */
function nationalPairs(text: string, known: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(PAIR)) {
    const open = m.index!;
    const state = known.find((k) => k.type === 'State' && k.priority >= 0 && k.end < open && open - k.end >= 2 && open - k.end <= MAX_PAIRED);
    if (!state || NOT_NAMES.has(m[1].toLowerCase())) continue;
    const name = text.slice(state.end, open);
    // Written by sound (森特理克), not a description (卫星通讯社: a news agency, not a firm).
    if (![...name].every((c) => isCjkChar(c) && !stopChars.includes(c)) || !(isTransliterated(text, state.end, open) || writesForeignName(name))) continue;
    if (known.some((k) => k.priority >= 0 && k.start < open + m[0].length && state.end < k.end && k !== state)) continue;
    out.push({ start: state.end, end: open, type: 'Firm', method: METHOD, priority: PRIORITY.compromise, pairedName: m[1].trim(), name });
  }
  return out;
}

/** Between CJK text or punctuation, outside brackets, long enough, and no common abbreviation. */
function standsAlone(text: string, start: number, end: number, run: string): boolean {
  if (run.replace(/[^A-Za-z]/g, '').length < words.minLength || NOT_NAMES.has(run.toLowerCase())) return false;
  const before = text[start - 1];
  const after = text[end];
  if ((before && /[A-Za-z0-9.\-&]/.test(before)) || (after && /[A-Za-z0-9\-&]/.test(after))) return false;
  // In brackets it is the original of the name before it (paired elsewhere).
  const open = Math.max(text.lastIndexOf('（', start), text.lastIndexOf('(', start));
  const close = Math.max(text.lastIndexOf('）', start), text.lastIndexOf(')', start));
  if (open > close) return false;
  // A Latin passage (an English sentence or title) is read by the English name finder.
  return [...text].some((c) => isCjkChar(c));
}

function typeFromContext(text: string, start: number, end: number, known: Candidate[]): string | undefined {
  // Coordinated with a typed name: 印度的ONGC Videsh、印度石油公司（Oil India）与…
  for (const k of known) {
    if (!COORDINATED.has(k.type) || k.priority < 0) continue;
    if (k.start >= end && k.start - end <= 2 && COORDINATORS.has(text.slice(end, k.start))) return k.type;
    if (k.end <= start && start - k.end <= 2 && COORDINATORS.has(text.slice(k.end, start))) return k.type;
  }
  // A state before it: 泰国的PTTEP, 美国的Venture Global, 莫国国营的…
  const state = known.find((k) => k.type === 'State' && k.end <= start && start - k.end <= 3);
  if (state) {
    const between = text.slice(state.end, start);
    if (between === '的' || afterState.some((w) => between === w || between === `${w}的`)) return 'Firm';
  }
  if (firmBefore.some((w) => text.endsWith(w, start))) return 'Firm';
  return undefined;
}

/** A Latin name typed in one sentence is the same name where the text writes it again bare (出资支持MEPMOZ，…). */
export function addRecurringLatinNames(sentences: SentenceMentions[]): void {
  const names = new Map<string, string>();
  for (const s of sentences) for (const c of s.candidates) if (c.method === METHOD && !c.pairedName) names.set(s.match.compact.slice(c.start, c.end), c.type);
  if (!names.size) return;
  addWhereWritten(sentences, names, (at, end, type, text) => (standsAlone(text, at, end, text.slice(at, end)) ? { start: at, end, type, method: METHOD, priority: PRIORITY.compromise } : undefined));
}
