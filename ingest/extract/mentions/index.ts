import type { Lexicon } from '../lexicon';
import { matchText, type MatchText } from '../script';
import { boundarySet, tokens } from '../segment';
import { abbreviationCandidates } from './abbreviations';
import { bracketCandidates } from './brackets';
import { englishCandidates } from './english';
import { headWordCandidates } from './headWords';
import { lexiconCandidates } from './lexiconMatch';
import { parenPairCandidates } from './parenPairs';
import { personCandidates } from './people';
import { overlaps, PRIORITY, type Candidate } from './types';

export interface SentenceMentions {
  match: MatchText;
  /** Accepted names, in text order, without overlaps. */
  candidates: Candidate[];
}

/**
 * Every name in one sentence: lexicon, title brackets, 中文（Latin） pairs, head words,
 * compromise for English passages, then state abbreviations in the characters left over.
 * Overlaps are settled by priority, then length.
 */
export function findMentions(lexicon: Lexicon, sentenceText: string): SentenceMentions {
  const match = matchText(sentenceText);
  const text = match.compact;
  const toks = tokens(lexicon, text);
  const boundaries = boundarySet(toks, text.length);
  const lexical = lexiconCandidates(lexicon, text, boundaries);
  const brackets = bracketCandidates(lexicon, text);
  const known = [...lexical, ...brackets];
  const pairs = parenPairCandidates(lexicon, text, known, toks);
  const headed = headWordCandidates(text, toks, [...known, ...pairs], boundaries);
  const people = personCandidates(text, [...known, ...pairs, ...headed], toks);
  // compromise reads English passages; Latin names inside CJK text come as pairs or from the lexicon.
  const english = isEnglishPassage(text) ? englishCandidates(text) : [];
  // A lexicon word inside a discovered name is part of that name (邦尼岛天然气项目).
  for (const h of headed) for (const k of known) if (k.start >= h.start && k.end <= h.end && k.priority < PRIORITY.bracket) k.priority = -1;
  const accepted = settle([...known, ...pairs, ...headed, ...people, ...english].filter((c) => c.priority >= 0));
  const taken = new Array<boolean>(text.length).fill(false);
  for (const c of accepted) for (let i = c.start; i < c.end; i++) taken[i] = true;
  const abbreviations = abbreviationCandidates(lexicon, text, boundaries, taken);
  const all = [...accepted, ...abbreviations];
  all.sort((a, b) => a.start - b.start || a.end - b.end);
  return { match, candidates: all };
}

function isEnglishPassage(text: string): boolean {
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  const cjk = (text.match(/[\u3040-\u30ff\u3400-\u9fff]/g) ?? []).length;
  return latin >= 12 && latin > 2 * cjk;
}

function settle(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of ordered) {
    // Several names in one span are fine when they share it exactly (庫頁島 1、2 號 → two projects).
    if (kept.some((k) => overlaps(k, c) && !(k.start === c.start && k.end === c.end && k.method === c.method))) continue;
    kept.push(c);
  }
  return kept;
}
