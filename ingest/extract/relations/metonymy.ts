import { readRules } from '../data';
import { toSimplified } from '../script';
import type { Occurrence } from './mask';
import type { FoundRelation } from './match';

/**
 * Names that stand for a state: an administration (拜登政府, 马杜罗政府 — the state its head
 * leads) and a capital doing what states do (北京宣布…, 对莫斯科实施制裁). The name's occurrence
 * is replaced by a reference to the state on the same span (an administration's with its 政府),
 * so every trigger rule reads the state; a capital where it is a place (在北京签署) stays one.
 * Vocabulary: data/rules/zh/metonymy.json.
 */

interface MetonymyWords {
  governmentWords: string[];
  leaders: Record<string, string>;
  capitals: Record<string, string>;
  stateActs: string[];
  objectActs: string[];
  actLeadIns: string[];
  placeWords: string[];
}

const raw = readRules<MetonymyWords>('zh/metonymy.json');
const list = (words: string[]) => words.map(toSimplified).sort((a, b) => b.length - a.length);
const words = {
  government: list(raw.governmentWords),
  acts: list(raw.stateActs),
  objectActs: list(raw.objectActs),
  leadIns: list(raw.actLeadIns),
  places: list(raw.placeWords),
};
/** The original in brackets after a person's name (苏纳克（Rishi Sunak）政府). */
const ORIGINAL = /^[（(][^（）()，,。；;]{1,40}[）)]/;
/** Prepositions that make a capital after them an object (对北京, 与莫斯科). */
const OBJECT_PREPOSITIONS = new Set([...'对向与同']);
/** How far after a capital as object its act may stand (对北京实施, 与莫斯科签署了). */
const OBJECT_ACT_REACH = 6;

export class Metonymy {
  /** Person → the state the document said the person leads (美国总统川普). */
  private led = new Map<string, string>();

  /** `isState`: is that id a state the document names (a reference needs an entity to stand for)? */
  constructor(private readonly isState: (id: string) => boolean) {}

  noteRelation(f: FoundRelation): void {
    if (f.type === 'LEADS' && f.subject.type === 'Person' && f.object.type === 'State' && !this.led.has(f.subject.entityId)) this.led.set(f.subject.entityId, f.object.entityId);
  }

  /** Replaces, in place, the occurrences of one sentence (compact simplified text) that stand for a state. */
  apply(text: string, occurrences: Occurrence[]): void {
    for (let i = 0; i < occurrences.length; i++) {
      const o = occurrences[i];
      if (o.anaphor) continue;
      const state = o.type === 'Person' ? this.administration(text, o) : o.type === 'Place' ? capital(text, o) : undefined;
      if (state && this.isState(state.id)) occurrences[i] = { start: o.start, end: state.end, entityId: state.id, type: 'State', anaphor: true };
    }
  }

  private administration(text: string, o: Occurrence): { id: string; end: number } | undefined {
    const after = o.end + (ORIGINAL.exec(text.slice(o.end))?.[0].length ?? 0);
    const word = words.government.find((w) => text.startsWith(w, after));
    const id = word ? this.led.get(o.entityId) ?? raw.leaders[o.entityId] : undefined;
    return id && word ? { id, end: after + word.length } : undefined;
  }
}

/** A capital as the subject or object of a state's act, not as a place. */
function capital(text: string, o: Occurrence): { id: string; end: number } | undefined {
  const id = raw.capitals[o.entityId];
  if (!id || words.places.some((w) => text.endsWith(w, o.start))) return undefined;
  const before = text[o.start - 1];
  if (before !== undefined && OBJECT_PREPOSITIONS.has(before)) {
    const reach = text.slice(o.end, o.end + OBJECT_ACT_REACH + 2);
    return words.objectActs.some((w) => reach.includes(w)) ? { id, end: o.end } : undefined;
  }
  let at = o.end;
  for (let lead = words.leadIns.find((w) => text.startsWith(w, at)); lead; lead = words.leadIns.find((w) => text.startsWith(w, at))) at += lead.length;
  return words.acts.some((w) => text.startsWith(w, at)) ? { id, end: o.end } : undefined;
}
