import { isWordSeparator, type Segmentation, type Token } from '../segment';
import { isCjkChar } from '../script';
import { headEndingAt, headRules } from './heads';
import { isTransliterated, writesForeignName } from './transliteration';
import { overlaps, PRIORITY, type Candidate } from './types';

/** Types that end the walk back from a head: they modify the name (日本丸红公司 = 丸红公司 in Japan). */
const MODIFIER_TYPES = new Set(['State', 'Place']);
/** Types of names that already carry their own head (三井物产 + 公司). */
const NAME_TYPES = new Set(['Firm', 'Organization', 'Project', 'Policy', 'Agreement', 'Event']);

/**
 * Names ending in a firm, organisation or project head word (…公司, …集團, …機構, …項目, …站),
 * with the modifiers before it found by segmentation: walk back token by token until a
 * function word, a verb, punctuation, a number or a state/place name.
 */
export function headWordCandidates(text: string, words: Segmentation, known: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let from = 0;
  for (let end = 1; end <= text.length; end++) {
    if (end <= from) continue;
    // Everything that can be told from the text comes before the word boundary, which needs the
    // sentence cut into words.
    const head = headEndingAt(text, end);
    if (!head) continue;
    const headStart = end - head.word.length;
    // 安纳达科石油: the commodity the lexicon finds in the head is the firm's head word here.
    if (overlapsAny(known, headStart, end) && !(head.soundOnly && onlyCommodityOn(known, headStart, end))) continue;
    // The name right before the head is known and of the head's kind (三井物产公司): nothing new here.
    if (namedRightBefore(known, headStart, head.type)) continue;
    // Nothing before the head to walk back over: at the start, or after punctuation (a word of
    // its own, which no name takes as a modifier).
    if (headStart === 0 || isWordSeparator(text.charCodeAt(headStart - 1))) continue;
    if (!words.has(end)) continue;
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
      if (t.end !== start || !acceptsModifier(t, known, head.type) || headStart - t.start > headRules.maxModifierLength) break;
      start = t.start;
      modifierTokens.push(t.word);
    }
    const name = text.slice(start, end);
    if (name.length < headRules.minNameLength || start === headStart) continue;
    if (head.soundOnly && !writesForeignName(text.slice(start, headStart))) continue;
    if (headRules.genericNames.has(name) || headRules.genericNames.has(text.slice(start, headStart))) continue;
    // Only description words before the head (双边贸易协议, 火力发电站): not a name.
    if (headRules.genericModifiers.has(text.slice(start, headStart)) || (modifierTokens.length > 0 && modifierTokens.every((w) => headRules.genericModifiers.has(w)))) continue;
    if (!isCjkChar(name[0]) && !/[A-Za-z]/.test(name[0])) continue;
    // 奥拉罗兹（Olaroz）锂盐湖项目: the name before the bracket was already taken as a pair.
    if (/[）)]/.test(text[start - 1] ?? '')) continue;
    out.push({ start, end, type: head.type, method: 'head-word', priority: PRIORITY.head });
    from = end;
  }
  return out;
}

// Plain loops, not callbacks: a callback here would capture `end` and make the loop over every
// character of the sentence allocate a closure context per character.
function overlapsAny(known: Candidate[], start: number, end: number): boolean {
  for (const k of known) if (k.start < end && start < k.end) return true;
  return false;
}

function onlyCommodityOn(known: Candidate[], start: number, end: number): boolean {
  for (const k of known) if (k.start < end && start < k.end && !(k.type === 'Resource' && k.start === start && k.end === end)) return false;
  return true;
}

function namedRightBefore(known: Candidate[], at: number, type: string): boolean {
  for (const k of known) if (k.end === at && NAME_TYPES.has(k.type) && k.type === type) return true;
  return false;
}

export function acceptsModifier(t: Token, known: Candidate[], headType: string): boolean {
  if (headRules.stopWords.has(t.word)) return false;
  if (/^[\s\p{P}\p{S}]+$/u.test(t.word)) return false;
  if (/^\d/.test(t.word)) return false;
  const inKnown = known.find((k) => overlaps(k, t));
  if (inKnown) {
    if (inKnown.type === 'Person') return false;
    // A state names the nationality of a firm (日本丸红公司); a city or region is part of a firm's
    // or place's name (东京天然气公司, 西澳大利亚州); both modify projects and agencies from outside.
    if (inKnown.type === 'State') return false;
    if (inKnown.type === 'Place') return headType === 'Firm' || headType === 'Place';
    return true;
  }
  if (t.tag === 'eng') return true;
  // The segmenter tags pieces of a transliteration it does not know as x (安纳|达科石油).
  if (t.tag === 'x' && t.word.length >= 2 && isTransliterated(t.word, 0, t.word.length)) return true;
  if (t.word.length === 1) return headRules.singleCharTags.has(t.tag);
  if (t.tag.startsWith('v') && t.word.length >= headRules.stopVerbMinLength) return false;
  if (headRules.stopTags.has(t.tag)) return false;
  return true;
}
