import { entityTypeNames, isRelationshipType } from '../../../graph/ontology';
import fs from 'node:fs';
import path from 'node:path';
import { readRules, relationRuleFiles, rulesDir } from '../data';
import { toSimplified } from '../script';
import { longestFirstAlternation } from '../regexWords';
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
  /**
   * An argument the sentence leaves unwritten, "S:Type" or "O:Type" (see topic.ts); "S:Type@about"
   * takes the one the text is about first, "S:Type@previous" the one the sentence before named.
   */
  implicit?: string;
}

/**
 * The rule set a sentence runs: Chinese, Japanese (kana present), English, Russian (Cyrillic).
 * zh and ja rules are written over the simplified-script copy of a sentence and share the CJK
 * gaps; en and ru rules run case-insensitively with word gaps.
 */
export type RuleLang = 'zh' | 'ja' | 'en' | 'ru';
export const RULE_LANGS: RuleLang[] = ['zh', 'ja', 'en', 'ru'];

export function isCjkRuleLang(lang: RuleLang): boolean {
  return lang === 'zh' || lang === 'ja';
}

export interface CompiledRule extends RuleSpec {
  lang: RuleLang;
  regex: RegExp;
  /** The trigger words (and slots) a match cannot do without: tested before the regex runs. */
  filter: TextFilter;
  repeat?: RegExp;
}

/** Placeholders of masked text: ⟨slot:Type⟩. */
export const SLOT = /⟨(\d+):([A-Za-z]+)⟩/g;

// Not the comma: in Chinese it ends a clause (…进驻俄国，日本企业…取得), lists take 、.
// Titles in brackets coordinate too: 《A》以及《B》, “A”和“B”.
const ZH_JOIN = '(?:[》」”]?(?:和|与|及|以及|、|或|同|跟|并)[《「“]?)?';
/** Japanese lists: A、B / AとB / AやB / A及びB / AのほかB (besides A, B). */
const JA_JOIN = '(?:和|与|及|以及|、|或|同|跟|并|,|，|と|や|および|及び|ならびに|並びに|のほか，?)?';
const EN_JOIN = '(?:,? ?and |, ?| or |,? ?as well as |、)?';
/** A state's possessive before a list member, with up to three words of description. */
const EN_POSSESSIVE_QUALIFIER = "⟨\\d+:State⟩['’]s (?:[a-z-]+ ){0,3}?";
const EN_QUALIFIED_JOIN = '(?: and | or |, ?(?!and ))';
// Compact text drops a space next to punctuation: «Росатом»и NewNew, «Новатэку»,французской.
const RU_JOIN = '(?:\\s?,?\\s?(?:и|или|а также)(?:\\s|(?=«))|,\\s?)?';
/** A Russian list member may stand in «» and after its nationality (французской TotalEnergies). */
const RU_MEMBER = (one: string) => `«?(?:⟨\\d+:State⟩\\s)?${one}»?`;
/** A later member may also follow its kind (…, а также консорциум Japan Arctic LNG); the first one's kind is the rule's. */
const RU_NEXT_MEMBER = (one: string) => `«?(?:(?:консорциум|компани[яиюей]|концерн|госкорпораци[яиюей])\\s)?(?:⟨\\d+:State⟩\\s)?${one}»?`;
/**
 * Japanese writes a part of a state or region between it and the の of a place phrase (チリ北部の,
 * フィリピン南西部パラワン州の, カナダ西部の): the part is still a place phrase (simplified script, as
 * patterns are matched).
 */
const JA_REGION_PARTS = ['北東部', '北西部', '南東部', '南西部', '東北部', '西北部', '東南部', '西南部', '北部', '南部', '東部', '西部', '中部', '沿岸部', '沖合', '沖', '近郊', '郊外'].map(toSimplified).join('|');
/** A short gap may hold a place or time phrase (在西伯利亚地区, 于2014年), never another actor. */
const ZH_PLACE_PHRASE = `(?:(?:在|于|从|就)⟨\\d+:(?:Place|Resource|Event)⟩(?:地区|领域|方面)?|⟨\\d+:Resource⟩(?:を|の|等)?|(?:⟨\\d+:(?:State|Place)⟩(?:${JA_REGION_PARTS})?)+の)`;
const CJK_GAPS = { g: `(?:[^⟨⟩，,；;。：:！？!?]|${ZH_PLACE_PHRASE}){0,12}?`, G: '[^。；;！？!?]{0,60}?' };
const WORD_GAPS = { g: '(?:[^⟨⟩.;:!?]|⟨\\d+:Resource⟩){0,40}?', G: '(?:[^.;!?]{0,100}?)' };

// (also with the object's state written before it: 从⟨加拿大⟩⟨奈尔森矿业⟩手中收购, 向⟨美国⟩⟨X公司⟩收购)
const NOT_AFTER_PREPOSITION = '(?<![对向与和同跟被将把从给及、在])(?<![对向与同跟被把从给在]⟨\\d+:State⟩)';

/**
 * English project head nouns (data/rules/en/projectHeads.json): "the Simandou mine" is masked as
 * ⟨Project⟩ mine when the lexicon knows the bare name, and a rule's project slot takes the head
 * noun in, so every rule reads it as the project (a rule that writes the head word itself still
 * matches: the group is optional).
 */
const EN_PROJECT_HEAD = (() => {
  const heads = readRules<{ heads: string[] }>('en/projectHeads.json').heads;
  return `(?:(?<=Project⟩) (?:${longestFirstAlternation(heads)})(?![A-Za-z]))?`;
})();

function slot(types: string | undefined, lang?: RuleLang): string {
  const head = lang === 'en' && (types === undefined || types.split('|').includes('Project')) ? EN_PROJECT_HEAD : '';
  return `⟨\\d+:(?:${types ?? '[A-Za-z]+'})⟩${head}`;
}

function join(lang: RuleLang): string {
  if (lang === 'ja') return JA_JOIN;
  return isCjkRuleLang(lang) ? ZH_JOIN : lang === 'ru' ? RU_JOIN : EN_JOIN;
}

function member(types: string | undefined, lang: RuleLang): string {
  return lang === 'ru' ? RU_MEMBER(slot(types)) : slot(types, lang);
}

function list(types: string | undefined, lang: RuleLang): string {
  const one = member(types, lang);
  // English: "Japan, Australia and the European Union"; a name followed by 's is no list member
  // but the possessor of what follows (Rosneft and Lukoil, Russia's two largest producers).
  // A later member may carry its state's possessive and a short description (Italy's Eni and
  // Greece's Motor Oil Hellas; with Japan's JERA and Korea's state gas company KOGAS): the state
  // qualifies the member and is no member itself (listSlots).
  // Not after ", and": there a state's possessive more often opens a clause of its own (Shell holds
  // another 35%, and Israel's NewMed Energy owns the rest).
  if (lang === 'en') return `${one}(?:(?:${join(lang)}(?:the )?|${EN_QUALIFIED_JOIN}${EN_POSSESSIVE_QUALIFIER})${one}(?!['’]s))*`;
  const next = lang === 'ru' ? RU_NEXT_MEMBER(slot(types)) : one;
  return `${one}(?:${join(lang)}${next})*`;
}

/**
 * Verb families ({V:develops}): all forms of the verbs of one relation, kept once per language in
 * data/rules/<lang>/verbFamilies.json so each argument order a rule writes takes the whole family.
 */
const verbFamilies = new Map<RuleLang, Record<string, string[]>>();

function verbFamily(lang: RuleLang, name: string): string {
  if (!verbFamilies.has(lang)) {
    const file = path.join(rulesDir, lang, 'verbFamilies.json');
    verbFamilies.set(lang, fs.existsSync(file) ? readRules<{ families: Record<string, string[]> }>(`${lang}/verbFamilies.json`).families : {});
  }
  const forms = verbFamilies.get(lang)![name];
  if (!forms) throw new Error(`no verb family "${name}" in data/rules/${lang}/verbFamilies.json`);
  return `(?:${forms.join('|')})(?![а-яёa-z])`;
}

/** Turns a rule pattern into a regular expression over masked text. */
export function compilePattern(pattern: string, lang: RuleLang): RegExp {
  const cjk = isCjkRuleLang(lang);
  const source = (cjk ? toSimplified(pattern) : pattern).replace(/\{V:([a-z-]+)\}/g, (_, name: string) => verbFamily(lang, name)).replace(/\{(S2|S|O|P|X|R|s|o|g|G|share)(?::([A-Za-z|]+))?\}/g, (_, name: string, types: string | undefined, at: number) => {
    switch (name) {
      case 's':
      case 'o':
        return `(?<${name.toUpperCase()}>${slot(types, lang)})`;
      case 'g':
      case 'G':
        return (cjk ? CJK_GAPS : WORD_GAPS)[name as 'g' | 'G'];
      case 'share':
        // Russian writes a decimal comma (50,1%).
        return lang === 'ru' ? '(?:(?<share>\\d+(?:[.,]\\d+)?)\\s*%)' : '(?:(?<share>\\d+(?:\\.\\d+)?)\\s*%)';
      case 'R':
        return `(?<R>${slot('Resource')})`;
      case 'X':
        return `(?:${list(types, lang)})`;
      case 'P':
        return `${at === 0 && cjk ? NOT_AFTER_PREPOSITION : ''}(?<P>${member(types, lang)}(?:${join(lang)}${member(types, lang)})+)`;
      default:
        // A list that opens the pattern must not be the object of a preposition (对⟨乌克兰⟩实施).
        return `${at === 0 && cjk ? NOT_AFTER_PREPOSITION : ''}(?<${name}>${list(types, lang)})`;
    }
  });
  return new RegExp(source, cjk ? 'g' : 'gi');
}

/**
 * The rule folders each sentence language runs. Chinese and Japanese share many kanji triggers
 * (制裁, 出資), so each also runs the other's rules; English and Russian run their own.
 */
const FOLDERS: Record<RuleLang, string[]> = {
  zh: ['zh', 'ja'],
  ja: ['ja', 'zh'],
  en: ['en'],
  ru: ['ru'],
};

function ruleFiles(lang: RuleLang): string[] {
  return FOLDERS[lang].flatMap(relationRuleFiles);
}

type PerLang<T> = Record<RuleLang, T>;

function perLang<T>(make: (lang: RuleLang) => T): PerLang<T> {
  return Object.fromEntries(RULE_LANGS.map((l) => [l, make(l)])) as PerLang<T>;
}

function load(lang: RuleLang): CompiledRule[] {
  const rules = ruleFiles(lang).flatMap((f) => readRules<{ rules: RuleSpec[] }>(f).rules);
  return rules.map((r) => {
    if (!isRelationshipType(r.type) || r.type === 'RELATED_TO') throw new Error(`rule ${r.id}: "${r.type}" is not a triggered relationship type of the ontology`);
    const regex = compilePattern(r.pattern, lang);
    return { ...r, lang, regex, filter: textFilter(regex, SLOT_TYPE_WORDS), repeat: r.repeatObjects ? compilePattern(r.repeatObjects, lang) : undefined };
  });
}

/** The type names of slots (either case: en and ru rules compare lower-cased): in every masked sentence, so no trigger. */
const SLOT_TYPE_WORDS: ReadonlySet<string> = new Set(['', ...entityTypeNames, ...entityTypeNames.map((t) => t.toLowerCase())]);

let cache: PerLang<CompiledRule[]> | undefined;
let negationCache: PerLang<string[]> | undefined;

export function relationRules(): PerLang<CompiledRule[]> {
  cache ??= perLang(load);
  return cache;
}

/**
 * Runs every rule expression twice over a short masked text: V8 compiles an expression on its
 * first run and to machine code on its second, per kind of string (masked text is two-byte, ⟨⟩),
 * a few hundred milliseconds over all rules that a process would otherwise pay on its first
 * documents. Loading calls it (ingest/extractionWarmUp.ts).
 */
export function compileRuleExpressions(): void {
  const masked = '⟨0:State⟩⟨1:Firm⟩';
  for (const lang of RULE_LANGS) {
    for (const rule of relationRules()[lang]) {
      for (const re of rule.repeat ? [rule.regex, rule.repeat] : [rule.regex]) {
        for (let run = 0; run < 2; run++) {
          re.lastIndex = 0;
          re.exec(masked);
        }
        re.lastIndex = 0;
      }
    }
  }
}

let triggerCache: PerLang<FilterIndex> | undefined;

/** The rules of each language indexed by their trigger words (see FilterIndex). */
export function ruleTriggers(): PerLang<FilterIndex> {
  const rules = relationRules();
  triggerCache ??= perLang((l) => new FilterIndex(rules[l].map((r) => r.filter)));
  return triggerCache;
}

/** Words that turn a match into a statement that the relation does not hold. */
export function negations(): PerLang<string[]> {
  negationCache ??= perLang(readNegations);
  return negationCache;
}

function readNegations(lang: RuleLang): string[] {
  return ruleFiles(lang).flatMap((f) => readRules<{ negations?: string[] }>(f).negations ?? []).map((n) => (isCjkRuleLang(lang) ? toSimplified(n) : n.toLowerCase()));
}

/** The rule set for a sentence, from its script: kana → ja, other CJK → zh, Cyrillic → ru. */
export function sentenceRuleLang(text: string): RuleLang {
  let han = false;
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3040 && c <= 0x30ff) return 'ja';
    if (c >= 0x3400 && c <= 0x9fff) han = true;
    else if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  if (han) return 'zh';
  return cyrillic > latin ? 'ru' : 'en';
}
