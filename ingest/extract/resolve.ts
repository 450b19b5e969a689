import type { ResolvedEntity } from '../model';
import { discoveredEntityId } from './ids';
import { mergeNameVariants } from './nameVariants';
import type { Lexicon } from './lexicon';
import { inflectionKey } from './russianWords';
import { CJK_CHAR, isCjkChar, nameKey } from './script';

/** A mention as resolve sees it. */
export interface NamedMention {
  surface: string;
  /** The name to resolve by (the surface unless a numbered series or bracket gave another). */
  name: string;
  type: string;
  lexiconKey?: string;
  pairedName?: string;
  entityId?: string;
}

/**
 * One entity per real thing: lexicon names (any script), 中文（Latin） pairs, traditional =
 * simplified (names compare by nameKey), acronyms of English names, and people named with and
 * without their given name. Sets entityId on every mention and returns the entities.
 */
export function resolveEntities(lexicon: Lexicon, mentions: NamedMention[]): ResolvedEntity[] {
  mergeNameVariants(lexicon, mentions);
  const names = new NameGroups();
  const keyOf = mentionKeys(lexicon);
  linkNames(lexicon, mentions, keyOf, names);
  mergePeopleAndAcronyms(mentions, keyOf, (x) => names.find(x), (a, b) => names.union(a, b));
  const entities: ResolvedEntity[] = [];
  for (const [root, group] of groupByRoot(mentions, keyOf, names)) entities.push(groupEntity(lexicon, root, group));
  return mergeSameIds(entities);
}

/**
 * Union-find over name keys (lex:…, name:…, ru:…). A lexicon key always stays the root, so the
 * lexicon decides id and type.
 */
class NameGroups {
  private readonly parent = new Map<string, string>();

  add(x: string): void {
    if (!this.parent.has(x)) this.parent.set(x, x);
  }

  find(x: string): string {
    while (this.parent.get(x) !== x) x = this.parent.get(x) ?? x;
    return x;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    // Two lexicon entries are never one entity, even through a name they share: Ташкент as the
    // city (в Ташкенте) and as the capital written for Uzbekistan (Ташкент заявил) stay apart.
    if (ra.startsWith('lex:') && rb.startsWith('lex:')) return;
    if (rb.startsWith('lex:')) this.parent.set(ra, rb);
    else this.parent.set(rb, ra);
  }
}

/** A mention's key is asked for again and again: worked out once per mention. */
function mentionKeys(lexicon: Lexicon): (m: NamedMention) => string {
  const keys = new Map<NamedMention, string>();
  return (m) => {
    let key = keys.get(m);
    if (key === undefined) {
      key = mentionKey(lexicon, m);
      keys.set(m, key);
    }
    return key;
  };
}

/** Each mention with its lexicon entry, its own name, its paired original and its Russian case forms. */
function linkNames(lexicon: Lexicon, mentions: NamedMention[], keyOf: (m: NamedMention) => string, names: NameGroups): void {
  for (const m of mentions) {
    const k = keyOf(m);
    names.add(k);
    if (m.pairedName) {
      const p = lexicon.byNameKey.get(nameKey(m.pairedName));
      const pk = p ? `lex:${p.key}` : `name:${nameKey(m.pairedName)}`;
      // Two lexicon entries are never one entity: in アルミニウム（EGA） the bracket is the original
      // of a longer name the commodity word only ends, not another name of the commodity.
      if (!(p && k.startsWith('lex:') && k !== pk)) {
        names.add(pk);
        names.union(k, pk);
      }
    }
    const own = `name:${nameKey(m.name)}`;
    names.add(own);
    names.union(k, own);
    // Case forms of one Russian name (Атомфлот, Атомфлота) are one entity of one type.
    const inflected = m.lexiconKey ? undefined : inflectionKey(m.name);
    if (inflected !== undefined) {
      const ik = `ru:${m.type}:${inflected}`;
      names.add(ik);
      names.union(k, ik);
    }
  }
}

function groupByRoot(mentions: NamedMention[], keyOf: (m: NamedMention) => string, names: NameGroups): Map<string, NamedMention[]> {
  const groups = new Map<string, NamedMention[]>();
  for (const m of mentions) {
    const root = names.find(keyOf(m));
    const group = groups.get(root);
    if (group) group.push(m);
    else groups.set(root, [m]);
  }
  return groups;
}

/** The entity a group of mentions names: the lexicon's id, type and names, else the commonest surface. */
function groupEntity(lexicon: Lexicon, root: string, group: NamedMention[]): ResolvedEntity {
  const entry = root.startsWith('lex:') ? lexicon.entries.get(root.slice(4)) : undefined;
  const latin = group.map((m) => m.pairedName ?? (CJK_CHAR.test(m.name) ? undefined : m.name)).find(Boolean);
  const surfaces = group.map((m) => m.surface);
  const commonest = mostCommon(surfaces.filter((s) => isCjkChar(s[0]))) ?? mostCommon(surfaces)!;
  const id = entry?.key ?? discoveredEntityId(latin, commonest);
  const type = entry?.type ?? mostCommon(group.map((m) => m.type))!;
  const aliases = new Set<string>([...surfaces, ...group.map((m) => m.name), ...group.flatMap((m) => (m.pairedName ? [m.pairedName] : []))]);
  if (entry) for (const n of entry.names) aliases.add(n);
  for (const m of group) m.entityId = id;
  return {
    id,
    type,
    name: entry ? entry.names.find((n) => isCjkChar(n[0])) ?? entry.nameEn : commonest,
    nameEn: entry?.nameEn ?? latin,
    aliases: [...aliases].filter((a) => a.length > 1 || a === commonest),
    mentions: group.length,
  };
}

/** Person names with and without the given name (Putin / Vladimir Putin), acronyms (TSKJ). */
function mergePeopleAndAcronyms(
  mentions: NamedMention[],
  keyOf: (m: NamedMention) => string,
  find: (x: string) => string,
  union: (a: string, b: string) => void,
): void {
  // Every pair is looked at, in mention order (the order of unions decides which lexicon key
  // wins a group); what each mention contributes is worked out once, not once per pair.
  const persons = mentions.filter((m) => m.type === 'Person');
  const surnames = persons.map((long) => lastOfSeveralWords((long.pairedName ?? long.name).trim()));
  for (const short of mentions) {
    if (short.type !== 'Person' || short.lexiconKey) continue;
    const s = short.name.trim();
    const latin = /^[A-Z][a-z]+$/.test(s);
    const cjk = isCjkChar(s[0]) && s.length >= 2;
    if (!latin && !cjk) continue;
    persons.forEach((long, k) => {
      if (long === short) return;
      const latinMatch = latin && surnames[k] === s;
      const cjkMatch = cjk && long.name.length > s.length && long.name.startsWith(s);
      if (latinMatch || cjkMatch) union(keyOf(long), keyOf(short));
    });
  }
  const initials = mentions.map(initialsOf);
  for (const a of mentions) {
    if (a.lexiconKey || !/^[A-Z]{2,6}$/.test(a.pairedName ?? a.name)) continue;
    const acronym = a.pairedName ?? a.name;
    mentions.forEach((b, k) => {
      if (initials[k] === undefined || b === a || b.type !== a.type) return;
      if (initials[k] === acronym && find(keyOf(a)) !== find(keyOf(b))) union(keyOf(b), keyOf(a));
    });
  }
}

function mentionKey(lexicon: Lexicon, m: NamedMention): string {
  const viaLexicon = m.lexiconKey
    ?? lexicon.byNameKey.get(nameKey(m.name))?.key
    ?? (m.pairedName ? lexicon.byNameKey.get(nameKey(m.pairedName))?.key : undefined)
    ?? placeBeforeDivisionWord(lexicon, m);
  return viaLexicon ? `lex:${viaLexicon}` : `name:${nameKey(m.name)}`;
}

/** A lower-case division word that English news writes after a province's or region's own name. */
const DIVISION_WORD = / (?:region|province|prefecture)$/;

/**
 * "in Cusco region", "Peru's Cusco region", "in Salta province": the English head-word rules find
 * the name with its division word, which is the lexicon place itself (the lexicon finds "the Cusco
 * region" by its own name and takes the word in). Only a Place of the lexicon: "Mexico state" is
 * not the state of Mexico, and "state" is left out (Washington state is not Washington).
 */
function placeBeforeDivisionWord(lexicon: Lexicon, m: NamedMention): string | undefined {
  if (m.type !== 'Place' || !DIVISION_WORD.test(m.name)) return undefined;
  const entry = lexicon.byNameKey.get(nameKey(m.name.replace(DIVISION_WORD, '')));
  return entry?.type === 'Place' ? entry.key : undefined;
}

/** The last word of a name of two words or more (Vladimir Putin → Putin). */
function lastOfSeveralWords(name: string): string | undefined {
  const words = name.split(/\s+/);
  return words.length > 1 ? words[words.length - 1] : undefined;
}

/** Initials of a mention's English name (Technip Stroytransgaz → TS), if it has one. */
function initialsOf(m: NamedMention): string | undefined {
  const en = m.pairedName ?? (CJK_CHAR.test(m.name) ? undefined : m.name);
  if (!en) return undefined;
  return en.split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
}

function mergeSameIds(entities: ResolvedEntity[]): ResolvedEntity[] {
  const byId = new Map<string, ResolvedEntity>();
  for (const e of entities) {
    const seen = byId.get(e.id);
    if (!seen) {
      byId.set(e.id, e);
      continue;
    }
    seen.aliases = [...new Set([...seen.aliases, ...e.aliases])];
    seen.mentions += e.mentions;
  }
  return [...byId.values()];
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}
