import { PRIORITY, type Candidate } from '../mentions/types';
import type { SentenceMentions } from '../mentions';
import { hasKana } from './analyser';
import { readRules } from '../data';

const KATAKANA_RUN = /^[\u30a1-\u30fa\u30fc]{3,}/;
const KATAKANA_OR_DOT = /[\u30a1-\u30fa\u30fc・]/;
const SHORTENED_TYPES = new Set(['Project', 'Firm']);
/** テック・リソーシズ → テック, コーラルベイ・ニッケル → コーラルベイ: a name word before ・ and a trade or metal word (data/rules/ja/names.json). */
const suffixes = readRules<{ shortNameSuffixes?: string[] }>('ja/names.json').shortNameSuffixes ?? [];
const NAME_WORD_BEFORE_TRADE = new RegExp(`^([\u30a1-\u30fa\u30fc]{3,})・(?:${suffixes.join('|') || '(?!)'})$`);

/**
 * Japanese news names a project or firm in full once (イクシスLNG, イクシスLNGプロジェクト) and
 * then by its katakana word alone (イクシスは…). The first project or firm of a document whose
 * name is a katakana word followed by more (LNG, 田, プロジェクト) lends that word as its short
 * name: later bare occurrences of the word are that thing; so does a name word before ・ and a
 * trade or metal word (ルンディン・マイニング → ルンディン, コーラルベイ・ニッケル → コーラルベイ). Adds candidates in place.
 */
export function addJapaneseShortNames(sentences: SentenceMentions[]): void {
  const japanese = sentences.filter((s) => hasKana(s.match.compact));
  if (!japanese.length) return;
  const full = new Map<string, { name: string; type: string }>();
  for (const s of japanese) {
    for (const c of s.candidates) {
      if (!SHORTENED_TYPES.has(c.type)) continue;
      const name = c.name ?? s.match.compact.slice(c.start, c.end);
      const nameWord = NAME_WORD_BEFORE_TRADE.exec(name)?.[1];
      const word = nameWord ?? KATAKANA_RUN.exec(name)?.[0];
      if (!word || word.length === name.length || !nameWord && KATAKANA_OR_DOT.test(name[word.length])) continue;
      if (!full.has(word)) full.set(word, { name, type: c.type });
    }
  }
  // A word that names something of its own in the document (ダーウィン in ダーウィン港) is not a short name.
  for (const s of japanese) for (const c of s.candidates) full.delete(c.name ?? s.match.compact.slice(c.start, c.end));
  if (!full.size) return;
  for (const s of japanese) {
    const text = s.match.compact;
    const added: Candidate[] = [];
    for (const [word, thing] of full) {
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const end = at + word.length;
        if (KATAKANA_OR_DOT.test(text[at - 1] ?? '') || KATAKANA_OR_DOT.test(text[end] ?? '')) continue;
        if (s.candidates.some((c) => c.start < end && at < c.end)) continue;
        added.push({ start: at, end, type: thing.type, method: 'ja-short-name', priority: PRIORITY.head, name: thing.name });
      }
    }
    if (!added.length) continue;
    s.candidates.push(...added);
    s.candidates.sort((a, b) => a.start - b.start || a.end - b.end);
  }
}
