import { readRules } from '../data';
import { toSimplified } from '../script';
import { writesForeignName } from './transliteration';

/** Head words that type names not in the lexicon (data/rules/zh/heads.json). */
interface HeadRules {
  types: Record<string, string[]>;
  bracketOnly: string[];
  minNameLength: number;
  maxModifierLength: number;
  stopTags: string[];
  stopVerbMinLength: number;
  stopWords: string[];
  gluedStops: string;
  genericNames: string[];
  genericModifiers: string[];
  singleCharTags: string[];
  soundHeads: Record<string, string[]>;
  partyNamedHeads: string[];
  demonstratives: string;
  modifiedHeadTypes: string[];
  relationalHeads: string[];
  industryHeads: string[];
  industryCompounds: string[];
  portArrivalVerbs: string;
}

const data = readRules<HeadRules>('zh/heads.json');
const simplify = (s: string) => toSimplified(s);

export interface Head {
  word: string;
  type: string;
  bracketOnly: boolean;
  /** Types a name only after a foreign name written by sound (安纳达科石油, 德尔加杜角省). */
  soundOnly?: boolean;
}

/** All heads, longest first so 发电站 wins over 站. */
export const heads: Head[] = [
  // Before the others of their length: after a foreign name, 省 is a province, not a ministry.
  ...Object.entries(data.soundHeads).flatMap(([type, words]) => words.map((w) => ({ word: simplify(w), type, bracketOnly: false, soundOnly: true }))),
  ...Object.entries(data.types).flatMap(([type, words]) => words.map((w) => ({ word: simplify(w), type, bracketOnly: data.bracketOnly.includes(w) }))),
].sort((a, b) => b.word.length - a.word.length);

export const headRules = {
  minNameLength: data.minNameLength,
  maxModifierLength: data.maxModifierLength,
  stopTags: new Set(data.stopTags),
  stopVerbMinLength: data.stopVerbMinLength,
  stopWords: new Set(data.stopWords.map(simplify)),
  gluedStops: new Set([...simplify(data.gluedStops)]),
  genericNames: new Set(data.genericNames.map(simplify)),
  genericModifiers: new Set(data.genericModifiers.map(simplify)),
  singleCharTags: new Set(data.singleCharTags),
  partyNamedHeads: new Set(data.partyNamedHeads),
  demonstratives: simplify(data.demonstratives),
  modifiedHeadTypes: new Set(data.modifiedHeadTypes),
  relationalHeads: data.relationalHeads.map(simplify),
  industryHeads: new Set(data.industryHeads.map(simplify)),
  /** The sound heads by type (石油, 能源 for firms): words of a trade that end a foreign firm's name. */
  soundHeadWords: new Map(Object.entries(data.soundHeads).map(([type, words]) => [type, words.map(simplify)])),
  industryCompounds: new Set(data.industryCompounds.map(simplify)),
  portArrivalVerbs: simplify(data.portArrivalVerbs),
};

/** Longest generic modifier, to cut a modifier into generic words. */
const longestGeneric = Math.max(...[...headRules.genericModifiers].map((w) => w.length));

/**
 * The modifiers are generic words only (双边贸易, 双边自由贸易, 经济伙伴关系, 超超临界压火力): the
 * phrase describes a kind of thing and names none. Segmentation may keep such words together
 * (双边贸易 is one word to it), so the words are cut again here against the generic list.
 */
export function onlyGenericWords(modifier: string): boolean {
  if (modifier.length === 0) return false;
  const reach = new Array<boolean>(modifier.length + 1).fill(false);
  reach[0] = true;
  for (let i = 0; i < modifier.length; i++) {
    if (!reach[i]) continue;
    for (let len = 1; len <= longestGeneric && i + len <= modifier.length; len++) if (headRules.genericModifiers.has(modifier.slice(i, i + len))) reach[i + len] = true;
  }
  return reach[modifier.length];
}

/**
 * Heads usable outside brackets by their last character, longest first (the order of `heads`):
 * the scan for head words asks at every word boundary which head ends there.
 */
export const headsByLastChar: ReadonlyMap<string, readonly Head[]> = (() => {
  const index = new Map<string, Head[]>();
  for (const h of heads) {
    if (h.bracketOnly) continue;
    const last = h.word[h.word.length - 1];
    index.set(last, [...(index.get(last) ?? []), h]);
  }
  return index;
})();

/** Code units that end some head: most characters end none, and a typed-array test is cheapest. */
const endsAHead = new Uint8Array(0x10000);
for (const last of headsByLastChar.keys()) endsAHead[last.charCodeAt(0)] = 1;

/** The first head (longest first) that ends `text` at `end`, if any; bracket-only heads never. */
export function headEndingAt(text: string, end: number): Head | undefined {
  if (endsAHead[text.charCodeAt(end - 1)] !== 1) return undefined;
  const candidates = headsByLastChar.get(text[end - 1]);
  if (!candidates) return undefined;
  for (const h of candidates) if (text.startsWith(h.word, end - h.word.length) && (!h.soundOnly || writesForeignName(text.slice(Math.max(0, end - h.word.length - 3), end - h.word.length)))) return h;
  return undefined;
}

/** Each head with its lower-case form when it is Latin (Company, Corp.): compared without case. */
const headEndings = heads.map((h) => ({ h, latinLower: /[A-Za-z]/.test(h.word[0]) ? h.word.toLowerCase() : undefined }));

/** Names recur (in a document and across documents): headOf is pure, so answers are kept. */
const headOfCache = new Map<string, Head | null>();
const MAX_CACHED_HEADS = 50_000;

/** The head a name ends with, if any (for bracketed titles and paired names). */
export function headOf(name: string, allowBracketOnly: boolean): Head | undefined {
  const key = `${allowBracketOnly ? '1' : '0'}${name}`;
  const cached = headOfCache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const lower = name.toLowerCase();
  const head = headEndings.find(({ h, latinLower }) => (allowBracketOnly || !h.bracketOnly)
    && (latinLower !== undefined ? lower.endsWith(latinLower) && /(^|[\s.])\S+$/.test(name) : name.endsWith(h.word))
    && name.length > h.word.length
    && (!h.soundOnly || writesForeignName(name.slice(0, name.length - h.word.length))))?.h;
  if (headOfCache.size >= MAX_CACHED_HEADS) headOfCache.clear();
  headOfCache.set(key, head ?? null);
  return head;
}
