import { readRules } from '../data';
import type { RuleLang } from './rules';
import { slotStart, type Masked } from './mask';
import type { FoundRelation } from './match';

/**
 * A subject that opposes sanctions does not impose them: "土耳其反对对伊朗实施制裁", "トルコはイラン
 * への制裁に反対した" state that Turkey is against sanctioning Iran, yet a sanctions rule reads
 * "Turkey … sanctions … Iran" in them. A sanctions relation whose subject stands before such a
 * phrase in the same clause is dropped (data/rules/opposedSanctions.json); sanctions imposed by
 * another subject (the US imposed sanctions on Iran, which Turkey opposed) stay.
 */
const phrases = readRules<Record<string, string[] | string>>('opposedSanctions.json');
const compiled = new Map<string, RegExp[]>();

function patterns(lang: RuleLang): RegExp[] {
  let list = compiled.get(lang);
  if (!list) {
    const raw = phrases[lang];
    list = Array.isArray(raw) ? raw.map((p) => new RegExp(p, lang === 'en' ? 'gi' : 'g')) : [];
    compiled.set(lang, list);
  }
  return list;
}

const CLAUSE_END = /[。；;.!?！？]/;

export function dropOpposedSanctions(masked: Masked, found: FoundRelation[], lang: RuleLang): FoundRelation[] {
  if (!found.some((f) => f.type === 'SANCTIONS')) return found;
  const opposed: { start: number; end: number }[] = [];
  for (const re of patterns(lang)) for (const m of masked.text.matchAll(re)) opposed.push({ start: m.index!, end: m.index! + m[0].length });
  if (opposed.length === 0) return found;
  return found.filter((f) => {
    if (f.type !== 'SANCTIONS' || f.subject.anaphor) return true;
    const at = slotStart(masked, f.subject);
    if (at < 0) return true;
    // The opposition follows the subject in its clause.
    return !opposed.some((o) => o.start > at && !CLAUSE_END.test(masked.text.slice(at, o.start)));
  });
}
