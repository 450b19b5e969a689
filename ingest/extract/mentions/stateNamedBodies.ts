import { readRules } from '../data';
import { isCjkChar, toSimplified } from '../script';
import { overlaps, PRIORITY, type Candidate } from './types';

/**
 * Bodies named by their state and what they do (美國國際開發金融公司, 菲律賓國家石油公司,
 * 土库曼斯坦人民委员会, 非洲開發銀行), and Chinese firms whose registered name opens with 中国
 * (中国宏桥集团): the state is part of the name. Elsewhere a state before a firm is its
 * nationality (日本丸红公司) and head-word discovery leaves it out, or drops the rest as a mere
 * description (国家石油公司). Rules: data/rules/zh/stateNamedBodies.json.
 */
interface Rules { markers: string[]; words: string[]; heads: string[]; brandStates: string[]; maxBetween: number; nationalPrefix: string; nationalPrefixAfter: string }

const rules = readRules<Rules>('zh/stateNamedBodies.json');
const markers = new Set(rules.markers.map(toSimplified));
const descriptive = new Set([...rules.words.map(toSimplified), ...markers]);
const longestWord = Math.max(...[...descriptive].map((w) => w.length));
const bodyHeads = rules.heads.map(toSimplified).sort((a, b) => b.length - a.length);
const brandStates = new Set(rules.brandStates.map(toSimplified));
const FIRM_HEADS = new Set(['公司', '石油公司', '能源公司', '集团', '银行', '康采恩']);

/** Priority over the state's own lexicon match, which the longer name contains. */
const PRIORITY_STATE_NAMED = PRIORITY.lexicon + 1;

export function stateNamedBodyCandidates(text: string, known: Candidate[], pairs: Candidate[], headed: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const s of known) {
    if ((s.type !== 'State' && s.type !== 'Place') || s.end - s.start < 2 || s.nested) continue;
    // 非洲開發銀行（AfDB）, 非洲金融公司（AFC）: a name paired with its original that is only
    // description words and a head starts at the state or region before it.
    const paired = pairs.find((p) => p.start >= s.end && p.pairedName && describedBody(text, s.end, known, false)?.end === p.end);
    if (paired) {
      paired.start = s.start;
      paired.name = text.slice(s.start, paired.end);
      // A bank or fund named after a region (非洲開發銀行, 非洲金融公司) is a multilateral body.
      if (s.type === 'Place') paired.type = 'Organization';
      continue;
    }
    const body = describedBody(text, s.end, known, true);
    if (body) {
      const span = { start: s.start, end: body.end };
      // (A longer name read there, 中国核工业集团有限公司, or a paired one stays as it is.)
      if (pairs.some((p) => overlaps(p, span)) || headed.some((h) => overlaps(h, span) && h.end > span.end)) continue;
      out.push({ start: s.start, end: body.end, type: s.type === 'Place' ? 'Organization' : body.type, method: 'state-named-body', priority: PRIORITY_STATE_NAMED });
      continue;
    }
    // 中国宏桥集团: a firm found by its head right after 中国 carries it in its registered name.
    if (s.type !== 'State' || !brandStates.has(text.slice(s.start, s.end))) continue;
    const firm = headed.find((h) => h.start === s.end && h.type === 'Firm' && h.method === 'head-word');
    // (A longer name already read there, 中国核工业集团有限公司, stays whole.)
    if (firm && !known.some((k) => k !== s && overlaps(k, firm)) && !headed.some((h) => h !== firm && overlaps(h, firm) && h.end > firm.end)) out.push({ start: s.start, end: firm.end, type: 'Firm', method: 'state-named-body', priority: PRIORITY_STATE_NAMED });
  }
  out.push(...nationalGroups(text, known, headed));
  return out;
}

/** 国家电力投资集团: 国家 at the start of a phrase, description words and a head. */
function nationalGroups(text: string, known: Candidate[], headed: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const prefix = toSimplified(rules.nationalPrefix);
  for (let at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
    if (at > 0 && !rules.nationalPrefixAfter.includes(text[at - 1])) continue;
    const body = describedBody(text, at + prefix.length, known, false);
    if (!body) continue;
    const span = { start: at, end: body.end };
    if (known.some((k) => overlaps(k, span) && k.type !== 'Resource') || headed.some((h) => overlaps(h, span) && (h.start < span.start || h.end > span.end))) continue;
    out.push({ ...span, type: body.type, method: 'state-named-body', priority: PRIORITY_STATE_NAMED });
  }
  return out;
}

/** Description words (at least one marker, when asked) and a head right after `from`; nothing known in between. */
function describedBody(text: string, from: number, known: Candidate[], needsMarker: boolean): { end: number; type: string } | undefined {
  let best: { end: number; type: string } | undefined;
  // Cut the words between greedily, longest first; a head may follow any cut.
  let at = from;
  let marked = !needsMarker;
  for (let steps = 0; steps <= rules.maxBetween && at <= text.length; steps++) {
    if (marked) {
      const head = bodyHeads.find((h) => text.startsWith(h, at));
      if (head) best = { end: at + head.length, type: FIRM_HEADS.has(head) ? 'Firm' : 'Organization' };
    }
    let word: string | undefined;
    for (let len = Math.min(longestWord, text.length - at); len >= 1; len--) {
      const w = text.slice(at, at + len);
      if (descriptive.has(w)) { word = w; break; }
    }
    if (!word || !isCjkChar(text[at])) break;
    if (markers.has(word)) marked = true;
    at += word.length;
    if (at - from > rules.maxBetween) break;
  }
  if (!best) return undefined;
  const end = best.end;
  // A name the lexicon knows inside (越南国家油气集团 itself, 中国石油天然气集团) stays the lexicon's.
  if (known.some((k) => k.type !== 'State' && k.type !== 'Place' && k.type !== 'Resource' && k.start < end && from < k.end)) return undefined;
  // The head must end a word: 国家石油公司的 yes, 国家石油公司司 no; a following CJK head letter is rare enough to ignore.
  return best;
}
