import { readRules } from '../data';
import type { Masked, Occurrence } from './mask';
import { typesAllowed, type FoundRelation } from './match';
import type { Topics } from './topic';

/**
 * Russian shares stated around the verb of holding rather than through it, the holding named
 * once for several holders or only by its head noun:
 * - the share first, the holder after the verb: «еще 27% контролирует «Русал»», «позднее 5% купил
 *   консорциум Nord Axis» (the case of the name, lost in the mask, is what Russian orders by);
 * - a holder and its share with the verb left out, after a stake was stated: «…, PetroVietnam — 51%»,
 *   «У «Роснефти» и Shell — по 7,5%»;
 * - «Доля X (, представленного Y,) в совместном предприятии составляет 49%» and «Крупнейший
 *   акционер консорциума — Россия в лице «Транснефти»»: the holding is the entity last written with
 *   that head noun (совместного предприятия «Вьетсовпетро», Каспийского трубопроводного консорциума);
 * - a holder and a share with no object after it: «Правительство Сербии контролирует 29,87%.»
 * The holding of the last two kinds without a head noun is the stake just stated (in this sentence or
 * the one before: discourse/focus.ts). A government holding a share stands for its state, as in the
 * ontology's reading of state ownership. Vocabulary: data/rules/ru/shareStatements.json.
 */
interface ShareWords {
  holdingVerbs: string[];
  approximators: string[];
  shareNouns: string[];
  kindsBeforeHolder: string[];
  heads: Record<string, string[]>;
}

const words = readRules<ShareWords>('ru/shareStatements.json');
const alt = (xs: string[]) => xs.join('|');
const APPROX = `(?:(?:${alt(words.approximators)})\\s?)?`;
const SHARE = '(?<share>\\d+(?:[.,]\\d+)?)\\s*%';
const VERB = `(?:${alt(words.holdingVerbs)})[а-яё]*`;
/** One holder: its state adjective, its kind or one adjective before it (американской Chevron). */
const HOLDER = `«?(?:⟨\\d+:State⟩\\s?)?(?:(?:${alt(words.kindsBeforeHolder)})\\s?)?(?:[а-яё]+(?:ая|ой|ий|ый|ое|ие|их|ую)\\s?)?«?⟨\\d+:(?:Firm|State|Organization)⟩»?`;
const HOLDERS = `${HOLDER}(?:\\s?(?:,|и)\\s?${HOLDER})*`;

const SHARE_FIRST = new RegExp(`(?<![\\d,.])${APPROX}${SHARE}\\s?(?:(?<noun>${alt(words.shareNouns)})\\s?)?(?:«?⟨(?<held>\\d+):(?:Project|Firm)⟩»?\\s?)?${VERB}\\s?(?:[а-яё]+\\s?)?(?<list>${HOLDER})`, 'giu');
const ELIDED = new RegExp(`(?:^|[,;]\\s?|\\sа\\s)(?:[Уу]\\s?)?(?<list>${HOLDERS})\\s?[—–]\\s?(?:по\\s?)?${APPROX}${SHARE}`, 'gu');
const SHARE_OF = new RegExp(`(?<![а-яё])дол[яиюе]\\s?(?<list>${HOLDER})(?<rep>\\s?,[^⟨⟩,.;]{0,40}?${HOLDER}\\s?,)?\\s?(?:в\\s?(?<head>[а-яё]+(?:\\s[а-яё]+)?)\\s?)?(?:составля|составил)[а-яё]*\\s?${APPROX}${SHARE}`, 'giu');
const SHAREHOLDER = new RegExp(`акционер[а-яё]*\\s?(?<head>[а-яё]+)\\s?(?:[—–]|является|остается|остаётся|стал[аи]?)\\s?(?<list>${HOLDER})(?<rep>\\s?в\\s?лице\\s?${HOLDER})?(?:\\s?,\\s?котор[а-яё]+\\s?принадлеж[а-яё]+\\s?${APPROX}${SHARE})?`, 'giu');
const NO_OBJECT = new RegExp(`(?:^|[,;]\\s?|\\sа\\s)(?<list>${HOLDER})\\s?(?:также\\s?|сейчас\\s?)?${VERB}\\s?${APPROX}${SHARE}\\s?(?:акций\\s?)?(?=[.;]|$)`, 'giu');

const SLOT_IN = /⟨(\d+):(\w+)⟩/gu;
const HOLDINGS = new Set(['Project', 'Firm']);
const HEADS = Object.entries(words.heads).map(([key, stems]) => ({ key, re: new RegExp(`(?<![а-яёa-z])(?:${alt(stems)})`, stems.some((s) => s === s.toUpperCase()) ? 'u' : 'iu') }));
/** A head noun right before a name (совместного предприятия «Вьетсовпетро», СП «X»). */
const HEADS_BEFORE = HEADS.map((h) => ({ key: h.key, re: new RegExp(`${h.re.source}[а-яё]*\\s?«?$`, h.re.flags) }));

/** Per document: the last holding written with each head noun. */
const headMemory = new WeakMap<Topics, Map<string, Occurrence>>();

export function russianShareStatements(text: string, masked: Masked, found: FoundRelation[], topics?: Topics): FoundRelation[] {
  const memory = topics ? headMemory.get(topics) ?? new Map<string, Occurrence>() : new Map<string, Occurrence>();
  if (topics && !headMemory.has(topics)) headMemory.set(topics, memory);
  const out: FoundRelation[] = [];
  if (masked.text.includes('%')) {
    const stated = (at: number) => lastStake(found.concat(out)) ?? shareOfNamed(masked, at) ?? topics?.focus?.stakeObject();
    const byHead = (phrase: string | undefined) => {
      if (!phrase) return undefined;
      const head = HEADS.find((h) => h.re.test(phrase));
      return head ? memory.get(head.key) : undefined;
    };
    const add = (holders: Occurrence[], holding: Occurrence | undefined, share: string | undefined, method: string) => {
      if (!holding) return;
      for (const h of holders) {
        const holder = asState(h, text, found);
        if (holder.entityId === holding.entityId || !typesAllowed('HOLDS_STAKE_IN', holder.type, holding.type)) continue;
        if (found.concat(out).some((f) => f.type === 'HOLDS_STAKE_IN' && f.subject.entityId === holder.entityId && f.object.entityId === holding.entityId)) continue;
        const properties: Record<string, number> = share ? { share: Number(share.replace(',', '.')) / 100 } : {};
        out.push({ type: 'HOLDS_STAKE_IN', subject: holder, object: { ...holding, anaphor: true }, properties, confidence: 0.7, method: `rule:ru.stake.${method}` });
      }
    };
    for (const m of masked.text.matchAll(SHAREHOLDER)) {
      const g = m.groups!;
      add([...holdersIn(g.list, masked), ...holdersIn(g.rep, masked)], byHead(g.head), g.share, 'shareholder-of-head');
    }
    for (const m of masked.text.matchAll(SHARE_OF)) {
      const g = m.groups!;
      add([...holdersIn(g.list, masked), ...holdersIn(g.rep, masked)], byHead(g.head) ?? stated(m.index), g.share, 'share-of-head');
    }
    for (const m of masked.text.matchAll(SHARE_FIRST)) {
      const g = m.groups!;
      // Only where a holding is at hand: «60% добычи контролирует Китай» is a market, not a stake.
      const held = g.held ? masked.slots[Number(g.held)] : undefined;
      add(holdersIn(g.list, masked), held ?? (g.noun ? byHead(g.noun) : undefined) ?? stated(m.index), g.share, 'share-first-holder-after');
    }
    for (const m of masked.text.matchAll(ELIDED)) {
      const g = m.groups!;
      add(holdersIn(g.list, masked), stated(m.index), g.share, 'elided-verb');
    }
    for (const m of masked.text.matchAll(NO_OBJECT)) {
      const g = m.groups!;
      add(holdersIn(g.list, masked), stated(m.index), g.share, 'share-without-object');
    }
  }
  rememberHeads(text, masked, memory);
  return out;
}

/** The holding of the latest stake stated in the sentence. */
function lastStake(found: FoundRelation[]): Occurrence | undefined {
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i];
    if (f.type === 'HOLDS_STAKE_IN' && HOLDINGS.has(f.object.type)) return f.object;
  }
  return undefined;
}

/** A share of a named holding earlier in the sentence (…принадлежит 37% акций «Норникеля», еще 27%…), whoever holds it. */
function shareOfNamed(masked: Masked, before: number): Occurrence | undefined {
  let last: Occurrence | undefined;
  for (const m of masked.text.slice(0, before).matchAll(/\d\s*%\s?(?:акций\s?|доли\s?|капитала\s?)?«?⟨(\d+):(?:Firm|Project)⟩/gu)) last = masked.slots[Number(m[1])];
  return last;
}

/** The holders a matched list names: a state written right before another name is its nationality. */
function holdersIn(span: string | undefined, masked: Masked): Occurrence[] {
  if (!span) return [];
  const out: Occurrence[] = [];
  for (const m of span.matchAll(SLOT_IN)) {
    const rest = span.slice(m.index + m[0].length);
    // A state before another name, or before a noun phrase (кипрской инвестиционной компании X), is an adjective.
    if (m[2] === 'State' && (/^\s?(?:[а-яё]+\s?)?«?⟨/u.test(rest) || /^\s?[а-яё]+(?:ой|ей|ого|ему|ому|ая|ую|ий|ые|ых)\s/u.test(masked.text.slice(masked.text.indexOf(m[0]) + m[0].length)))) continue;
    out.push(masked.slots[Number(m[1])]);
  }
  return out;
}

/** «Правительство Сербии» holding a share: the state, seated by the name's last word (russianSeats.ts). */
function asState(holder: Occurrence, text: string, found: FoundRelation[]): Occurrence {
  if (holder.type !== 'Organization' || !/^правительств/iu.test(text.slice(holder.start, holder.end))) return holder;
  const seat = found.find((f) => f.type === 'LOCATED_IN' && f.subject === holder && f.object.type === 'State');
  return seat ? { ...seat.object, start: holder.start, end: holder.end } : holder;
}

/** Notes the holdings this sentence writes with a head noun, inside the name or right before it. */
function rememberHeads(text: string, masked: Masked, memory: Map<string, Occurrence>): void {
  for (const m of masked.text.matchAll(SLOT_IN)) {
    const slot = masked.slots[Number(m[1])];
    if (slot.anaphor || !HOLDINGS.has(slot.type)) continue;
    const before = masked.text.slice(Math.max(0, m.index - 40), m.index);
    const name = text.slice(slot.start, slot.end);
    for (const [i, h] of HEADS.entries()) if (h.re.test(name) || HEADS_BEFORE[i].re.test(before)) memory.set(h.key, slot);
  }
}
