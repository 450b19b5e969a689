import { readRules } from './data';
import type { Lexicon } from './lexicon';
import { headOf } from './mentions/heads';
import type { NamedMention } from './resolve';
import { isCjkChar, nameKey, toSimplified } from './script';

/** Words a name is written with either way (data/rules/zh/nameVariants.json). */
interface VariantRules {
  sameWords: string[][];
  minContainedLength: number;
}

const rules = readRules<VariantRules>('zh/nameVariants.json');
const sameWords = rules.sameWords.map((ws) => ws.map(toSimplified));

/** The name with every variant word written its first way: 日美贸易协议 → 日美贸易协定. */
function variantKey(name: string): string {
  let key = nameKey(name);
  for (const [first, ...others] of sameWords) for (const o of others) key = key.split(o).join(first);
  return key;
}

/**
 * Names in one document that name one thing, made to resolve as one before resolution proper:
 * variants (协议 / 协定), a name and the same name with a modifier (地球仪外交 / 俯瞰地球仪外交),
 * and a name and the same name with its head word (安纳达科 / 安纳达科石油, 萨贝塔 / 萨贝塔港).
 * Only names found in the text take part; the lexicon decides its own names.
 */
export function mergeNameVariants(lexicon: Lexicon, mentions: NamedMention[]): void {
  const found = mentions.filter((m) => !m.lexiconKey && isCjkChar(m.name[0]) && !lexicon.byNameKey.has(nameKey(m.name)));
  if (found.length === 0) return;
  // A found name may be the tail of a lexicon entity's longer name written in this document
  // (液化天然气专案 after 莫三比克液化天然气（Mozambique LNG）专案): the document shortens it.
  const known = mentions.filter((m) => m.lexiconKey && isCjkChar(m.name[0]) && headOf(m.name, true));
  // Variant spellings: all take the name first seen.
  const byVariant = new Map<string, NamedMention>();
  for (const m of found) {
    const key = variantKey(m.name);
    const first = byVariant.get(key);
    if (!first) byVariant.set(key, m);
    else if (first.type === m.type) m.name = first.name;
  }
  const names = new Map<string, NamedMention>();
  for (const m of found) if (!names.has(m.name)) names.set(m.name, m);
  const distinct = [...names.values()];
  const knownNames = new Map<string, NamedMention>();
  for (const m of known) if (!knownNames.has(m.name)) knownNames.set(m.name, m);
  const candidates = [...distinct, ...knownNames.values()];
  for (const short of distinct) {
    if (short.name.length < 2 || short.type === 'Person') continue;
    const longer = candidates.filter((long) => long !== short && long.name.length > short.name.length && contains(long, short));
    // One longer name only: 安纳达科 next to both 安纳达科石油 and 安纳达科公司 is left alone.
    if (new Set(longer.map((l) => l.name)).size !== 1) continue;
    const target = longer[0];
    for (const m of found) {
      if (m.name !== short.name) continue;
      m.name = target.name;
      m.type = target.type;
      if (target.lexiconKey) m.lexiconKey = target.lexiconKey;
    }
  }
}

function contains(long: NamedMention, short: NamedMention): boolean {
  // 俯瞰地球仪外交 ⊃ 地球仪外交: the shorter is a headed name of the same type.
  if (long.type === short.type && short.name.length >= rules.minContainedLength && long.name.endsWith(short.name) && headOf(short.name, true)) return true;
  // 萨贝塔港 = 萨贝塔 + head word.
  const head = headOf(long.name, true);
  return head !== undefined && long.name === short.name + head.word && !headOf(short.name, true);
}
