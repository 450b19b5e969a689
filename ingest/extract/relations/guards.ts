import { readRules } from '../data';
import { toSimplified } from '../script';
import { slotStart, type Masked, type Occurrence } from './mask';
import { typesAllowed, type FoundRelation } from './match';

/**
 * Precision guards over the relations one Chinese sentence gives:
 * - a state written as the attribute of a common noun (与日本企业签订合同: Japanese firms, not
 *   Japan), or a region before 国家 / 各国 outside trade (与亚洲国家合作), is no party — except as the subject of an economic relation, where a country acts
 *   through its firms (日本企业陆续取得…开采权益);
 * - an agreement named after its parties (《日美关键矿物协定》) gives its states as signers only
 *   when the sentence does not say who signed it (戴琪与富田浩司在华盛顿签署…: the signers are
 *   the two people);
 * - a pair tied by a more specific type (HOLDS_STAKE_IN) is not also given the general one
 *   (INVESTS_IN): 三井物产与三菱商事共同出资成立X;
 * - a rule may override other types for its pair (a policy planned is proposed, not implemented);
 * - a state written before a title and a person (与澳大利亚总理阿尔巴尼斯会谈) is the person's
 *   nationality: the person is the party of a meeting, a signature or an opposition;
 * - a name right after 经 / 通过 / 途经 (通过俄罗斯港口向日本出口) is the route the goods take, not
 *   their supplier.
 */

const words = readRules<{ stateAsAttribute: string[]; placeAsAttribute: string[]; economic: string[]; moreSpecific: Record<string, string[]>; overrides: Record<string, string[]>; routeWords: string[]; shipped: string[] }>('zh/relationGuards.json');
/** 通过俄罗斯港口向日本出口, 经哈萨克斯坦向中国供气: a name right after one of these is the way the goods take. */
const ROUTE_BEFORE = new RegExp(`(?:${words.routeWords.map(toSimplified).join('|')})$`);
const SHIPPED = new Set(words.shipped);

/** Is the supplier of this relation written as the route the goods pass (通过⟨俄罗斯⟩港口向日本出口)? */
function isRoute(masked: Masked, f: FoundRelation): boolean {
  if (!SHIPPED.has(f.type) || f.subject.anaphor) return false;
  const at = slotStart(masked, f.subject);
  return at >= 0 && ROUTE_BEFORE.test(masked.text.slice(Math.max(0, at - 4), at));
}
const ECONOMIC = new Set(words.economic);
const ATTRIBUTE = new RegExp(`^(?:${words.stateAsAttribute.map(toSimplified).join('|')})`);
/** A region before 国家 / 各国 (亚洲国家) names the countries there, not the region. */
const PLACE_ATTRIBUTE = new RegExp(`^(?:${words.placeAsAttribute.map(toSimplified).join('|')})`);

function placeholderEnd(masked: Masked, occ: Occurrence): number {
  const i = masked.slots.indexOf(occ);
  if (i < 0) return -1;
  const placeholder = `⟨${i}:${occ.type}⟩`;
  const at = masked.text.indexOf(placeholder);
  return at < 0 ? -1 : at + placeholder.length;
}

/** 澳大利亚总理阿尔巴尼斯: a state, a short title, then a person — the state is the person's nationality. */
const TITLED_PERSON = /^[^⟨⟩，,。；;、与和及同跟]{1,6}⟨(\d+):Person⟩/;

function titledPerson(masked: Masked, occ: Occurrence): Occurrence | undefined {
  if (occ.type !== 'State' || occ.anaphor) return undefined;
  const end = placeholderEnd(masked, occ);
  const m = end >= 0 ? TITLED_PERSON.exec(masked.text.slice(end, end + 40)) : null;
  return m ? masked.slots[Number(m[1])] : undefined;
}

/**
 * A party written as "state + title + person" in a relation that people can hold (与澳大利亚总理
 * 阿尔巴尼斯会谈): the person, not the state. Where only the state fits the type it stays.
 */
function toPerson(masked: Masked, f: FoundRelation): FoundRelation {
  const subject = titledPerson(masked, f.subject);
  const object = titledPerson(masked, f.object);
  if (!subject && !object) return f;
  const s = subject ?? f.subject;
  const o = object ?? f.object;
  return s.entityId !== o.entityId && typesAllowed(f.type, s.type, o.type) ? { ...f, subject: s, object: o } : f;
}

function isAttribute(masked: Masked, occ: Occurrence, type: string): boolean {
  // Trade with a region's countries (从中东国家进口) is still trade with the region.
  if ((occ.type !== 'State' && (occ.type !== 'Place' || ECONOMIC.has(type))) || occ.anaphor) return false;
  const end = placeholderEnd(masked, occ);
  return end >= 0 && (occ.type === 'State' ? ATTRIBUTE : PLACE_ATTRIBUTE).test(masked.text.slice(end, end + 4));
}

/**
 * 菲律宾企业⟨PXP能源⟩: the word after the state names what the firm right after it is, so the state
 * is that firm's, not an attribute of a common noun.
 */
function namesItsFirm(masked: Masked, f: FoundRelation): boolean {
  const end = placeholderEnd(masked, f.object);
  const word = end >= 0 && f.object.type === 'State' ? ATTRIBUTE.exec(masked.text.slice(end, end + 4)) : null;
  return word !== null && masked.text.startsWith(`⟨${masked.slots.indexOf(f.subject)}:`, end + word[0].length);
}

export function guardRelations(masked: Masked, relations: FoundRelation[]): FoundRelation[] {
  // LEADS and LOCATED_IN tie the title's state to its holder or a name to its state: left as written.
  const found = relations.map((f) => (f.type === 'COOPERATES_WITH' || f.type === 'SIGNS' || f.type === 'OPPOSES' ? toPerson(masked, f) : f));
  const signedByPeople = new Set(found.filter((f) => f.type === 'SIGNS' && f.subject.type === 'Person').map((f) => f.object.entityId));
  const typed = new Set(found.map((f) => `${f.subject.entityId}|${f.type}|${f.object.entityId}`));
  const specific = (f: FoundRelation) => (words.moreSpecific[f.type] ?? []).some((t) => typed.has(`${f.subject.entityId}|${t}|${f.object.entityId}`));
  const overridden = new Set(found.flatMap((f) => (words.overrides[f.method.replace(/^rule:/, '').replace(/\+.*$/, '')] ?? []).map((t) => `${f.subject.entityId}|${t}|${f.object.entityId}`)));
  return found.filter((f) => {
    if (f.type === 'RELATED_TO') return true;
    if (specific(f) || overridden.has(`${f.subject.entityId}|${f.type}|${f.object.entityId}`)) return false;
    if (f.method === 'agreement-name' && signedByPeople.has(f.object.entityId)) return false;
    if (isRoute(masked, f)) return false;
    if (f.type === 'LOCATED_IN' && namesItsFirm(masked, f)) return true;
    return (ECONOMIC.has(f.type) || !isAttribute(masked, f.subject, f.type)) && !isAttribute(masked, f.object, f.type);
  });
}
