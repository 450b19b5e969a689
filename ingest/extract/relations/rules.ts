import { isRelationshipType } from '../../../graph/ontology';
import { readRules } from '../data';
import { toSimplified } from '../script';
import { FilterIndex, textFilter, type TextFilter } from '../requiredText';

/** A trigger rule as written in data/rules/relations.<lang>.json. */
export interface RuleSpec {
  id: string;
  type: string;
  pattern: string;
  confidence: number;
  both?: boolean;
  role?: string;
  roleFrom?: string;
  repeatObjects?: string;
}

export interface CompiledRule extends RuleSpec {
  lang: 'zh' | 'en';
  regex: RegExp;
  /** The trigger words (and slots) a match cannot do without: tested before the regex runs. */
  filter: TextFilter;
  repeat?: RegExp;
}

/** Placeholders of masked text: ⟨slot:Type⟩. */
export const SLOT = /⟨(\d+):([A-Za-z]+)⟩/g;

const ZH_JOIN = '(?:和|与|及|以及|、|或|同|跟|并|,|，)?';
const EN_JOIN = '(?:,? and |, | or |,? as well as )?';
/** A short gap may hold a place or time phrase (在西伯利亚地区, 于2014年), never another actor. */
const ZH_PLACE_PHRASE = '(?:(?:在|于|从|就)⟨\\d+:(?:Place|Resource|Event)⟩(?:地区|领域|方面)?|⟨\\d+:Resource⟩(?:を|の|等)?|⟨\\d+:(?:State|Place)⟩の)';
const GAPS = {
  zh: { g: `(?:[^⟨⟩，,；;。：:！？!?]|${ZH_PLACE_PHRASE}){0,12}?`, G: '[^。；;！？!?]{0,60}?' },
  en: { g: '(?:[^⟨⟩.;:!?]|⟨\\d+:Resource⟩){0,40}?', G: '(?:[^.;!?]{0,100}?)' },
};

const NOT_AFTER_PREPOSITION = '(?<![对向与和同跟被将把从给及、在])';

function slot(types: string | undefined): string {
  return `⟨\\d+:(?:${types ?? '[A-Za-z]+'})⟩`;
}

function list(types: string | undefined, lang: 'zh' | 'en'): string {
  const one = slot(types);
  return `${one}(?:${lang === 'zh' ? ZH_JOIN : EN_JOIN}${one})*`;
}

/** Turns a rule pattern into a regular expression over masked text. */
export function compilePattern(pattern: string, lang: 'zh' | 'en'): RegExp {
  const source = (lang === 'zh' ? toSimplified(pattern) : pattern).replace(/\{(S2|S|O|P|X|R|s|o|g|G|share)(?::([A-Za-z|]+))?\}/g, (_, name: string, types: string | undefined, at: number) => {
    switch (name) {
      case 's':
      case 'o':
        return `(?<${name.toUpperCase()}>${slot(types)})`;
      case 'g':
      case 'G':
        return GAPS[lang][name as 'g' | 'G'];
      case 'share':
        return '(?:(?<share>\\d+(?:\\.\\d+)?)\\s*%)';
      case 'R':
        return `(?<R>${slot('Resource')})`;
      case 'X':
        return `(?:${list(types, lang)})`;
      case 'P':
        return `${at === 0 && lang === 'zh' ? NOT_AFTER_PREPOSITION : ''}(?<P>${slot(types)}(?:${lang === 'zh' ? ZH_JOIN : EN_JOIN}${slot(types)})+)`;
      default:
        // A list that opens the pattern must not be the object of a preposition (对⟨乌克兰⟩实施).
        return `${at === 0 && lang === 'zh' ? NOT_AFTER_PREPOSITION : ''}(?<${name}>${list(types, lang)})`;
    }
  });
  return new RegExp(source, lang === 'en' ? 'gi' : 'g');
}

/** CJK sentences run the Chinese and the Japanese rules; Latin ones the English rules. */
const FILES: Record<'zh' | 'en', string[]> = { zh: ['relations.zh.json', 'relations.ja.json'], en: ['relations.en.json'] };

function load(lang: 'zh' | 'en'): CompiledRule[] {
  const rules = FILES[lang].flatMap((f) => readRules<{ rules: RuleSpec[] }>(f).rules);
  return rules.map((r) => {
    if (!isRelationshipType(r.type) || r.type === 'RELATED_TO') throw new Error(`rule ${r.id}: "${r.type}" is not a triggered relationship type of the ontology`);
    const regex = compilePattern(r.pattern, lang);
    return { ...r, lang, regex, filter: textFilter(regex), repeat: r.repeatObjects ? compilePattern(r.repeatObjects, lang) : undefined };
  });
}

let cache: Record<'zh' | 'en', CompiledRule[]> | undefined;
let negationCache: Record<'zh' | 'en', string[]> | undefined;

export function relationRules(): Record<'zh' | 'en', CompiledRule[]> {
  cache ??= { zh: load('zh'), en: load('en') };
  return cache;
}

let triggerCache: Record<'zh' | 'en', FilterIndex> | undefined;

/** The rules of each language indexed by their trigger words (see FilterIndex). */
export function ruleTriggers(): Record<'zh' | 'en', FilterIndex> {
  const rules = relationRules();
  triggerCache ??= { zh: new FilterIndex(rules.zh.map((r) => r.filter)), en: new FilterIndex(rules.en.map((r) => r.filter)) };
  return triggerCache;
}

/** Words that turn a match into a statement that the relation does not hold. */
export function negations(): Record<'zh' | 'en', string[]> {
  negationCache ??= { zh: readNegations('zh'), en: readNegations('en') };
  return negationCache;
}

function readNegations(lang: 'zh' | 'en'): string[] {
  return FILES[lang].flatMap((f) => readRules<{ negations?: string[] }>(f).negations ?? []).map((n) => (lang === 'zh' ? toSimplified(n) : n));
}
