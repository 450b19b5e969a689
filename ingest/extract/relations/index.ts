import type { DateMention } from '../dates';
import { matchAll } from '../matchAll';
import { SLOT, type RuleLang } from './rules';
import type { Lexicon } from '../lexicon';
import { partiesFromAgreementNames } from './agreementParties';
import { maskSentence, type Occurrence } from './mask';
import { matchRules, typesAllowed, type FoundRelation } from './match';
import type { Topics } from './topic';
import { nounPhraseLocations } from './nounPhrases';
import { markModality } from './modality';
import { carriedSubjectRelations, isCarried } from './droppedSubjects';
import { guardRelations } from './guards';
import { titledOrganisationRelations } from './titledOrganisations';
import { englishSentenceRelations } from './englishSentence';
import { dropGovernedSubjects } from './englishGovernedSubjects';
import { englishDemonymSubjects } from './englishDemonyms';
import { coordinatedVerbRelations } from './englishCoordinatedVerbs';
import { dropLessSpecific } from './moreSpecific';
import { japaneseTitleLeads, leadersAgreeToCooperate } from './japaneseTitles';
import { russianSeats } from './russianSeats';
import { isWaterBody } from './waterBodies';
import { importShareRelations } from './importShares';
import { officeStateLeads } from './officeStates';
import { preferExplicitStakes } from './explicitStakes';
import { discoveredPlaceChains } from './placeChains';
import { withoutAdjectiveArguments } from './russianAdjectiveArguments';
import { japaneseShareLists } from './japaneseShareLists';
import { japaneseFirmSeats } from './japaneseSeats';
import { russianShareStatements } from './russianShareStatements';
import { russianBareTitles } from './russianBareTitles';
import { englishElidedStakes } from './englishElidedStakes';
import { shareDistributions } from './shareDistributions';
import { bracketedStates } from './bracketedStates';

import { dropOpposedSanctions } from './opposedSanctions';

export type { FoundRelation } from './match';

const PLACE_MODIFIERS = new Set(['State', 'Place']);
/** At most this many distinct entities in a sentence make co-occurrence pairs (lists say little). */
const MAX_COOCCURRING = 8;

/**
 * The relations one sentence states: trigger rules, location from a state or place written
 * right before a name (日本丸红公司, 印度尼西亚苏门答腊), and co-occurrence of the remaining
 * pairs as inferred RELATED_TO.
 */
export function sentenceRelations(lexicon: Lexicon, text: string, occurrences: Occurrence[], lang: RuleLang, dates: DateMention[], topics?: Topics): FoundRelation[] {
  // Subjects Chinese left unwritten are read in a pass of their own (carriedSubjectRelations).
  const masked = maskSentence(text, lang === 'zh' ? occurrences.filter((o) => !isCarried(o)) : occurrences);
  const found = matchRules(masked, lang, dates, topics);
  if (lang === 'zh' || lang === 'ja') found.push(...partiesFromAgreementNames(lexicon, text, occurrences));
  found.push(...locationByModifier(masked.text, masked.slots, text));
  if (lang === 'zh') found.push(...nounPhraseLocations(masked, text, lexicon));
  if (lang === 'zh') found.push(...carriedSubjectRelations(text, occurrences, lang, dates, topics));
  if (lang === 'zh') found.push(...titledOrganisationRelations(masked, text, lexicon));
  // A Chinese firm whose name opens with a state (中国石化, 卡塔尔能源公司) is not given that state
  // as its seat: the name does not state it, and the reference annotations leave it out (on the
  // dev set it gave 2 such relations against 10 unstated ones). A state written before the name
  // as a modifier (法国道达尔能源) still gives LOCATED_IN (locationByModifier, nounPhraseLocations).
  if (lang === 'zh') found.push(...discoveredPlaceChains(masked));
  // 韓国ガス公社, 中国石油天然気集団: a Japanese firm name opening with its state too.
  if (lang === 'ja') found.push(...japaneseFirmSeats(masked, text, lexicon, topics), ...japaneseShareLists(masked, topics));
  if (lang === 'zh') found.push(...importShareRelations(masked, dates, topics));
  if (lang === 'zh') found.push(...officeStateLeads(masked, text, dates, found, topics));
  if (lang === 'zh') found.splice(0, found.length, ...preferExplicitStakes(found));
  if (lang === 'zh') found.splice(0, found.length, ...guardRelations(masked, found));
  if (lang === 'en') found.splice(0, found.length, ...englishDemonymSubjects(text, masked.slots, found));
  if (lang === 'en') found.splice(0, found.length, ...dropGovernedSubjects(masked, found));
  // "X, which is listed in London, operates … and is developing Y": verbs whose subject stands further back.
  if (lang === 'en') found.push(...coordinatedVerbRelations(masked, dates, found, topics));
  if (lang === 'en') found.push(...englishSentenceRelations(lexicon, text, masked, found, topics));
  // "Kosmos, the explorer that found the field, holds about 27%": a stake whose holding is the passage's.
  if (lang === 'en') found.splice(0, found.length, ...englishElidedStakes(masked, found, topics));
  if (lang === 'ja') found.push(...japaneseTitleLeads(masked, found, topics));
  // 高市首相と李大統領は…協力することで合意した: the leaders' states cooperate.
  if (lang === 'ja') found.push(...leadersAgreeToCooperate(masked, found));
  if (lang === 'ja') found.splice(0, found.length, ...dropLessSpecific(found));
  if (lang === 'ru') found.push(...russianSeats(lexicon, text, masked.slots));
  if (lang === 'ru') found.splice(0, found.length, ...withoutAdjectiveArguments(text, found));
  // Shares around the verb, with it left out, or of a holding named by its head noun.
  if (lang === 'ru') found.push(...russianShareStatements(text, masked, found, topics));
  // A president or prime minister written without the state: the state of the passage.
  if (lang === 'ru') found.push(...russianBareTitles(masked, found, topics));
  // A consortium's make-up, shares handed out over a list of holders (every language).
  found.push(...shareDistributions(masked, topics));
  // Vlissingen (Netherlands), 达累斯萨拉姆（坦桑尼亚）: a state alone in brackets after a name (every language).
  found.push(...bracketedStates(masked));
  found.splice(0, found.length, ...dropOpposedSanctions(masked, found, lang));
  markModality(found, text, lang, masked.slots);
  const related = new Set(found.map((f) => pairKey(f.subject.entityId, f.object.entityId)));
  const named = [...new Map(masked.slots.filter((s) => !s.anaphor).map((s) => [s.entityId, s])).values()];
  if (named.length <= MAX_COOCCURRING) {
    for (let a = 0; a < named.length; a++) {
      for (let b = a + 1; b < named.length; b++) {
        if (related.has(pairKey(named[a].entityId, named[b].entityId))) continue;
        found.push({ type: 'RELATED_TO', subject: named[a], object: named[b], properties: {}, confidence: 0.3, method: 'co-occurrence', inferred: true });
      }
    }
  }
  return found;
}

/** An address written large to small: 鹿児島県薩摩川内市, 江苏省南京市 — the smaller unit is in the larger. */
// (A region written as such, 九州地区熊本县, holds its prefectures too.)
const HIGHER_UNIT = /(?:[省県县州府都道]|地区|地方)$/;
const LOWER_UNIT = /[市町村区區郡县縣]$/;

function isAddressChain(text: string, outer: Occurrence, inner: Occurrence): boolean {
  return HIGHER_UNIT.test(text.slice(outer.start, outer.end)) && LOWER_UNIT.test(text.slice(inner.start, inner.end));
}

function locationByModifier(maskedText: string, slots: Occurrence[], text: string): FoundRelation[] {
  const out: FoundRelation[] = [];
  let prev: { occ: Occurrence; start: number; end: number } | undefined;
  let outer: typeof prev;
  for (const m of matchAll(SLOT, maskedText)) {
    const occ = slots[Number(m[1])];
    // Written right before (日本丸红公司), or joined by Japanese の (ロシアのアークティックLNG2).
    const adjacent = prev !== undefined && (prev.end === m.index || (prev.end === m.index - 1 && maskedText[prev.end] === 'の'));
    // Not between abbreviations (美欧公司), not region in region (俄罗斯远东 in 西伯利亚), and not a
    // region used as an attribute (日本中亚外交).
    const attributive = occ.type === 'Place' && /^(?:外交|政策|战略|关系|合作|事务|问题)/.test(maskedText.slice(m.index + m[0].length));
    if (prev && adjacent && PLACE_MODIFIERS.has(prev.occ.type) && !prev.occ.anaphor && !occ.anaphor && !prev.occ.abbreviation && !occ.abbreviation
      && !(occ.type === 'Place' && prev.occ.type === 'Place' && !isAddressChain(text, prev.occ, occ)) && !attributive
      && occ.type !== 'State' && !isWaterBody(occ.entityId) && occ.entityId !== prev.occ.entityId && typesAllowed('LOCATED_IN', occ.type, prev.occ.type)) {
      out.push({ type: 'LOCATED_IN', subject: occ, object: prev.occ, properties: {}, confidence: 0.6, method: 'modifier' });
      // 英豪リオ・ティント: a firm of two states written together is in both.
      if (occ.type === 'Firm' && prev.occ.type === 'State' && outer && outer.end === prev.start && outer.occ.type === 'State' && !outer.occ.anaphor && !outer.occ.abbreviation && outer.occ.entityId !== prev.occ.entityId) {
        out.push({ type: 'LOCATED_IN', subject: occ, object: outer.occ, properties: {}, confidence: 0.6, method: 'modifier' });
      }
    }
    outer = prev;
    prev = { occ, start: m.index, end: m.index + m[0].length };
  }
  return out;
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
