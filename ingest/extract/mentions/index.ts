import type { Lexicon } from '../lexicon';
import { matchText, type MatchText } from '../script';
import { Segmentation } from '../segment';
import { abbreviationCandidates } from './abbreviations';
import { bracketCandidates } from './brackets';
import { EnglishMemory, englishNameCandidates } from './englishNames';
import { headWordCandidates } from './headWords';
import { japaneseCandidates, pairLatinOriginals } from '../japanese/names';
import { hasKana } from '../japanese/analyser';
import { lexiconCandidates } from './lexiconMatch';
import { nestedStateCandidates } from './nested';
import { parenPairCandidates } from './parenPairs';
import { isAuthorLine, personCandidates } from './people';
import { pairRussianAcronyms, russianCandidates } from './russian';
import { russianLexiconCandidates } from './russianLexicon';
import { russianAdjectiveCandidates } from './russianAdjectives';
import { russianCapitalCandidates } from './russianCapitals';
import { russianNumberedPolicyCandidates } from './russianNumberedPolicies';
import { russianRouteCandidates } from './russianRoutes';
import { russianDescribedAgreementCandidates } from './russianDescribedAgreements';
import { adoptKnownFirm } from './legalForms';
import { registeredNameCandidates } from './registeredNames';
import { japaneseStateAbbreviations } from '../japanese/abbreviations';
import { segmenterNameCandidates } from './segmenterNames';
import { latinNameCandidates } from './latinNames';
import { dottedNameCandidates, pairWithLatin } from './transliteration';
import { stateNamedBodyCandidates } from './stateNamedBodies';
import { ministryCandidates } from './ministries';
import { datelineCandidates } from './datelines';
import { positionedNameCandidates } from './positionedNames';
import { russianDatelineCandidates } from './russianDatelines';
import { overlaps, PRIORITY, type Candidate } from './types';

export interface SentenceMentions {
  match: MatchText;
  /** Accepted names, in text order, without overlaps. */
  candidates: Candidate[];
}

/**
 * Every name in one sentence: lexicon, title brackets, 中文（Latin） pairs, head words,
 * English names by head words and context, then state abbreviations in the characters left over.
 * Overlaps are settled by priority, then length.
 */
export function findMentions(lexicon: Lexicon, sentenceText: string, memory?: EnglishMemory): SentenceMentions {
  const match = matchText(sentenceText);
  const text = match.compact;
  if (isAuthorLine(text)) return { match, candidates: [] };
  const words = new Segmentation(lexicon, text);
  const lexical = [...lexiconCandidates(lexicon, text, words), ...russianLexiconCandidates(lexicon, text), ...russianCapitalCandidates(lexicon, text)];
  const brackets = bracketCandidates(lexicon, text);
  const known = [...lexical, ...brackets];
  // Russian state and city adjectives (китайская, петербургский): modifiers, never part of `known`,
  // so that a longer name starting with one (Российская академия наук) is still discovered.
  const adjectives = russianAdjectiveCandidates(lexicon, text);
  // Japanese sentences are read by morphology (kuromoji) instead of Chinese word cutting.
  const japanese = hasKana(sentenceText);
  const pairs = japanese ? [] : parenPairCandidates(lexicon, text, known, words);
  const headed = japanese
    ? [...japaneseCandidates(sentenceText, match, [...known, ...pairs]), ...japaneseStateAbbreviations(lexicon, text)]
    : [...headWordCandidates(text, words, [...known, ...pairs], lexicon), ...russianCandidates(text, known, adjectives)];
  // 中国投资有限责任公司: a registered name is written whole, verbs and states included.
  if (!japanese) headed.push(...registeredNameCandidates(text));
  // 美國國際開發金融公司, 中国宏桥集团: a state that is part of a body's name.
  if (!japanese) headed.push(...stateNamedBodyCandidates(text, known, pairs, headed));
  // 津巴布韦矿业和矿业发展部, 越南工商部: a ministry named by its state and remit.
  if (!japanese) headed.push(...ministryCandidates(text, known));
  // 新华社哈拉雷6月5日电: the place a story is filed from, and its reporter.
  if (!japanese) headed.push(...datelineCandidates(text, known));
  // 18-й пакет санкций, шестого пакета санкций: a policy named by its number in a series.
  if (!japanese) headed.push(...russianNumberedPolicyCandidates(text));
  // нефтепровод Баку — Тбилиси — Джейхан: a route named by its end points is one project.
  if (!japanese) headed.push(...russianRouteCandidates(text));
  // межправительственное соглашение о сооружении АЭС; Россия и Мьянма подписали соглашение о …: an agreement named by what it is about.
  if (!japanese) headed.push(...russianDescribedAgreementCandidates(text, known));
  // Каир. 12 ноября. ИНТЕРФАКС - …: the city and agency of a Russian dateline.
  if (!japanese) headed.push(...russianDatelineCandidates(lexicon, text, known));
  if (japanese) pairLatinOriginals(text, [...known, ...headed]);
  else headed.push(...segmenterNameCandidates(text, words, [...known, ...pairs, ...headed]));
  // 美国稀土企业MP Materials, 泰国的PTTEP: Latin names typed by a description or their context.
  if (!japanese) headed.push(...latinNameCandidates(text, [...known, ...pairs, ...headed]));
  // 赞比亚中部的卡皮里姆波希, 葡萄牙建筑商莫塔-恩吉尔: names by sound typed by where or what they are.
  if (!japanese) headed.push(...positionedNameCandidates(text, known, [...pairs, ...headed]));
  const people = japanese ? [] : [...personCandidates(text, [...known, ...pairs, ...headed], words), ...dottedNameCandidates(text, [...known, ...pairs, ...headed])];
  if (!japanese) pairWithLatin(text, people);
  // English passages: capitalised names typed by head words, titles and context; Latin names
  // inside CJK text come as pairs or from the lexicon.
  const english = isEnglishPassage(text) ? englishNameCandidates(lexicon, text, known, memory) : [];
  // A lexicon word inside a discovered name is part of that name (邦尼岛天然气项目, Indian Oil Corporation).
  // A known firm with only a legal form after it (諾瓦泰克天然氣公司) stays that firm.
  for (const h of [...headed, ...english]) for (const k of known) if (k.start >= h.start && k.end <= h.end && k.priority < PRIORITY.bracket) {
    adoptKnownFirm(h, k, text);
    k.priority = -1;
  }
  const accepted = settle([...known, ...pairs, ...headed, ...people, ...english, ...adjectives].filter((c) => c.priority >= 0));
  if (!japanese) pairRussianAcronyms(text, accepted);
  const taken = new Array<boolean>(text.length).fill(false);
  for (const c of accepted) for (let i = c.start; i < c.end; i++) taken[i] = true;
  const abbreviations = abbreviationCandidates(lexicon, text, words, taken);
  const all = [...accepted, ...abbreviations, ...nestedStateCandidates(lexicon, text, accepted)];
  all.sort((a, b) => a.start - b.start || a.end - b.end);
  return { match, candidates: all };
}

function isEnglishPassage(text: string): boolean {
  // Counted by code unit, as /[A-Za-z]/g and /[\u3040-\u30ff\u3400-\u9fff]/g would, without
  // building match arrays for every sentence.
  let latin = 0;
  let cjk = 0; // and Cyrillic: a Russian sentence with Latin names in it is Russian

  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0x400 && c <= 0x4ff)) cjk++;
  }
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
