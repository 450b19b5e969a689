import { readRules } from '../data';
import { toSimplified } from '../script';
import { escapeRegExp, longestFirstAlternation } from '../regexWords';
import type { Masked, Occurrence } from './mask';
import { typesAllowed, type FoundRelation } from './match';
import { implicitArgument, type Topics } from './topic';

/**
 * Shares handed out over a list of holders in one statement — the way every language's press
 * writes a consortium's make-up:
 * - in order: 由A、B及C分别持股40%、35%及25%的P; PにはA、B、CがそれぞれX％、Y％、Z％を出資;
 *   A and B hold 19.6% and 8.5% of P, respectively; A и B принадлежат соответственно 51% и 49%;
 * - the same share each: A与B各持有50%权益; AとBがそれぞれ44%を保有し; A and B hold 10% each;
 *   Казахстан и Узбекистан — по 33%;
 * - equal parts: the venture, owned in equal thirds by A, B and C.
 * The holding is a project named in the sentence (the one nearest the list), else what the passage's
 * shares are of (topic.ts: the stake just stated, else the passage's project). Vocabulary:
 * data/rules/shareDistributions.json.
 */
interface DistributionWords {
  respectively: string[];
  each: string[];
  equalParts: string[];
  holdingWords: string[];
  listJoiners: string[];
  descriptionMax: number;
  notStakesAfter: string[];
  ownedBy: { any: string[]; forProjects: string[] };
  referenceWords: string[];
}

const words = readRules<DistributionWords>('shareDistributions.json');
const simplified = (xs: string[]) => [...new Set(xs.map(toSimplified))];
const alt = (xs: string[]) => longestFirstAlternation(simplified(xs));
const HOLDER_TYPES = 'Firm|State|Organization';
const JOIN = `\\s?(?:${alt(words.listJoiners)})\\s?`;
/** A state before a holder (フィリピンの…, Japan's …) or a short description, then the holder's slot. */
const PREFIX = `(?:⟨\\d+:State⟩(?:の|'s|’s)?\\s?)?(?:[^⟨⟩%％\\d。；;，,、.!?！？]{1,${words.descriptionMax}}?)?`;
const HOLDER = `«?⟨(\\d+):(?:${HOLDER_TYPES})⟩»?(?:（[^（）⟨⟩]{1,12}）)?`;
const HOLDER_LIST = new RegExp(`${HOLDER}(?:${JOIN}${PREFIX}${HOLDER})+`, 'gu');
const ONE_HOLDER = new RegExp(HOLDER, 'gu');
const PERCENT = '(?:约|約|およそ|about|around|около|почти)?\\s?(\\d+(?:[.,]\\d+)?)\\s?[%％]';
const PERCENT_LIST = new RegExp(`${PERCENT}(?:${JOIN}${PERCENT})*`, 'gu');
const ONE_PERCENT = new RegExp(PERCENT, 'gu');
const RESPECTIVELY = new RegExp(alt(words.respectively), 'iu');
const EACH_BEFORE = new RegExp(`(?:^|[^а-яё])(?:${alt(words.each)})\\s?(?:[^⟨⟩%％\\d。；;]{0,8}?)$`, 'iu');
const EACH_AFTER = new RegExp(`^\\s?(?:[^⟨⟩%％\\d。；;]{0,4}?)(?:${alt(words.each)})(?![a-zа-яё])`, 'iu');
const EQUAL = new RegExp(alt(words.equalParts), 'iu');
const HOLDING = new RegExp(words.holdingWords.map(toSimplified).map(escapeRegExp).join('|'), 'iu');
/** A sentence stop or a new clause ends a statement: the list and its shares stand within one. */
const CLAUSE_END = /[。；;!?！？]/;
const NOT_STAKE_AFTER = new RegExp(`^\\s?(?:${alt(words.notStakesAfter)})`, 'iu');
const OWNED_BY_ANY = new RegExp(`^\\s?,?\\s?(?:${alt(words.ownedBy.any)})`, 'iu');
const OWNED_BY_PROJECT = new RegExp(`^\\s?(?:${alt(words.ownedBy.forProjects)})`, 'u');
const REFERENCE = new RegExp(alt(words.referenceWords), 'iu');
/** A state written before a name as its nationality (英シェル, Japan's Mitsui) is no holder of its own. */
const NATIONALITY = /^(?:の|'s|’s)?\s?«?⟨/u;
const GAP_MAX = 40;

export function shareDistributions(masked: Masked, topics?: Topics): FoundRelation[] {
  const text = masked.text;
  const hasPercent = text.includes('%') || text.includes('％');
  if (!hasPercent && !EQUAL.test(text)) return [];
  if (!HOLDING.test(text)) return [];
  const out: FoundRelation[] = [];
  for (const list of text.matchAll(HOLDER_LIST)) {
    const holders = [...list[0].matchAll(ONE_HOLDER)]
      .filter((m) => !(masked.slots[Number(m[1])].type === 'State' && NATIONALITY.test(list[0].slice(m.index + m[0].length))))
      .map((m) => masked.slots[Number(m[1])]);
    if (holders.length < 2) continue;
    if (new Set(holders.map((h) => h.entityId)).size !== holders.length) continue;
    const start = list.index;
    const end = start + list[0].length;
    const shares = (hasPercent ? sharesAfter(text, end, holders.length) : undefined) ?? equalParts(text, start, end, holders.length);
    if (!shares) continue;
    const holding = holdingOf(masked, holders, start, end, shares[0], topics);
    if (!holding) continue;
    holders.forEach((holder, i) => {
      if (holder.entityId === holding.entityId || !typesAllowed('HOLDS_STAKE_IN', holder.type, holding.type)) return;
      out.push({ type: 'HOLDS_STAKE_IN', subject: holder, object: holding, properties: { share: shares[i] }, confidence: 0.7, method: 'rule:stake.distribution' });
    });
  }
  return out;
}

/** The shares the list's holders get, in order, when the words after the list hand them out. */
function sharesAfter(text: string, from: number, count: number): number[] | undefined {
  const rest = text.slice(from, from + GAP_MAX + 60);
  for (const m of rest.matchAll(PERCENT_LIST)) {
    const gap = rest.slice(0, m.index);
    if (gap.length > GAP_MAX || CLAUSE_END.test(gap) || gap.includes('⟨')) return undefined;
    const figures = [...m[0].matchAll(ONE_PERCENT)].map((p) => Number(p[1].replace(',', '.')) / 100);
    const after = rest.slice(m.index + m[0].length);
    if (NOT_STAKE_AFTER.test(after)) return undefined;
    if (figures.length === count && count > 1 && (RESPECTIVELY.test(gap) || RESPECTIVELY.test(after.slice(0, 25)))) return figures;
    if (figures.length === 1 && (EACH_BEFORE.test(gap) || EACH_AFTER.test(after))) return Array(count).fill(figures[0]);
    return undefined;
  }
  return undefined;
}

/** "owned in equal thirds by A, B and C", "A и B владеют им в равных долях": 1/n each. */
function equalParts(text: string, start: number, end: number, count: number): number[] | undefined {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 45);
  const near = (s: string) => EQUAL.test(s) && !CLAUSE_END.test(s);
  if (!near(before) && !near(after.split(/[。；;]/)[0] ?? '')) return undefined;
  return Array(count).fill(Math.round((1 / count) * 1000) / 1000);
}

/**
 * The holding of the statement: a name its holders follow as owners (EACOP Ltd is owned by…,
 * 该管道由…, консорциум X, в котором…; a project as the Japanese topic: Pには…), else the project
 * in its clause nearest the list, else — unless the holding is referred to by a word (该公司, the
 * venture) — what the passage's shares are of.
 */
function holdingOf(masked: Masked, holders: Occurrence[], start: number, end: number, share: number, topics?: Topics): Occurrence | undefined {
  const text = masked.text;
  const clauseStart = Math.max(...[...'。；;!?！？'].map((c) => text.lastIndexOf(c, start)), -1) + 1;
  let owner: Occurrence | undefined;
  let nearest: { slot: Occurrence; distance: number } | undefined;
  for (const m of text.matchAll(/⟨(\d+):(Project|Firm)⟩»?/gu)) {
    const slot = masked.slots[Number(m[1])];
    if (holders.includes(slot)) continue;
    const before = m.index < start;
    if (before && m.index < clauseStart) continue;
    if (!before && CLAUSE_END.test(text.slice(end, m.index))) continue;
    const follows = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (before && (OWNED_BY_ANY.test(follows) || (slot.type === 'Project' && OWNED_BY_PROJECT.test(follows)))) owner = slot;
    if (slot.type !== 'Project') continue;
    const distance = before ? start - m.index : m.index - end;
    if (!nearest || distance < nearest.distance) nearest = { slot, distance };
  }
  if (owner) return owner;
  if (nearest) return nearest.slot;
  if (REFERENCE.test(text.slice(clauseStart, end + GAP_MAX))) return undefined;
  return implicitArgument('Stake', masked.slots, masked.toCompact[start] ?? 0, topics, share, text.slice(0, start));
}
