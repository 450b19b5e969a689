import { readRules } from '../data';
import type { Lexicon } from '../lexicon';
import { toSimplified } from '../script';
import type { Masked, Occurrence } from './mask';
import { typesAllowed, type FoundRelation } from './match';
import { isWaterBody } from './waterBodies';

/**
 * LOCATED_IN written inside Chinese noun phrases rather than by a verb:
 * - a state or place before a list of names, with 的 or a description between
 *   (印度的ONGC Videsh、印度石油公司与BPRL; 俄罗斯最大的独立天然气生产商诺瓦泰克; 日本三井物产及三菱商事);
 * - a place chain after 位于 (项目位于莫三比克北部德尔加杜角省的阿丰吉半岛; 开采位于西澳大利亚州的韦尔德山稀土矿).
 */

interface NounPhraseWords {
  descriptors: string[];
  directions: string[];
  locators: string[];
  subjectGap: string[];
  partnerVerbs: string[];
}

const words = readRules<NounPhraseWords>('zh/nounPhrases.json');
const alt = (list: string[]) => list.map((w) => toSimplified(w)).sort((a, b) => b.length - a.length).join('|');
const MEMBER = '⟨\\d+:(?:Firm|Organization|Project|Place)⟩';
const JOIN = '(?:、|和|与|及|以及)';
/** After a state or place: 的, or a description ending in a head word, then a list of names. */
// A description may name a resource (俄罗斯最大的独立天然气生产商诺瓦泰克).
const MODIFIED_LIST = new RegExp(`^(?:的|(?:的)?(?:[^⟨⟩,，。；;、:：]|⟨\\d+:Resource⟩){0,12}?(?:${alt(words.descriptors)})(?:之一)?(?:的)?)?(${MEMBER}(?:${JOIN}${MEMBER})*)`);
const PLACE = '⟨\\d+:(?:State|Place)⟩';
const LINK = `(?:${alt(words.directions)})?(?:的)?`;
const CHAIN = new RegExp(`(?:${alt(words.locators)})(${PLACE}(?:${LINK}${PLACE})*)(?:${alt(words.directions)})?(?:的(⟨\\d+:(?:Project|Place|Firm|Organization)⟩))?`, 'g');
const SUBJECT_GAP = new RegExp(`(?:${alt(words.subjectGap)}){0,2}$`);
const SLOT_AT_END = /⟨(\d+):[A-Za-z]+⟩$/;
const SLOT = /⟨(\d+):[A-Za-z]+⟩/g;
const MODIFIERS = new Set(['State', 'Place']);
const PARTNER_VERB = new RegExp(`^[^⟨⟩,，。；;]{0,6}?(?:${alt(words.partnerVerbs)})`);

export function nounPhraseLocations(masked: Masked, text: string, lexicon: Lexicon): FoundRelation[] {
  // Every pattern starts at a state or place slot or at 位于: most sentences have neither.
  if (!masked.slots.some((s) => MODIFIERS.has(s.type))) return [];
  return [...modifiedLists(masked, text, lexicon), ...placeChains(masked)];
}

/** A name that carries its own nationality (中国石油天然气集团) is not located by the state before the list. */
function ownNationality(name: string, lexicon: Lexicon): boolean {
  return (lexicon.byFirstChar.get(name[0]) ?? []).some((a) => a.entry.type === 'State' && a.form.length >= 2 && name.startsWith(a.form) && name.length > a.form.length);
}

function located(subject: Occurrence, object: Occurrence, method: string, out: FoundRelation[]): void {
  if (subject.entityId === object.entityId || subject.type === 'State' || isWaterBody(subject.entityId) || !typesAllowed('LOCATED_IN', subject.type, object.type)) return;
  out.push({ type: 'LOCATED_IN', subject, object, properties: {}, confidence: 0.65, method: `rule:${method}` });
}

function modifiedLists(masked: Masked, text: string, lexicon: Lexicon): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const m of masked.text.matchAll(SLOT)) {
    const modifier = masked.slots[Number(m[1])];
    if (!MODIFIERS.has(modifier.type) || modifier.anaphor || modifier.abbreviation) continue;
    const after = masked.text.slice(m.index! + m[0].length, m.index! + m[0].length + 200);
    const list = MODIFIED_LIST.exec(after);
    if (!list) continue;
    // Written right before with nothing between, a place names its region only (俄罗斯远东).
    const bare = list.index === 0 && after.startsWith('⟨');
    // 与 also means "with" (日本沃尔塔公司与三菱综合材料公司合作): before a verb of partnership
    // it does not join a list.
    const members = [...list[1].matchAll(SLOT)];
    const partners = PARTNER_VERB.test(after.slice(list.index + list[0].length));
    const joinedByWith = (k: number) => partners && k > 0 && list[1].slice(members[k - 1].index! + members[k - 1][0].length, members[k].index).includes('与');
    for (let k = 0; k < members.length; k++) {
      if (joinedByWith(k)) break;
      const member = masked.slots[Number(members[k][1])];
      if (k > 0 && ownNationality(text.slice(member.start, member.end), lexicon)) continue;
      if (member.anaphor || (member.type === 'Place' && (bare || modifier.type === 'Place') && !after.startsWith('的'))) continue;
      located(member, modifier, 'zh.located.modifier', out);
    }
  }
  return out;
}

function placeChains(masked: Masked): FoundRelation[] {
  const out: FoundRelation[] = [];
  CHAIN.lastIndex = 0;
  for (const m of masked.text.matchAll(CHAIN)) {
    const chain = [...m[1].matchAll(SLOT)].map((s) => masked.slots[Number(s[1])]);
    for (let k = 1; k < chain.length; k++) located(chain[k], chain[k - 1], 'zh.located.chain', out);
    const before = masked.text.slice(Math.max(0, m.index! - 40), m.index!).replace(SUBJECT_GAP, '');
    const subjectSlot = SLOT_AT_END.exec(before);
    const tail = m[2] ? masked.slots[Number(/\d+/.exec(m[2])![0])] : undefined;
    // 项目位于…: the name before is located; 开采位于…的矿: the name after 的 is.
    const subject = subjectSlot && !tail ? masked.slots[Number(subjectSlot[1])] : tail ?? (subjectSlot ? masked.slots[Number(subjectSlot[1])] : undefined);
    if (!subject) continue;
    if (tail && subjectSlot && tail.type === 'Place') {
      // 项目位于俄罗斯北极地区的亚马尔半岛: the peninsula is in the chain, the project in both.
      const project = masked.slots[Number(subjectSlot[1])];
      for (const place of chain) located(tail, place, 'zh.located.chain', out);
      located(project, tail, 'zh.located.verb-chain', out);
      located(project, chain[0], 'zh.located.verb-chain', out);
      continue;
    }
    for (const place of chain) located(subject, place, subject === tail ? 'zh.located.chain' : 'zh.located.verb-chain', out);
  }
  return out;
}
