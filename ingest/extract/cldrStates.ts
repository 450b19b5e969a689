import fs from 'node:fs';
import path from 'node:path';
import type { LexiconEntry } from './lexicon';
import { isCjkChar, nameKey } from './script';
import { slug } from './ids';

/**
 * Every sovereign state in every script, from the CLDR territory names: the hand lexicon lists
 * only the states the sample texts needed and misses the rest (Italy in Russian, Ukraine in
 * Japanese …). CLDR gives the standard name of each region code in each locale, with its short
 * and variant forms (US / USA, Türkiye / Turkey); the hand entries keep their keys and their
 * forms CLDR lacks (俄國, 美方, demonyms).
 */
interface CldrConfig {
  locales: string[];
  /** States that are not UN members (Taiwan, the Holy See, Palestine, Kosovo). */
  extraStates: string[];
  /** Region codes that are organisations, by the lexicon key they merge into. */
  organizations: Record<string, string>;
  /** Territory names that are ordinary words or people's names more often than states. */
  skipNames: string[];
}

type Territories = Record<string, string>;

const cldrDir = path.dirname(require.resolve('cldr-localenames-modern/package.json'));

function territories(locale: string): Territories {
  const file = path.join(cldrDir, 'main', locale, 'territories.json');
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { main: Record<string, { localeDisplayNames: { territories: Territories } }> };
  return json.main[locale].localeDisplayNames.territories;
}

/** The United Nations members, as CLDR's territory containment lists them. */
function unMembers(): string[] {
  const file = require.resolve('cldr-core/supplemental/territoryContainment.json');
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { supplemental: { territoryContainment: Record<string, { _contains?: string[] }> } };
  return json.supplemental.territoryContainment.UN?._contains ?? [];
}

/**
 * "Myanmar (Burma)" → Myanmar (Burma), Myanmar: the name before the brackets is written alone
 * too (the bracketed part may be a capital city: 剛果（金夏沙）).
 */
function forms(name: string): string[] {
  const m = /^(.+?)\s*[（(]([^）)]+)[）)]$/.exec(name);
  return m ? [name, m[1]] : [name];
}

/** The names of one region code in every configured locale (standard, -alt-short, -alt-variant). */
function namesOf(code: string, byLocale: Territories[], skip: Set<string>): string[] {
  const names: string[] = [];
  for (const t of byLocale) {
    for (const k of [code, `${code}-alt-short`, `${code}-alt-variant`]) {
      const name = t[k];
      if (!name) continue;
      for (const f of forms(name)) {
        // Two kana are too short to tell a state from a word part (マリ in マリン).
        if (skip.has(f) || (f.length <= 2 && isCjkChar(f[0]) && /^[\u3040-\u30ff]+$/.test(f))) continue;
        names.push(f);
      }
    }
  }
  return names;
}

/**
 * The hand entries with the CLDR names merged in, and an entry for every state the hand list
 * lacks. A CLDR name already used by another entry stays with that entry.
 */
export function withCldrStates(hand: LexiconEntry[], configFile: string): LexiconEntry[] {
  if (!fs.existsSync(configFile)) return hand;
  const config = JSON.parse(fs.readFileSync(configFile, 'utf8')) as CldrConfig;
  const byLocale = config.locales.map(territories);
  const en = territories('en');
  const skip = new Set(config.skipNames);
  const entries = hand.map((e) => ({ ...e, names: [...e.names] }));
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const owner = new Map<string, LexiconEntry>();
  for (const e of entries) for (const n of e.names) if (!owner.has(nameKey(n))) owner.set(nameKey(n), e);

  const add = (entry: LexiconEntry, names: string[]) => {
    for (const n of names) {
      const k = nameKey(n);
      if (k.length < 2) continue;
      const o = owner.get(k);
      if (o && o !== entry) continue;
      if (!o) owner.set(k, entry);
      if (!entry.names.includes(n)) entry.names.push(n);
    }
  };

  for (const [code, key] of Object.entries(config.organizations)) {
    const entry = byKey.get(key);
    if (entry) add(entry, namesOf(code, byLocale, skip));
  }
  const codes = [...new Set([...unMembers(), ...config.extraStates])].filter((c) => en[c]);
  const namesByCode = new Map(codes.map((c) => [c, namesOf(c, byLocale, skip)]));
  // A name two states share (Congo for both Congos) names neither.
  const codeCount = new Map<string, number>();
  for (const names of namesByCode.values()) for (const k of new Set(names.map(nameKey))) codeCount.set(k, (codeCount.get(k) ?? 0) + 1);
  for (const code of codes) {
    const names = (namesByCode.get(code) ?? []).filter((n) => codeCount.get(nameKey(n)) === 1);
    const enForms = [en[code], en[`${code}-alt-short`], en[`${code}-alt-variant`]].filter((x): x is string => !!x).flatMap(forms);
    // Keyed and named in English by the first standard form that names the state alone:
    // "Myanmar (Burma)" → Myanmar, "Palestinian Territories" → Palestine.
    const english = enForms.find((n) => !skip.has(n) && codeCount.get(nameKey(n)) === 1) ?? en[code];
    const base = forms(english)[1] ?? english;
    let entry = byKey.get(slug(base))
      ?? [...enForms, ...names].map((n) => owner.get(nameKey(n))).find((e) => e?.type === 'State');
    if (entry && entry.type !== 'State') entry = undefined;
    if (!entry) {
      const nameEn = base;
      const key = slug(nameEn);
      if (byKey.has(key)) continue;
      entry = { key, type: 'State', nameEn, names: [], abbreviations: [] };
      entries.push(entry);
      byKey.set(key, entry);
    }
    add(entry, names);
  }
  return entries;
}
