import { readRules } from '../data';
import type { Lexicon } from '../lexicon';
import { PRIORITY, type Candidate } from '../mentions/types';
import { toSimplified } from '../script';

/**
 * States written as one kanji in Japanese news (data/rules/ja/names.json, stateAbbreviations):
 * right before a foreign name (英シェル, 米エクソンモービル → the state, which then locates the
 * firm), or as a run of two or more before a word such as 首脳 or 関係 (日米首脳会談, 米中対立).
 * Never right after another kanji (北米, 欧米 are regions; 中国 is a name the lexicon knows).
 */
interface AbbreviationRules {
  stateAbbreviations: Record<string, string>;
  abbreviationRunFollowers: string[];
  descriptionEnds?: string[];
  titleFollowers?: string[];
}

const rules = readRules<AbbreviationRules>('ja/names.json');
// Sentences are matched in simplified characters (大統領 → 大统领).
const titleFollowers = (rules.titleFollowers ?? []).map(toSimplified);
/** 豪石炭大手ホワイトヘブン・コール, 米シェールガス最大手の…: a trade description ending in 大手 before a name. */
const TRADE_DESCRIPTION = new RegExp(`^[\\u3400-\\u9fff\\u30a1-\\u30fa\\u30fc]{1,8}?(?:${(rules.descriptionEnds ?? []).join('|') || '(?!)'})の?[\\u30a1-\\u30faA-Za-z\\u3400-\\u9fff]`);
/** 米液化天然ガス（LNG）開発のベンチャー・グローバル, 豪リチウム生産の…: the trade a foreign firm carries on, before its name. */
const TRADE_ACTIVITY = new RegExp(`^[\\u3400-\\u9fff\\u30a1-\\u30fa\\u30fcA-Z]{1,8}?(?:[（(][A-Za-z]{2,8}[）)])?(?:${['開発', '生産', '販売', '採掘'].map(toSimplified).join('|')})の[\\u30a1-\\u30faA-Za-z]`);
const KANJI = /[\u3400-\u9fff々]/;
/** 3月7日英豪資源大手…: a 日 right after a digit closes a date and is not Japan. */
const DAY_OF_DATE = /[0-9０-９]日$/;
const NAME_START = /[\u30a1-\u30faA-Za-z]/;
const FIRM_NAME_START = /[\u30a1-\u30faA-Z]/;
/** The abbreviations by code unit: most characters are none, and are passed over without a string. */
const ABBREVIATED = new Set(Object.keys(rules.stateAbbreviations).filter((k) => k.length === 1).map((k) => k.charCodeAt(0)));

export function japaneseStateAbbreviations(lexicon: Lexicon, text: string): Candidate[] {
  const table = rules.stateAbbreviations;
  const out: Candidate[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!ABBREVIATED.has(text.charCodeAt(i)) || !(text[i] in table) || DAY_OF_DATE.test(text.slice(Math.max(0, i - 1), i + 1))) continue;
    if (i > 0 && KANJI.test(text[i - 1]) && !DAY_OF_DATE.test(text.slice(Math.max(0, i - 2), i))) continue;
    let end = i;
    while (end < text.length && text[end] in table && end - i < 4) end++;
    const after = text.slice(end);
    const single = end - i === 1 && NAME_START.test(after[0] ?? '');
    const run = end - i >= 2 && rules.abbreviationRunFollowers.some((f) => after.startsWith(f));
    // 英豪リオ・ティント, 英豪BHP: a firm of two states. Not with 日 (日豪レアアース names a venture) or
    // 中 (中台, 中東 begin other words).
    const pair = end - i === 2 && !/[日中]/.test(text.slice(i, end)) && FIRM_NAME_START.test(after[0] ?? '');
    // トランプ米大統領, バイデン米政権: the state of a leader written between the name and the title.
    const ofLeader = end - i === 1 && i > 0 && NAME_START.test(text[i - 1]) && titleFollowers.some((f) => after.startsWith(f));
    if (single || run || pair || ofLeader || TRADE_DESCRIPTION.test(after) || end - i === 1 && TRADE_ACTIVITY.test(after)) {
      for (let k = i; k < end; k++) {
        const entry = lexicon.entries.get(table[text[k]]);
        if (entry) out.push({ start: k, end: k + 1, type: entry.type, method: 'ja-abbreviation', priority: PRIORITY.abbreviation, lexiconKey: entry.key });
      }
    }
    i = end - 1;
  }
  return out;
}
