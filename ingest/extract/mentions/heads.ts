import { readRules } from '../data';
import { toSimplified } from '../script';

/** Head words that type names not in the lexicon (data/rules/heads.json). */
interface HeadRules {
  types: Record<string, string[]>;
  bracketOnly: string[];
  minNameLength: number;
  maxModifierLength: number;
  stopTags: string[];
  stopVerbMinLength: number;
  stopWords: string[];
  genericNames: string[];
  genericModifiers: string[];
  singleCharTags: string[];
}

const data = readRules<HeadRules>('heads.json');
const simplify = (s: string) => toSimplified(s);

export interface Head {
  word: string;
  type: string;
  bracketOnly: boolean;
}

/** All heads, longest first so 发电站 wins over 站. */
export const heads: Head[] = Object.entries(data.types)
  .flatMap(([type, words]) => words.map((w) => ({ word: simplify(w), type, bracketOnly: data.bracketOnly.includes(w) })))
  .sort((a, b) => b.word.length - a.word.length);

export const headRules = {
  minNameLength: data.minNameLength,
  maxModifierLength: data.maxModifierLength,
  stopTags: new Set(data.stopTags),
  stopVerbMinLength: data.stopVerbMinLength,
  stopWords: new Set(data.stopWords.map(simplify)),
  genericNames: new Set(data.genericNames.map(simplify)),
  genericModifiers: new Set(data.genericModifiers.map(simplify)),
  singleCharTags: new Set(data.singleCharTags),
};

/** The head a name ends with, if any (for bracketed titles and paired names). */
export function headOf(name: string, allowBracketOnly: boolean): Head | undefined {
  const lower = name.toLowerCase();
  return heads.find((h) => (allowBracketOnly || !h.bracketOnly)
    && (/[A-Za-z]/.test(h.word[0]) ? lower.endsWith(h.word.toLowerCase()) && /(^|[\s.])\S+$/.test(name) : name.endsWith(h.word))
    && name.length > h.word.length);
}
