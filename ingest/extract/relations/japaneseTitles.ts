import { readRules } from '../data';
import { matchAll } from '../matchAll';
import type { Masked, Occurrence } from './mask';
import type { FoundRelation } from './match';
import type { Topics } from './topic';
import { toSimplified } from '../script';

interface TitleWords {
  headOfState: string[];
  japaneseCabinet?: string[];
  qualifiers?: string[];
  japanFirst?: string;
}
const titleWords = readRules<TitleWords>('ja/titles.json');
// Masked sentences are in simplified characters (大統領 → 大统领).
const titles = titleWords.headOfState.map(toSimplified).sort((a, b) => b.length - a.length);
/** 前 / 暫定 between name and title (ジョコ・ウィドド前大統領): a former or acting leader of the same state. */
const QUALIFIER = `(?:${(titleWords.qualifiers ?? []).map(toSimplified).join('|') || '(?!)'})?`;
/** "⟨Person⟩首相" not preceded by a state or organisation (豪州のアルバニージー首相 is a rule's case). */
const BARE_TITLE = new RegExp(`(?<!⟩の?)⟨(\\d+):Person⟩${QUALIFIER}(${titles.join("|")})`, 'g');
const TITLED_PERSON_SLOT = new RegExp(`⟨(\\d+):Person⟩${QUALIFIER}(?:${titles.join('|')})`, 'g');
const JAPAN_FIRST = titleWords.japanFirst ? toSimplified(titleWords.japanFirst) : undefined;
const cabinet = (titleWords.japaneseCabinet ?? []).map(toSimplified).sort((a, b) => b.length - a.length);
/** "⟨Person⟩経済産業相", "⟨Person⟩・エネルギー相" not preceded by a state or organisation. */
const BARE_CABINET = new RegExp(`(?<!⟩の?)⟨(\\d+):Person⟩(${cabinet.join('|') || '(?!)'})(?=[はがとのもや，、。（]|$)`, 'g');
const BARE_PORTFOLIO = /(?<!⟩の?)⟨(\d+):Person⟩・?((?:[\u30a1-\u30fa\u30fc]+|\p{Script=Han}+)(?:・?(?:[\u30a1-\u30fa\u30fc]+|\p{Script=Han}+)){0,3}?相)(?=[はがとのもや，、。（]|$)/gu;
const JAPAN = 'japan';

/**
 * "アルバニージー首相は…オーストラリア側の所有に戻す方針", "転換点をつくったのは岸田文雄首相である":
 * a bare head-of-government title ties the person to the one state the sentence names, else to
 * the state the text is about. Two titled people or two states in one sentence (岸田首相は
 * バイデン大統領と…) leave the pairing open: nothing is said.
 */
export function japaneseTitleLeads(masked: Masked, already: FoundRelation[], topics?: Topics): FoundRelation[] {
  const out: FoundRelation[] = [];
  if (!masked.text.includes(':Person⟩')) return out;
  out.push(...ministerLeads(masked, already, topics));
  // A titled person a rule already tied to a state (オーストラリアのアルバニージー首相は高市早苗首相に…)
  // leaves the other one and the remaining states to pair.
  const linked = (slot: number) => already.some((f) => f.type === 'LEADS' && f.subject.entityId === masked.slots[slot].entityId && f.object.type === 'State');
  const titled = [...masked.text.matchAll(TITLED_PERSON_SLOT)].filter((m) => !linked(Number(m[1]))).length;
  if (titled === 2) return [...out, ...summitPair(masked, [...already, ...out], topics)];
  if (titled !== 1) return out;
  already = [...already, ...out];
  for (const m of matchAll(BARE_TITLE, masked.text)) {
    const person = masked.slots[Number(m[1])];
    if (already.some((f) => f.type === 'LEADS' && f.subject.entityId === person.entityId && f.object.type === 'State')) continue;
    const state = onlyState(masked, already) ?? fromTopics(topics, m.index);
    if (!state) continue;
    out.push({ type: 'LEADS', subject: person, object: state, properties: { role: m[2] }, confidence: 0.6, method: 'rule:ja.leads.bare-title' });
  }
  return out;
}

function onlyState(masked: Masked, already: FoundRelation[]): Occurrence | undefined {
  const led = new Set(already.filter((f) => f.type === 'LEADS' && f.object.type === 'State').map((f) => f.object.entityId));
  const states = masked.slots.filter((s) => s.type === 'State' && !s.anaphor && !led.has(s.entityId));
  return new Set(states.map((s) => s.entityId)).size === 1 ? states[0] : undefined;
}

function fromTopics(topics: Topics | undefined, at: number): Occurrence | undefined {
  const id = topics?.about('State');
  return id ? { start: at, end: at, entityId: id, type: 'State', anaphor: true } : undefined;
}

/**
 * Ministers written with a portfolio title and no state before them: a title only Japan's cabinet
 * has (赤沢亮正経済産業相は…) is Japan's, once the text has named Japan; any other portfolio
 * (バーリル・エネルギー鉱物資源相は…) is the minister of the one state the sentence names, else
 * nothing is said.
 */
function ministerLeads(masked: Masked, already: FoundRelation[], topics?: Topics): FoundRelation[] {
  const out: FoundRelation[] = [];
  const led = (slot: number) => [...already, ...out].some((f) => f.type === 'LEADS' && f.subject.entityId === masked.slots[slot].entityId);
  for (const m of matchAll(BARE_CABINET, masked.text)) {
    if (led(Number(m[1]))) continue;
    const named = masked.slots.find((s) => s.type === 'State' && s.entityId === JAPAN);
    if (!named && !topics?.seenOf('State').includes(JAPAN)) continue;
    const japan: Occurrence = named ?? { start: m.index, end: m.index, entityId: JAPAN, type: 'State', anaphor: true };
    out.push({ type: 'LEADS', subject: masked.slots[Number(m[1])], object: japan, properties: { role: m[2] }, confidence: 0.65, method: 'rule:ja.leads.cabinet-title' });
  }
  for (const m of matchAll(BARE_PORTFOLIO, masked.text)) {
    // 首相 and 副首相 are heads of government, read above with the text's state as their fallback.
    if (led(Number(m[1])) || cabinet.includes(m[2]) || m[2].endsWith('首相')) continue;
    const state = onlyState(masked, [...already, ...out]);
    if (!state) continue;
    out.push({ type: 'LEADS', subject: masked.slots[Number(m[1])], object: state, properties: { role: m[2] }, confidence: 0.6, method: 'rule:ja.leads.bare-portfolio' });
  }
  return out;
}

/**
 * Two leaders with bare titles in one sentence (石破茂首相とトランプ大統領は首脳会談で…, 岸田文雄首相は
 * アブダビを訪問し、ムハンマド・ビン・ザイド大統領と会談した): Japanese news writes Japan's head of
 * government bare and a foreign leader with the state at first mention, so the one titled 首相 is
 * Japan's once the text has named Japan; the other leads the one other state the sentence names,
 * else the first state other than Japan the text named (a story's lead names its parties). Both titled alike (two 大統領) say nothing.
 */
function summitPair(masked: Masked, already: FoundRelation[], topics?: Topics): FoundRelation[] {
  if (!JAPAN_FIRST) return [];
  const bare = matchAll(BARE_TITLE, masked.text);
  if (bare.length !== 2) return [];
  const own = bare.filter((m) => m[2] === JAPAN_FIRST);
  const other = bare.filter((m) => m[2] !== JAPAN_FIRST);
  if (own.length !== 1 || other.length !== 1) return [];
  const japanNamed = masked.slots.find((s) => s.type === 'State' && s.entityId === JAPAN);
  if (!japanNamed && !topics?.seenOf('State').includes(JAPAN)) return [];
  const led = new Set(already.filter((f) => f.type === 'LEADS' && f.object.type === 'State').map((f) => f.object.entityId));
  if (led.has(JAPAN)) return [];
  const states = [...new Set(masked.slots.filter((s) => s.type === 'State' && !s.anaphor && s.entityId !== JAPAN && !led.has(s.entityId)).map((s) => s.entityId))];
  const foreignId = states.length === 1 ? states[0] : states.length === 0 ? topics?.inOrder('State').find((id) => id !== JAPAN) : undefined;
  const at = (m: RegExpMatchArray, id: string): Occurrence => ({ start: m.index ?? 0, end: m.index ?? 0, entityId: id, type: 'State', anaphor: true });
  const out: FoundRelation[] = [
    { type: 'LEADS', subject: masked.slots[Number(own[0][1])], object: japanNamed ?? at(own[0], JAPAN), properties: { role: own[0][2] }, confidence: 0.6, method: 'rule:ja.leads.summit-pair' },
  ];
  if (foreignId) out.push({ type: 'LEADS', subject: masked.slots[Number(other[0][1])], object: at(other[0], foreignId), properties: { role: other[0][2] }, confidence: 0.55, method: 'rule:ja.leads.summit-pair' });
  return out;
}

/** A meeting, then an agreement to cooperate (…と会談し、…協力することを確認した; …は首脳会談で協力することで合意した). */
const LEADERS_AGREE = /会谈[^。]{0,60}?协力(?:する(?:こと)?(?:を确认|で合意|で一致)|で合意|で一致|を确认)/;

/**
 * 高市早苗首相と李在明大統領は奈良で首脳会談を開き、重要鉱物の供給網で協力することで合意した;
 * 赤沢経済産業相はサウジアラビアのアブドルアジズ・エネルギー相と会談し、原油の安定供給で協力する
 * ことを確認した: two people who lead two states (as this sentence's relations tie them) meet and
 * agree to cooperate, and so their states do. Only with exactly two such people in the sentence.
 */
export function leadersAgreeToCooperate(masked: Masked, found: FoundRelation[]): FoundRelation[] {
  if (!LEADERS_AGREE.test(masked.text)) return [];
  const people = [...new Map(masked.slots.filter((s) => s.type === 'Person' && !s.anaphor).map((s) => [s.entityId, s])).values()];
  if (people.length !== 2) return [];
  const stateOf = (p: Occurrence) => found.find((f) => f.type === 'LEADS' && f.subject.entityId === p.entityId && f.object.type === 'State')?.object;
  const [a, b] = people.map(stateOf);
  if (!a || !b || a.entityId === b.entityId) return [];
  if (found.some((f) => f.type === 'COOPERATES_WITH' && [f.subject.entityId, f.object.entityId].sort().join() === [a.entityId, b.entityId].sort().join())) return [];
  return [{ type: 'COOPERATES_WITH', subject: a, object: b, properties: {}, confidence: 0.6, method: 'rule:ja.cooperates.leaders-agree' }];
}
