import { readRules } from '../data';
import { LiteralScanner } from '../requiredText';
import { toSimplified } from '../script';

/** An entity occurrence in a sentence, in offsets of the compact match text. */
export interface Occurrence {
  start: number;
  end: number;
  entityId: string;
  type: string;
  /** Not a name but a reference back (该项目). */
  anaphor?: boolean;
  /** A one-character state abbreviation (日俄): those coordinate without a separator. */
  abbreviation?: boolean;
  /** A subject pronoun (English "it"): it opens a clause of its own, it is no list member. */
  pronoun?: boolean;
}

export interface Masked {
  text: string;
  /** masked offset → compact offset */
  toCompact: number[];
  slots: Occurrence[];
}

const anaphoraRules = readRules<Record<string, unknown>>('zh/anaphora.json');
const anaphora = Object.entries(anaphoraRules)
  .filter(([type]) => /^[A-Z]/.test(type))
  .flatMap(([type, phrases]) => (phrases as string[]).map((p) => ({ type, phrase: toSimplified(p) })));

/** Words that, right after a phrase, make it part of another word (该矿业公司: a firm, not 该矿). */
const notBefore = new Map(Object.entries((anaphoraRules.notBefore ?? {}) as Record<string, string[]>).map(([phrase, words]) => [toSimplified(phrase), words.map(toSimplified)]));

const antecedentHeads = new Map(Object.entries((anaphoraRules.antecedentHeads ?? {}) as Record<string, string[]>).map(([type, heads]) => [type, heads.map(toSimplified)]));

/** Does an unnamed thing of that type (a head word outside every name) stand before `at`? */
function unnamedBefore(text: string, taken: Occurrence[], type: string, at: number): boolean {
  for (const head of antecedentHeads.get(type) ?? []) {
    for (let i = text.indexOf(head); i >= 0 && i + head.length <= at; i = text.indexOf(head, i + 1)) {
      const inAnaphor = anaphora.some((a) => a.type === type && text.startsWith(a.phrase, i + head.length - a.phrase.length));
      if (!inAnaphor && !taken.some((t) => t.start <= i && i + head.length <= t.end)) return true;
    }
  }
  return false;
}

/** Most sentences refer back to nothing: one pass finds the phrases that occur. */
const anaphorScanner = new LiteralScanner(anaphora.map((a) => a.phrase));

/**
 * 该项目, 该公司…: the latest entity of that type named before, if any — earlier in the same
 * sentence first (…霍克比尔页岩气项目 92.0% 的股权，该项目天然气储量…), else in earlier sentences.
 */
export function anaphorOccurrences(text: string, taken: Occurrence[], latest: Map<string, string>, resolve?: (type: string, phrase: string) => string | undefined): Occurrence[] {
  const out: Occurrence[] = [];
  const present = anaphorScanner.occurring(text);
  for (let k = 0; k < anaphora.length; k++) {
    if (present[k] === 0) continue;
    const { type, phrase } = anaphora[k];
    let at = text.indexOf(phrase);
    while (at >= 0) {
      if (notBefore.get(phrase)?.some((w) => text.startsWith(w, at + phrase.length))) {
        at = text.indexOf(phrase, at + 1);
        continue;
      }
      const id = nearestBefore(taken, type, at) ?? (unnamedBefore(text, taken, type, at) ? undefined : resolve ? resolve(type, phrase) : latest.get(type));
      if (id && !taken.some((t) => at < t.end && t.start < at + phrase.length)) out.push({ start: at, end: at + phrase.length, entityId: id, type, anaphor: true });
      at = text.indexOf(phrase, at + 1);
    }
  }
  return out;
}

function nearestBefore(taken: Occurrence[], type: string, at: number): string | undefined {
  let best: Occurrence | undefined;
  for (const t of taken) if (t.type === type && !t.anaphor && t.end <= at && (!best || t.end > best.end)) best = t;
  return best?.entityId;
}

/** A bracket right where a name ends (sticky: tried at that offset only). */
const BRACKETED_ORIGINAL = /[（(][^（）()，。；]{1,40}[）)]/y;
/** English writes a space first: Indian Oil Corporation (IOC). Dropped only when it names the same entity. */
const SPACED_ACRONYM = / [(][^()]{1,40}[)]/y;

/**
 * The sentence with every entity replaced by ⟨slot:Type⟩. Names sharing one span (庫頁島 1、2 號)
 * become coordinated slots; a bracketed original right after a name (普欽（Vladimir Putin）) is
 * dropped, it names the same thing.
 */
export function maskSentence(text: string, occurrences: Occurrence[]): Masked {
  const sorted = [...occurrences].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  const toCompact: number[] = [];
  const slots: Occurrence[] = [];
  let i = 0;
  let k = 0;
  // Characters outside names are copied a run at a time.
  let runStart = 0;
  while (i < text.length) {
    if (k < sorted.length && sorted[k].start === i) {
      out += text.slice(runStart, i);
      const group = sorted.filter((o) => o.start === i && o.end === sorted[k].end);
      group.forEach((o, n) => {
        const placeholder = `${n > 0 ? '、' : ''}⟨${slots.length}:${o.type}⟩`;
        for (let c = 0; c < placeholder.length; c++) toCompact.push(i);
        out += placeholder;
        slots.push(o);
      });
      i = sorted[k].end;
      k += group.length;
      while (k < sorted.length && sorted[k].start < i) k++;
      BRACKETED_ORIGINAL.lastIndex = i;
      const paren = BRACKETED_ORIGINAL.exec(text);
      if (paren) i += paren[0].length;
      else {
        SPACED_ACRONYM.lastIndex = i;
        const spaced = SPACED_ACRONYM.exec(text);
        const id = group[0].entityId;
        const inside = spaced ? sorted.filter((o) => o.start >= i && o.end <= i + spaced[0].length) : [];
        if (spaced && inside.length && inside.every((o) => o.entityId === id)) i += spaced[0].length;
      }
      while (k < sorted.length && sorted[k].start < i) k++;
      runStart = i;
      continue;
    }
    toCompact.push(i);
    i++;
  }
  out += text.slice(runStart);
  toCompact.push(text.length);
  return { text: out, toCompact, slots };
}

/** Where an occurrence's slot stands in the masked text; -1 when it has none. */
export function slotStart(masked: Masked, occ: Occurrence): number {
  const i = masked.slots.indexOf(occ);
  return i < 0 ? -1 : masked.text.indexOf(`⟨${i}:`);
}

/** Quotation marks right around one name: "the “Arctic LNG 2” project". */
const QUOTED_SLOT = /(?:“(⟨\d+:[A-Za-z]+⟩)”|"(⟨\d+:[A-Za-z]+⟩)"|[‘'](⟨\d+:[A-Za-z]+⟩)[’'](?!\p{L}))/gu;

/**
 * English quotes a name now and then (the “Power of Siberia 2” pipeline); the rules read names
 * bare, so the marks around a single name go from the masked text (and their offsets with them).
 */
export function unquoteSlots(masked: Masked): Masked {
  if (!/[“"‘']⟨/.test(masked.text)) return masked;
  let text = '';
  const toCompact: number[] = [];
  let at = 0;
  for (const hit of masked.text.matchAll(QUOTED_SLOT)) {
    const start = hit.index!;
    const end = start + hit[0].length;
    // Matching text drops the space next to a quote mark (the“Arctic LNG 2”project): a mark between a word and the name gives it back.
    const spaceBefore = /[\p{L}\p{N},]$/u.test(masked.text.slice(0, start)) ? ' ' : '';
    const spaceAfter = /^[\p{L}\p{N}]/u.test(masked.text.slice(end, end + 1)) ? ' ' : '';
    text += masked.text.slice(at, start) + spaceBefore + (hit[1] ?? hit[2] ?? hit[3]) + spaceAfter;
    toCompact.push(...masked.toCompact.slice(at, spaceBefore ? start + 1 : start), ...masked.toCompact.slice(start + 1, end - 1), ...(spaceAfter ? [masked.toCompact[end - 1]] : []));
    at = end;
  }
  text += masked.text.slice(at);
  toCompact.push(...masked.toCompact.slice(at));
  return { ...masked, text, toCompact };
}
