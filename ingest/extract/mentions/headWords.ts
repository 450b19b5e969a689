import { isWordSeparator, type Segmentation, type Token } from '../segment';
import { isCjkChar } from '../script';
import type { Lexicon } from '../lexicon';
import { isStateAbbreviation } from './abbreviations';
import { headEndingAt, headRules, heads, onlyGenericWords } from './heads';
import { isTransliterated, writesForeignName } from './transliteration';
import { overlaps, PRIORITY, type Candidate } from './types';

/** Place heads, bracketed or not (县, 市, 地区): a modifier ending in one is a place of its own. */
// (Not 州: it ends the names of cities too, 杭州市, 北九州市.)
// (省 types a name only after a foreign name, but before a city it is a province: 广东省深圳市.)
// (And the heads that type a foreign name by sound — 大区, 岛, 边疆区 —: 库斯科大区丘姆比维尔卡斯省 is a province in a region.)
const placeHeads = [...new Set([...heads.filter((h) => h.type === 'Place' && h.word.length <= 3 && h.word !== '州' && h.word !== '角').map((h) => h.word), '省'])];

/** A unit number after a plant's name, not followed by 机组 (unit) or a measure. */
const UNIT_NUMBER = /^\d{1,2}号(?!机)/;

/** Types that end the walk back from a head: they modify the name (日本丸红公司 = 丸红公司 in Japan). */
const MODIFIER_TYPES = new Set(['State', 'Place']);
/** Types of names that already carry their own head (三井物产 + 公司). */
const NAME_TYPES = new Set(['Firm', 'Organization', 'Project', 'Policy', 'Agreement', 'Event']);

/**
 * Names ending in a firm, organisation or project head word (…公司, …集團, …機構, …項目, …站),
 * with the modifiers before it found by segmentation: walk back token by token until a
 * function word, a verb, punctuation, a number or a state/place name.
 */
export function headWordCandidates(text: string, words: Segmentation, known: Candidate[], lexicon?: Lexicon): Candidate[] {
  const out: Candidate[] = [];
  // Where a description that ends in a firm's head stops a firm's name (上市公司|能源转型矿业).
  const describedFrom = new Set<number>();
  let from = 0;
  for (let end = 1; end <= text.length; end++) {
    if (end <= from) continue;
    // Everything that can be told from the text comes before the word boundary, which needs the
    // sentence cut into words.
    const head = headEndingAt(text, end);
    if (!head) continue;
    const headStart = end - head.word.length;
    // 安纳达科石油: the commodity the lexicon finds in the head is the firm's head word here.
    // 韦尔德山稀土矿: so is the commodity a mine's head is made of.
    if (overlapsAny(known, headStart, end) && !((head.soundOnly || head.type === 'Project') && onlyCommodityOn(known, headStart, end))) continue;
    // The name right before the head is known and of the head's kind (三井物产公司): nothing new here.
    if (namedRightBefore(known, headStart, head.type)) continue;
    // 黑海港口新罗西斯克, 北部油田鲁迈拉: a head word followed by a known name of its kind is a description of that name.
    if (head.type === 'Project' && known.some((k) => k.start === end && (k.type === 'Project' || k.type === 'Place'))) continue;
    // Nothing before the head to walk back over: at the start, or after punctuation (a word of
    // its own, which no name takes as a modifier).
    if (headStart === 0 || isWordSeparator(text.charCodeAt(headStart - 1))) continue;
    if (!words.has(end) && !gluedStopAfter(words, end)) continue;
    let start = headStart;
    const toks = words.tokens;
    const modifierTokens: string[] = [];
    for (let k = toks.length - 1; k >= 0; k--) {
      const t = toks[k];
      if (t.start >= start) continue;
      if (t.end > start) {
        start = t.start; // a token running into the head: 火力发电|站
        continue;
      }
      if (t.end !== start || headStart - t.start > headRules.maxModifierLength) break;
      // 菲律宾珊瑚湾镍矿项目: a place found just before a project's head names the project.
      const place = head.type === 'Project' ? placeEndingAt(out, start) : undefined;
      if (place) {
        start = place.start;
        modifierTokens.push(text.slice(place.start, place.end));
        while (k > 0 && toks[k - 1].end > start) k--;
        continue;
      }
      // 九州地区熊本县菊阳町: a place in a place is two names.
      if (head.type === 'Place' && (endsLikePlace(t.word) || (modifierTokens.length > 0 && placeHeads.includes(t.word)))) break;
      // 湛江炼化项目, 福建炼油乙烯项目: a facility named after the place it stands in is a project
      // by that name; the place is part of it, as with a place found by its own head above.
      // Only over a description (炼化, 炼油乙烯): a place before a name of its own (苏门答腊塔拉罕火力发电站)
      // or before the head alone (东南亚镍矿) says where the project is.
      const knownPlace = head.type === 'Project' && modifierTokens.length > 0 ? knownPlaceEndingAt(known, start) : undefined;
      if (knownPlace && headStart - knownPlace.start <= headRules.maxModifierLength && describesOnly(text, start, headStart, known)) {
        start = knownPlace.start;
        modifierTokens.push(text.slice(knownPlace.start, knownPlace.end));
        while (k > 0 && toks[k - 1].end > start) k--;
        continue;
      }
      // 铬|矿经|马普托港: a word the segmenter does not know that ends in a function word (经, 由) ends the name there.
      if (t.tag === 'x' && t.word.length > 1 && headRules.stopWords.has(t.word[t.word.length - 1])) break;
      if (!acceptsModifier(t, known, head.type) && !continuesSoundRun(t, modifierTokens)) break;
      // 巴西第三大电力公司CPFL能源公司: a word that is itself a firm's head, before the name's own
      // modifiers, describes the firm; the name starts after it.
      if (head.type === 'Firm' && modifierTokens.length > 0 && /(?:公司|集团)$/.test(t.word)) {
        describedFrom.add(t.end);
        break;
      }
      start = t.start;
      modifierTokens.push(t.word);
    }
    // 中国－中亚峰会, 中国-东盟博览会: two known parties joined by a dash name the event or agreement.
    if (start === headStart && headRules.partyNamedHeads.has(head.type)) start = dashedPartiesBefore(text, headStart, known) ?? start;
    if (start === headStart) continue;
    if (lexicon && headRules.partyNamedHeads.has(head.type)) start = partiesBefore(lexicon, text, start, known);
    // 新潟|县柏崎|市 cut by segmentation across two names: the place ends at its inner head.
    if (head.type === 'Place') start = afterInnerPlaceHead(text, start, headStart);
    const name = text.slice(start, end);
    if (name.length < headRules.minNameLength) continue;
    if (head.soundOnly && !writesForeignName(text.slice(start, headStart))) continue;
    // 斯卡伯勒天然气|田开发项目: the name goes on to a project's head; that walk will find it.
    if (head.soundOnly && continuesToProject(text, end)) continue;
    if (headRules.genericNames.has(name) || headRules.genericNames.has(text.slice(start, headStart))) continue;
    // Only description words before the head (双边贸易协议, 火力发电站): not a name.
    if (onlyGenericWords(text.slice(start, headStart)) || (modifierTokens.length > 0 && modifierTokens.every((w) => headRules.genericModifiers.has(w)))) continue;
    // 稀土项目, 锂盐湖项目, 大铀矿: commodities and description words only, a kind of thing, not a name.
    if (onlyCommoditiesAndGenericWords(text, start, headStart, known) && !knownNameEndingAt(known, start)) continue;
    // 钱凯港开港, 离港: 港 after a verb of ships or of opening a port is part of that verb.
    if (head.word === '港' && headRules.portArrivalVerbs.includes(text[headStart - 1])) continue;
    // 制裁使该项目: a demonstrative makes the phrase a reference, not a name.
    if ([...text.slice(start, headStart)].some((ch) => headRules.demonstratives.includes(ch))) continue;
    if (headModifiesNext(words, end, head.type, head.word)) continue;
    if (headRules.relationalHeads.some((r) => name.endsWith(r))) continue;
    if (!isCjkChar(name[0]) && !/[A-Za-z]/.test(name[0])) continue;
    // 挪威钻井公司Seadrill, 澳洲新创公司「太阳缆线」: a firm's or
    // body's head right before a name is the description of that name, not a name of its own.
    if ((head.type === 'Firm' || head.type === 'Organization') && describesNameAfter(text, end, known)) continue;
    // 奥拉罗兹（Olaroz）锂盐湖项目: the name before the bracket was already taken as a pair.
    if (/[）)]/.test(text[start - 1] ?? '')) continue;
    // 横须贺火力发电站1号、…2号: a numbered unit listed on its own is named with its number
    // (a unit of a plant, 核电站3号机组, is a part of the plant, which stays the name).
    const unit = head.type === 'Project' ? UNIT_NUMBER.exec(text.slice(end, end + 8)) : null;
    out.push({ start, end: unit ? end + unit[0].length : end, type: head.type, method: 'head-word', priority: PRIORITY.head });
    from = end;
  }
  // The description itself (上市公司, 电力公司) names no firm.
  return describedFrom.size ? out.filter((c) => !(c.type === 'Firm' && describedFrom.has(c.end))) : out;
}

/**
 * 洛比托|港为|起点: the segmenter glues a function character to a head it does not know as a word
 * (港为 tagged x); the head still ends there, as it does before a glued stop in the walk back.
 */
function gluedStopAfter(words: Segmentation, end: number): boolean {
  for (const t of words.tokens) {
    if (t.start < end && t.end === end + 1) return t.tag === 'x' && headRules.gluedStops.has(t.word[t.word.length - 1]);
  }
  return false;
}

// Plain loops, not callbacks: a callback here would capture `end` and make the loop over every
// character of the sentence allocate a closure context per character.
function overlapsAny(known: Candidate[], start: number, end: number): boolean {
  for (const k of known) if (k.start < end && start < k.end) return true;
  return false;
}

/**
 * 日俄|渔业协定, 2010年中日|稀土风波: the parties' abbreviations before an agreement's or event's
 * name are part of it, which segmentation often cuts off (日 read as a numeral, 年中 as a word).
 * Two or more, so that a lone 对俄 or 在美 stays outside.
 */
const PARTY_TYPES = new Set(['State', 'Place', 'Organization']);

/** The start of "A－B" right before `at`, A and B known states, regions or bodies; undefined when there is none. */
function dashedPartiesBefore(text: string, at: number, known: Candidate[]): number | undefined {
  const second = known.find((k) => k.end === at && PARTY_TYPES.has(k.type));
  if (!second || !/[－\-–—]/.test(text[second.start - 1] ?? '')) return undefined;
  const first = known.find((k) => k.end === second.start - 1 && PARTY_TYPES.has(k.type));
  return first?.start;
}

function partiesBefore(lexicon: Lexicon, text: string, start: number, known: Candidate[]): number {
  let inside = start;
  while (isStateAbbreviation(lexicon, text[inside] ?? '')) inside++;
  let at = start;
  while (at > 0 && start - at < 4 && isStateAbbreviation(lexicon, text[at - 1]) && !overlapsAny(known, at - 1, at)) at--;
  return inside - at >= 2 ? at : start;
}

/**
 * The head word is not the end of a name: a numeral after it makes it a verb (专案规划两条生产线),
 * and a noun after a policy word makes it a modifier (稀有金属战略储备, 两国战略对话).
 */
function headModifiesNext(words: Segmentation, end: number, type: string, word: string): boolean {
  const next = words.tokens.find((t) => t.start === end);
  if (!next) return false;
  if (next.tag === 'm' && !/^\d/.test(next.word)) return true;
  if (headRules.industryHeads.has(word) && headRules.industryCompounds.has(next.word)) return true;
  return headRules.modifiedHeadTypes.has(type) && next.word.length >= 2 && (next.tag === 'n' || next.tag === 'vn');
}

function continuesToProject(text: string, end: number): boolean {
  for (let k = 1; k <= 6 && end + k <= text.length; k++) {
    if (!isCjkChar(text[end + k - 1])) return false;
    const next = headEndingAt(text, end + k);
    if (next?.type === 'Project') return true;
  }
  return false;
}

function placeEndingAt(found: Candidate[], at: number): Candidate | undefined {
  for (const c of found) if (c.end === at && c.type === 'Place') return c;
  return undefined;
}

/** The start of the last place name in text[start, headStart): after the last place head inside it. */
function afterInnerPlaceHead(text: string, start: number, headStart: number): number {
  for (let at = headStart - 1; at >= start; at--) for (const h of placeHeads) if (h.length === 1 && text[at] === h && at + 1 < headStart) return at + 1;
  return start;
}

/** A word that is itself a place name by its head (熊本县, 九州地区), longer than the head alone. */
function endsLikePlace(word: string): boolean {
  for (const h of placeHeads) if (word.length > h.length && word.endsWith(h)) return true;
  return false;
}

function knownPlaceEndingAt(known: Candidate[], at: number): Candidate | undefined {
  for (const k of known) if (k.end === at && k.type === 'Place' && k.priority >= 0) return k;
  return undefined;
}

/** 莫三比克液化天然氣專案: a state or place right before a commodity makes a project's name. */
/**
 * A name starts right after `at`: a Latin name, a quoted one, or a known firm or body. (A name
 * written by sound with its Latin original in brackets is left out: a title stands there as often,
 * 委员会主席孟菲（Mohamed al-Menfi）, and the body before the title is a name.)
 */
function describesNameAfter(text: string, at: number, known: Candidate[]): boolean {
  const next = text[at] ?? '';
  if (/[A-Za-z]/.test(next) || next === '「' || next === '“') return true;
  return known.some((k) => k.start === at && (k.type === 'Firm' || k.type === 'Organization'));
}

function knownNameEndingAt(known: Candidate[], at: number): boolean {
  for (const k of known) if (k.end === at && (k.type === 'State' || k.type === 'Place')) return true;
  return false;
}

/** Description words, commodities or both (炼化, 炼油乙烯, 液化天然气): no name of its own. */
function describesOnly(text: string, start: number, end: number, known: Candidate[]): boolean {
  return onlyGenericWords(text.slice(start, end)) || onlyCommoditiesAndGenericWords(text, start, end, known);
}

/** Whether text[start, end) is made of known commodities and generic modifiers only, with one commodity at least. */
function onlyCommoditiesAndGenericWords(text: string, start: number, end: number, known: Candidate[]): boolean {
  let at = start;
  let commodities = 0;
  while (at < end) {
    const commodity = known.find((k) => k.start === at && k.end <= end && k.type === 'Resource');
    if (commodity) {
      commodities++;
      at = commodity.end;
      continue;
    }
    let next = -1;
    for (let to = end; to > at; to--) if (onlyGenericWords(text.slice(at, to))) { next = to; break; }
    if (next < 0) return false;
    at = next;
  }
  return commodities > 0;
}

function onlyCommodityOn(known: Candidate[], start: number, end: number): boolean {
  for (const k of known) if (k.start < end && start < k.end && !(k.type === 'Resource' && k.start >= start && k.end <= end)) return false;
  return true;
}

function namedRightBefore(known: Candidate[], at: number, type: string): boolean {
  for (const k of known) if (k.end === at && NAME_TYPES.has(k.type) && k.type === type) return true;
  return false;
}

/**
 * 奥|尤|陶勒盖铜矿: the segmenter cuts a transliteration it does not know into single characters it
 * tags as words of their own (尤 an adverb). A single sound character right before a word already
 * taken is part of the same foreign name when the two read as one (three in four of their characters
 * write sounds).
 */
function continuesSoundRun(t: Token, modifierTokens: string[]): boolean {
  const next = modifierTokens.at(-1);
  if (t.word.length !== 1 || next === undefined || headRules.stopWords.has(t.word)) return false;
  return isTransliterated(t.word, 0, 1) && next.length >= 2 && writesForeignName(t.word + next);
}

export function acceptsModifier(t: Token, known: Candidate[], headType: string): boolean {
  if (headRules.stopWords.has(t.word)) return false;
  if (/^[\s\p{P}\p{S}]+$/u.test(t.word)) return false;
  if (/^\d/.test(t.word)) return false;
  const inKnown = known.find((k) => overlaps(k, t));
  if (inKnown) {
    if (inKnown.type === 'Person') return false;
    // A state names the nationality of a firm (日本丸红公司); a city or region is part of a firm's
    // name (东京天然气公司); both modify projects, agencies and smaller places from outside (北海道千岁市).
    if (inKnown.type === 'State') return false;
    if (inKnown.type === 'Place') return headType === 'Firm';
    return true;
  }
  if (t.tag === 'eng') return true;
  // 马亨格石墨|矿由|黑岩矿业: a function character glued to the end of an unknown word ends the name.
  if (t.tag === 'x' && headRules.gluedStops.has(t.word[t.word.length - 1])) return false;
  // A word the segmenter does not know (菊阳|町, 飞田|雅则) is most often a name.
  if (t.tag === 'x' && t.word.length >= 2 && isCjkChar(t.word[0]) && isCjkChar(t.word[t.word.length - 1])) return true;
  // The segmenter tags pieces of a transliteration it does not know as x (安纳|达科石油).
  if (t.tag === 'x' && t.word.length >= 2 && isTransliterated(t.word, 0, t.word.length)) return true;
  if (t.word.length === 1) return headRules.singleCharTags.has(t.tag);
  if (t.tag.startsWith('v') && t.word.length >= headRules.stopVerbMinLength) return false;
  if (headRules.stopTags.has(t.tag)) return false;
  return true;
}
