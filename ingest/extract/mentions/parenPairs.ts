import nlp from 'compromise';
import { matchAll } from '../matchAll';
import { readRules } from '../data';
import type { Lexicon } from '../lexicon';
import { isCjkChar, nameKey, toSimplified } from '../script';
import { headOf, headRules, type Head } from './heads';
import { dottedNameStart, isSoundChar, isTransliterated, writesForeignName } from './transliteration';
import type { Segmentation } from '../segment';
import { overlaps, PRIORITY, type Candidate } from './types';

interface PairRules {
  stopChars: string;
  personTitles: string[];
  maxNameLength: number;
  maxPersonLength: number;
  firmEndings: string[];
  appositionWords: string[];
  describedBy: Record<string, string[]>;
  copulas: string[];
  placeAfter: string[];
}

const rules = readRules<PairRules>('zh/pairs.json');
/** Words that relate the name to another before it, never part of it. */
const APPOSITION_WORDS = rules.appositionWords.map((w) => toSimplified(w));
const firmEndings = rules.firmEndings.map((e) => toSimplified(e));
const describedBy = Object.entries(rules.describedBy).flatMap(([type, heads]) => heads.map((h) => ({ head: toSimplified(h), type })))
  .sort((a, b) => b.head.length - a.head.length);
const copulas = rules.copulas.map(toSimplified);
const placeAfter = rules.placeAfter.map(toSimplified);
const titles = rules.personTitles.map((t) => toSimplified(t)).sort((a, b) => b.length - a.length);
/** How far before a person's name a title that runs into it may start (首席执行官 is five characters). */
const TITLE_OVERLAP = 4;
// Latin letters with diacritics too: 沃旭能源（Ørsted）, 丘卡卢-佩吉（Čukaru Peki）, 武契奇（Aleksandar Vučić）.
const PAIR = /[（(]([A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9 .,&'’+\-]{0,60}?)[）)]/g;

/**
 * 中文（Latin） pairs: 普欽（Vladimir Putin）, 日本金属和能源安全组织（JOGMEC）. The Chinese name is
 * the run of characters before the bracket back to a stop character; the Latin name is paired
 * with it, so both become aliases of one entity. Type: the lexicon entry of either name, else the
 * head word of the Chinese name, else a person when compromise reads the Latin as one.
 */
export function parenPairCandidates(lexicon: Lexicon, text: string, known: Candidate[], words: Segmentation): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchAll(PAIR, text)) {
    const latin = m[1].trim();
    const open = m.index;
    if (!isCjkChar(text[open - 1])) continue;
    const adjacent = known.find((k) => k.end === open);
    const latinEntry = lexicon.byNameKey.get(nameKey(latin));
    // 安纳达科石油（Anadarko）: a commodity right before the bracket is the head of a firm's name,
    // not the thing the Latin names.
    // 西方石油（Occidental）, 莫三比克液化天然气（Mozambique LNG）: a proper Latin name that is not the
    // commodity's own names it together with the words before it.
    const renamesCommodity = adjacent?.type === 'Resource' && latinEntry?.key !== adjacent.lexiconKey
      && (headOf(text.slice(Math.max(0, adjacent.start - 4), open), false)?.soundOnly || (/^\p{Lu}/u.test(latin) && adjacent.start > 0 && isCjkChar(text[adjacent.start - 1]) && !rules.stopChars.includes(text[adjacent.start - 1])));
    if (renamesCommodity) adjacent!.priority = -1;
    else if (adjacent && (adjacent.lexiconKey || adjacent.method === 'title-bracket')) {
      adjacent.pairedName = latin;
      continue;
    }
    let start = open;
    while (start > 0 && open - start < rules.maxNameLength) {
      const ch = text[start - 1];
      // 戈尔芬纽—阿图姆（Golfinho-Atum）: a dash joins two parts of a name whose original has a hyphen
      // (a double dash —— opens an aside and ends the name).
      const joiningDash = /[—–]/.test(ch) && latin.includes('-') && !/[—–]/.test(text[start - 2] ?? '') && !/[—–]/.test(text[start] ?? '');
      if (!joiningDash && (rules.stopChars.includes(ch) || !(isCjkChar(ch) || /[0-9A-Za-z\s·・-]/.test(ch)))) break;
      // 住友商社子公司日本液化天然气（LNG JAPAN）: a relation word (子公司) stands before the name.
      if (start < open && APPOSITION_WORDS.some((w) => text.endsWith(w, start))) break;
      // 秘鲁矿业公司火山矿业（Volcan）: a description ending in a firm's head, before a name with a firm's
      // head of its own, says what the firm is.
      if (open - start >= 3 && /(?:公司|集团)$/.test(text.slice(0, start)) && headOf(text.slice(start, open), true)?.type === 'Firm') break;
      // 全球最大硬岩锂矿格林布希斯（Greenbushes）: a description ending in a project's head, before a name
      // written wholly by sound, says what the project is.
      if (open - start >= 3 && /(?:矿|油田|气田|港口|电站)$/.test(text.slice(0, start)) && isTransliterated(text, start, open)) break;
      // 壳牌和法国电力（EDF）: 和 after another name joins two names, not the words of one.
      if (ch === '和' && (known.some((k) => k.end === start - 1 && k.priority >= 0) || /[）)]/.test(text[start - 2] ?? ''))) break;
      // Another name or a verb ends the walk (丰田通商收购了…).
      // (A commodity inside a firm's name does not: 巴拉特石油资源公司（BPRL）.)
      if (known.some((k) => k.end === start && k.priority >= 0 && k.type !== 'State' && k.type !== 'Place' && k.type !== 'Resource')) break;
      if (start < open && words.tokens.some((t) => t.end === start && t.word.length >= 2 && t.tag.startsWith('v') && !headOf(`x${t.word}`, false))) break;
      start--;
    }

    // A state or place that starts the run modifies the name (阿根廷奥拉罗兹): leave it out.
    // (A national agency keeps its state: 日本金属和能源安全组织.)
    // (So does a name whose original spells the state: 印度石油公司（Oil India）, 法国电力（EDF）, whose
    // rest alone is a commodity or a generic word.)
    const rest = withoutLeadingState(text, start, open, known);
    const keepsState = latinEntry?.type === 'Organization' || headOf(rest, true)?.type === 'Organization'
      || spellsLeadingState(lexicon, latin, text, start, open, known) || headRules.genericNames.has(rest) || lexicon.byNameKey.get(nameKey(rest))?.type === 'Resource';
    for (const k of known) if (!keepsState && k.start === start && k.end < open && (k.type === 'State' || k.type === 'Place')) start = k.end;
    while (start < open && /[\s0-9]/.test(text[start])) start++;
    const direction = /^(?:东南|东北|西南|西北|东|西|南|北|中)部/.exec(text.slice(start, open));
    if (direction) start += direction[0].length;
    let name = text.slice(start, open);
    // 英国能源业者森特理克（Centrica）: a description before a name written by sound types it and is
    // no part of it.
    const described = latinEntry || headOf(name, true) ? undefined : describedSoundName(name);
    if (described) {
      start += described.at;
      name = text.slice(start, open);
    }
    // A name with a head word (德尔加杜角省) is no person, whatever the Latin reads like.
    const person = !described && !latinEntry && !headOf(name, true) && isPersonName(latin);
    if (person || latinEntry?.type === 'Person') {
      // The walk may have stopped inside a title, at a verb the segmenter cut from it (北陆电力执|行长
      // 克罗利, 雪佛龙首席|执行官沃思): a title that ends inside the name is looked for from a few
      // characters before it, so the person starts after the whole title.
      const from = Math.max(0, start - TITLE_OVERLAP);
      const window = text.slice(from, open);
      for (const t of titles) {
        const at = window.lastIndexOf(t);
        if (at >= 0 && from + at + t.length > start && from + at + t.length < open) {
          start = from + at + t.length;
          name = text.slice(start, open);
          break;
        }
      }
      const dotted = dottedNameStart(text, start, open);
      if (dotted !== undefined) {
        start = dotted;
        name = text.slice(start, open);
      } else if (name.length > rules.maxPersonLength) {
        start = open - rules.maxPersonLength;
        name = text.slice(start, open);
      }
    }
    // 霍克比尔（Hawkbill）页岩气项目: the name goes on after the bracket up to its head word.
    const close = open + m[0].length;
    const tail = person ? undefined : trailingHead(text, close, known);
    // (With a head after the bracket one character is a name too: 泊（Tomari）核电站.)
    if (name.length < (tail ? 1 : 2)) continue;
    const nameEntry = lexicon.byNameKey.get(nameKey(name));
    const entry = latinEntry ?? nameEntry;
    const head = tail?.head ?? headOf(name, true);
    const entryFits = entry !== undefined && (!tail || entry.type === tail.head.type);
    const type = (entryFits ? entry?.type : undefined) ?? head?.type ?? described?.type ?? (person ? 'Person' : firmByCommodity(lexicon, name, latin) ? 'Firm' : /^[A-Z&-]{2,}$/.test(latin) ? 'Organization' : undefined)
      ?? (tail ? undefined : typeAfterSoundName(text, close, name));
    if (!type) continue;
    const span = { start, end: tail ? close + tail.length : open };
    if (tail) name += text.slice(close, close + tail.length);
    // Words inside the bracket belong to the paired name (印度石油公司（Oil India）: no Oil, no India).
    for (const k of known) if ((overlaps(k, span) || overlaps(k, { start: open, end: close })) && k.priority < PRIORITY.paren) k.priority = -1;
    out.push({ ...span, type, method: 'paren-pair', priority: PRIORITY.paren, lexiconKey: entryFits ? entry?.key : undefined, pairedName: latin, name });
  }
  return out;
}

/** Where a name written by sound starts after a description ending in a head word, and that head's type. */
function describedSoundName(run: string): { at: number; type: string } | undefined {
  for (const { head, type } of describedBy) {
    const at = run.lastIndexOf(head);
    if (at < 0) continue;
    const rest = run.slice(at + head.length);
    // (公司總裁卡比（Saad al-Kaabi）: a title after the description is a person's, read below.)
    if (rest.length < 2 || rest.length > 8 || ![...rest].every((c) => isCjkChar(c)) || headOf(rest, true) || titles.some((t) => rest.includes(t))) return undefined;
    // Half its characters at least write sounds (安柏, 森特理克), so it is a name and not more description.
    const sounds = [...rest].filter((c) => isSoundChar(c)).length;
    return sounds * 2 >= rest.length ? { at: at + head.length, type } : undefined;
  }
  return undefined;
}

/**
 * A name written by sound that nothing before it types: what the sentence says it is right after it —
 * a copula and a description ending in a head word (雷克迪克（Reko Diq）是…最大铜金矿床之一), or a word
 * of place (纳尔萨克（Narsaq）附近).
 */
function typeAfterSoundName(text: string, close: number, name: string): string | undefined {
  if (!writesForeignName(name)) return undefined;
  if (placeAfter.some((w) => text.startsWith(w, close))) return 'Place';
  const copula = copulas.find((c) => text.startsWith(c, close));
  if (!copula) return undefined;
  const clause = /^[^，,。；;：:！？（(]{2,30}/.exec(text.slice(close + copula.length))?.[0].replace(/之一$/, '');
  const head = clause ? headOf(clause, true) : undefined;
  return head && ['Project', 'Firm', 'Organization', 'Place'].includes(head.type) ? head.type : undefined;
}

/** The run without the state or place it starts with: its head decides whether the state stays (经济产业省 vs 德尔加杜角省). */
function withoutLeadingState(text: string, start: number, open: number, known: Candidate[]): string {
  const state = known.find((k) => k.start === start && k.end < open && (k.type === 'State' || k.type === 'Place'));
  const rest = text.slice(state ? state.end : start, open);
  return rest.replace(/^(?:东南|东北|西南|西北|东|西|南|北|中)部/, '');
}

/** The state the run starts with is named in the Latin original too (印度石油公司（Oil India）). */
function spellsLeadingState(lexicon: Lexicon, latin: string, text: string, start: number, open: number, known: Candidate[]): boolean {
  const state = known.find((k) => k.start === start && k.end < open && k.type === 'State' && k.lexiconKey);
  const entry = state?.lexiconKey ? lexicon.entries.get(state.lexiconKey) : undefined;
  if (!entry) return false;
  const words = latin.toLowerCase();
  return entry.names.some((n) => /^[A-Za-z]/.test(n) && n.length >= 3 && words.includes(n.toLowerCase()));
}

/**
 * A name ending in a commodity, paired with a proper Latin name, is a firm (西方石油（Occidental）,
 * 法国电力（EDF）): energy firms are named after what they sell.
 */
function firmByCommodity(lexicon: Lexicon, name: string, latin: string): boolean {
  if (!/^\p{Lu}/u.test(latin) || !isCjkChar(name[0])) return false;
  if (firmEndings.some((e) => name.length > e.length && name.endsWith(e))) return true;
  for (let k = 2; k < name.length; k++) if (lexicon.byNameKey.get(nameKey(name.slice(name.length - k)))?.type === 'Resource') return true;
  return false;
}

function trailingHead(text: string, from: number, known: Candidate[]): { head: Head; length: number } | undefined {
  let found: { head: Head; length: number } | undefined;
  for (let k = 1; k <= 8 && from + k <= text.length; k++) {
    const ch = text[from + k - 1];
    // (A commodity may be part of the head: 芒廷帕斯（Mountain Pass）稀土矿.)
    if (!isCjkChar(ch) || rules.stopChars.includes(ch) || '和与及或'.includes(ch) || known.some((c) => c.start === from + k - 1 && c.type !== 'Resource')) break;
    const piece = text.slice(from, from + k);
    const head = headOf(`x${piece}`, false);
    if (head && ['Project', 'Firm', 'Organization'].includes(head.type)) found = { head, length: k };
  }
  return found;
}

/**
 * compromise builds its word lists on its first call (about 0.1 s): a worker pays that while
 * loading, not on its first document. The answer is not kept, so nothing read later changes.
 */
export function loadPersonReader(): void {
  nlp('Vladimir Putin').people();
}

/** compromise's reading of a name depends on the name alone, and names recur: kept. */
const personNames = new Map<string, boolean>();
const MAX_REMEMBERED_NAMES = 20_000;

function isPersonName(latin: string): boolean {
  if (!/^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3}$/.test(latin)) return false;
  let person = personNames.get(latin);
  if (person === undefined) {
    person = nlp(latin).people().length > 0;
    if (personNames.size >= MAX_REMEMBERED_NAMES) personNames.clear();
    personNames.set(latin, person);
  }
  return person;
}
