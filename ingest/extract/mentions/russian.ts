import { readRules } from '../data';
import { foldWord, hasCyrillic, isFixedWord, wordForms } from '../russianWords';
import { textWords, type TextWord } from './russianLexicon';
import { PRIORITY, type Candidate } from './types';

/**
 * Russian names the lexicon does not know, found by the words around them
 * (data/rules/ru/names.json):
 * - «quoted» names typed by the noun before them (ФГУП «Атомфлот», верфь «Звезда», проект
 *   «Роснефти» «Восток Ойл») or by their own last word («Майский указ»);
 * - a capitalised adjective and a head noun (Балтийский завод, Объединённая судостроительная
 *   корпорация);
 * - a capitalised head noun and its genitive (Министерство энергетики России, Фонд Шёлкового
 *   пути, Правительство РФ), and ministries by their short form (Минтранс, Минэнерго);
 * - people by the title before them (генеральный директор «Росатома» Алексей Лихачёв).
 */
interface RussianNameRules {
  heads: Record<string, string[]>;
  headFirst: string[];
  ministryPrefix: string;
  titles: string[];
  latinFirmHeads: string[];
  locative: string[];
  headBeforeName?: string[];
  quotedFirm?: boolean;
  toponymicAdjective?: string;
  corporateTitles?: string[];
  headBeforeAcronym?: string[];
  titleBodyWords?: string[];
  titleBodyPrepositions?: string[];
  latinFirmCues?: string[];
  bodyAcronyms?: string[];
  lowerCaseBodies?: string[];
  facilityPlantStems?: string[];
}

interface Compiled {
  /** Folded word form → type of the name it heads. */
  heads: Map<string, string>;
  headFirst: Set<string>;
  ministryPrefix: string;
  /** Titles as word-form sets, longest first. */
  titles: Set<string>[][];
  latinFirmHeads: Set<string>;
  locative: Set<string>;
  /** Folded forms of heads whose name follows them unquoted (месторождение Тенгиз). */
  headBeforeName: Set<string>;
  quotedFirm: boolean;
  toponymicAdjective?: RegExp;
  /** Folded first words of titles held in a company (генеральный директор РЖД): an acronym body after them is a firm. */
  corporateTitles: Set<string>;
  /** Folded forms of heads before an unquoted name that must be an acronym (компании ТВЭЛ). */
  headBeforeAcronym: Set<string>;
  /** Lower-case words a title's body may hold besides genitives (и, дел). */
  titleBodyWords: Set<string>;
  /** Prepositions that qualify a title with lower-case words (по иностранным делам). */
  titleBodyPrepositions: Set<string>;
  /** Folded forms of words that make a Latin run after them a firm (консорциум CBC, госкомпания SOCAR). */
  latinFirmCues: Set<string>;
  /** Acronyms of government bodies written before their state (МИД КНР). */
  bodyAcronyms: Set<string>;
  /** Folded forms of body heads that name a body in lower case before its genitive and state (министерство энергетики США). */
  lowerCaseBodies: Set<string>;
  /** Folded stems of processing adjectives that make a plant a facility (нефтеперерабатывающий завод). */
  facilityPlantStems: string[];
}

let compiled: Compiled | undefined;

function rules(): Compiled {
  if (compiled) return compiled;
  const spec = readRules<RussianNameRules>('ru/names.json');
  const heads = new Map<string, string>();
  const headFirst = new Set<string>();
  for (const [type, words] of Object.entries(spec.heads)) {
    for (const w of words) {
      for (const f of wordForms(w)) {
        heads.set(f, type);
        if (spec.headFirst.includes(w)) headFirst.add(f);
      }
    }
  }
  const titles = spec.titles.map((t) => t.split(/\s+/).map((w) => new Set(wordForms(w)))).sort((a, b) => b.length - a.length);
  const headBeforeName = new Set((spec.headBeforeName ?? []).flatMap((w) => wordForms(w)));
  const toponymicAdjective = spec.toponymicAdjective ? new RegExp(spec.toponymicAdjective) : undefined;
  compiled = { heads, headFirst, ministryPrefix: spec.ministryPrefix, titles, latinFirmHeads: new Set(spec.latinFirmHeads), locative: new Set(spec.locative), headBeforeName, quotedFirm: spec.quotedFirm === true, toponymicAdjective,
    corporateTitles: new Set((spec.corporateTitles ?? []).flatMap((w) => wordForms(w))),
    headBeforeAcronym: new Set((spec.headBeforeAcronym ?? []).flatMap((w) => wordForms(w))),
    titleBodyWords: new Set((spec.titleBodyWords ?? []).map(foldWord)), titleBodyPrepositions: new Set((spec.titleBodyPrepositions ?? []).map(foldWord)),
    latinFirmCues: new Set((spec.latinFirmCues ?? []).flatMap((w) => wordForms(w))), bodyAcronyms: new Set(spec.bodyAcronyms ?? []),
    lowerCaseBodies: new Set((spec.lowerCaseBodies ?? []).flatMap((w) => wordForms(w))), facilityPlantStems: (spec.facilityPlantStems ?? []).map(foldWord) };
  return compiled;
}

const CAPITAL = /^\p{Lu}/u;
/** A Cyrillic acronym standing for a body (РЖД, СУЭК); not a person's name. */
const ACRONYM = /^[А-ЯЁ]{2,6}$/;
/** Adjective endings (the words before a head: Балтийский, судостроительную). */
const ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими)$/;
/** Endings of a noun or adjective in the genitive (энергетики, Шёлкового пути, директоров). */
const GENITIVE = /(?:и|ы|а|я|ов|ев|ей|ых|их|ого|его|ой)$/;
/** A genitive plural of a noun in -ия / -ие (электростанций, месторождений): after a head, not a name's adjective. */
const GENITIVE_PLURAL_IY = /(?:ций|ний|тий|лий|рий|дий|сий|зий)$/;
/** An Arabic article written joined to a surname (ас-Сиси, аль-Фалих, эль-Баз). */
const ARABIC_ARTICLE = /^(?:ас|аш|ат|ад|аз|ар|ан|аль|эль|ибн|бин|бен)-\p{Lu}/u;
/** A Latin name written as a title's body (генеральный директор NIS, глава Shell). */
const LATIN_BODY = /^[A-Z][A-Za-z0-9&]*$/;

function isCapitalised(w: TextWord): boolean {
  return CAPITAL.test(w.text) && !isFixedWord(w.text);
}

/** A numbered unit of a plant (Сангтудинская ГЭС-2, Курская АЭС-2): the plant head with its number. */
const UNIT_NUMBER = /-\d+$/;

function numberedHead(w: TextWord, r: Compiled): string | undefined {
  if (!UNIT_NUMBER.test(w.key)) return undefined;
  const type = r.heads.get(w.key.replace(UNIT_NUMBER, ''));
  return type === 'Project' ? type : undefined;
}

/** Only spaces between two words of one name. */
function joined(text: string, a: TextWord, b: TextWord): boolean {
  return /^\s+$/.test(text.slice(a.end, b.start));
}

/** `modifiers`: state and city adjectives before a name (китайская COSCO Shipping). */
export function russianCandidates(text: string, known: Candidate[], modifiers: Candidate[] = []): Candidate[] {
  if (!hasCyrillic(text)) return [];
  const r = rules();
  const ws = textWords(text);
  const inKnown = (w: TextWord) => known.some((k) => k.start <= w.start && k.end >= w.end);
  const out: Candidate[] = [];
  quoted(text, ws, known, r, out);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    const type = r.heads.get(w.key) ?? numberedHead(w, r);
    // Балтийский завод: capitalised adjective, lower-case adjectives, head (not the sentence's first word).
    if (type && !isCapitalised(w)) {
      let j = i;
      while (j > 0 && j > i - 3 && joined(text, ws[j - 1], ws[j]) && ADJECTIVE.test(ws[j - 1].key) && !CAPITAL.test(ws[j - 1].text)) j--;
      const first = ws[j - 1];
      // The sentence's first word is capitalised anyway: only an adjective made from a place name counts there (Кашаганское месторождение).
      const opening = j === 1 && first !== undefined && r.toponymicAdjective !== undefined && r.toponymicAdjective.test(first.key) && !modifiers.some((m) => m.start <= first.start && m.end >= first.end);
      if ((j > 1 || opening) && first && joined(text, first, ws[j]) && isCapitalised(first) && ADJECTIVE.test(first.key) && !inKnown(first)) {
        // Геологической службы США, Оксфордского института энергетических исследований: a body's name runs on through its genitive.
        const end = type === 'Organization' ? genitiveChainEnd(text, ws, i, inKnown) : i;
        out.push({ start: first.start, end: ws[end].end, type, method: 'head-word', priority: PRIORITY.head });
      }
    }
    // министерство энергетики США, агентство по атомной энергии Казахстана: a body written in lower case
    // is a name only when a genitive or a "по" phrase leads to the state it belongs to.
    if (type === 'Organization' && !isCapitalised(w) && r.lowerCaseBodies.has(w.key) && !inKnown(w)) {
      const end = genitiveChainEnd(text, ws, i, inKnown, true);
      const state = ws[end];
      if (end > i + 1 && known.some((k) => k.type === 'State' && k.start === state.start && k.end === state.end)) {
        out.push({ start: w.start, end: state.end, type, method: 'head-word', priority: PRIORITY.head });
      }
    }
    // Министерство энергетики России, Фонд Шёлкового пути, Минтранс России.
    // Минтранс, Минэнерго; not the title министр.
    const ministry = w.text.startsWith(r.ministryPrefix) && w.text.length >= r.ministryPrefix.length + 3 && /^\p{Ll}/u.test(w.text.slice(r.ministryPrefix.length))
      && !r.titles.some((t) => t.length === 1 && t[0].has(w.key)) && !r.heads.has(w.key);
    if (isCapitalised(w) && !inKnown(w) && (ministry || r.headFirst.has(w.key))) {
      let end = i;
      for (let k = i + 1; k < ws.length && k <= i + 4 && joined(text, ws[k - 1], ws[k]); k++) {
        const v = ws[k];
        if (inKnown(v)) {
          end = k;
          break;
        }
        // Genitive plurals in -ий count here too (Управление атомных электростанций Египта).
        if (CAPITAL.test(v.text) || GENITIVE.test(v.key) || GENITIVE_PLURAL_IY.test(v.key)) end = k;
        else break;
      }
      // Агентство по атомной энергии Казахстана: a "по" phrase is part of the name when it leads to a known name.
      if (end === i && ws[i + 1]?.key === 'по') {
        const far = genitiveChainEnd(text, ws, i, inKnown, true);
        if (far > i + 2 && inKnown(ws[far])) end = far;
      }
      const type = ministry ? 'Organization' : r.heads.get(w.key) ?? 'Organization';
      if (end > i || ministry) out.push({ start: w.start, end: ws[end].end, type, method: 'head-word', priority: PRIORITY.head });
    }
  }
  // МИД КНР, МИД России: a body's acronym and the state it belongs to make one name.
  for (let i = 0; i + 1 < ws.length; i++) {
    if (!r.bodyAcronyms.has(ws[i].text) || !joined(text, ws[i], ws[i + 1])) continue;
    if (known.some((k) => k.type === 'State' && k.start === ws[i + 1].start && k.end === ws[i + 1].end)) out.push({ start: ws[i].start, end: ws[i + 1].end, type: 'Organization', method: 'head-word', priority: PRIORITY.head });
  }
  out.push(...namesAfterHead(text, ws, inKnown, r));
  out.push(...titledPeople(text, ws, inKnown, r, known));
  out.push(...latinFirms(text, ws, [...known, ...modifiers], r));
  out.push(...locativePlaces(text, ws, inKnown, r));
  return out;
}

/** A genitive plural adjective (энергетических, атомных): only before the noun it qualifies. */
const GENITIVE_PLURAL_ADJECTIVE = /(?:ых|их)$/;
/** A genitive plural noun (исследований, металлов): may close a body's name. */
const GENITIVE_PLURAL_NOUN = /(?:ов|ев|ей)$/;
/** Words a "по" phrase of a body's name is made of besides its nouns (по контролю за иностранными активами). */
const PO_PHRASE_WORD = /^(?:и|за|над)$/;

/**
 * The last word of a body's name that starts with the head at `head`, over lower-case genitives:
 * the chain is kept up to a known name after it (Геологической службы США), or, with none, up to a
 * genitive plural noun (энергетических исследований, металлов) — a lone word in -а or -и may as
 * well be the verb that follows (служба сообщила). With `po`, a "по" phrase of lower-case words in
 * any case may come first (агентство по атомной энергии Казахстана), then only a known name closes it.
 */
function genitiveChainEnd(text: string, ws: TextWord[], head: number, inKnown: (w: TextWord) => boolean, po = false): number {
  let k = head + 1;
  let inPo = false;
  if (po && ws[k]?.key === 'по' && joined(text, ws[head], ws[k])) {
    inPo = true;
    k++;
  }
  let plural = head;
  for (; k < ws.length && k <= head + 6 && joined(text, ws[k - 1], ws[k]); k++) {
    const v = ws[k];
    if (inKnown(v)) return k;
    if (CAPITAL.test(v.text)) break;
    if (inPo && (PO_PHRASE_WORD.test(v.key) || /^\p{Ll}/u.test(v.text))) continue;
    if (!GENITIVE.test(v.key) && !GENITIVE_PLURAL_IY.test(v.key)) break;
    if ((GENITIVE_PLURAL_IY.test(v.key) || GENITIVE_PLURAL_NOUN.test(v.key)) && !GENITIVE_PLURAL_ADJECTIVE.test(v.key)) plural = k;
  }
  return inPo ? head : plural;
}

const LATIN_NAME_WORD = /^(?:[A-Z][A-Za-z0-9&.-]*|[0-9]+)$/;
/** Right after a Latin word: more capitalised surnames after commas, the last after an ampersand. */
const PARTNERS_AFTER = /^,\s?(?:[A-Z][A-Za-z.-]*,\s?)*[A-Z][A-Za-z.-]*\s?&\s?[A-Z]/;

/**
 * Capitalised Latin words in a Russian sentence: a firm when a Latin firm word is among them
 * (NewNew Shipping Line) or a nationality or firm head stands right before (китайская COSCO
 * Shipping). A lexicon name inside the run gives way to the longer name.
 */
function latinFirms(text: string, ws: TextWord[], known: Candidate[], r: Compiled): Candidate[] {
  const out: Candidate[] = [];
  const untyped: { start: number; end: number }[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (!/^[A-Z]/.test(ws[i].text) || hasCyrillic(ws[i].text)) continue;
    let j = i;
    // Tiffany & Co.: an ampersand joins the words of one Latin name.
    while (ws[j + 1] && LATIN_NAME_WORD.test(ws[j + 1].text) && (joined(text, ws[j], ws[j + 1]) || /^\s?&\s?$/.test(text.slice(ws[j].end, ws[j + 1].start)))) j++;
    // Gaffney, Cline & Associates; Skadden, Arps, Slate, Meagher & Flom: partners' surnames listed with
    // commas are one name when an ampersand closes the list.
    if (PARTNERS_AFTER.test(text.slice(ws[j].end))) {
      while (ws[j + 1] && LATIN_NAME_WORD.test(ws[j + 1].text) && /^(?:,\s?|\s?&\s?|\s)$/.test(text.slice(ws[j].end, ws[j + 1].start)) && !/&/.test(text.slice(ws[j - 1]?.end ?? 0, ws[j].start))) j++;
    }
    const run = ws.slice(i, j + 1);
    const prev = ws[i - 1];
    const start = run[0].start;
    const end = run[run.length - 1].end;
    const byState = prev && joined(text, prev, ws[i]) && known.some((k) => k.type === 'State' && k.start <= prev.start && k.end >= prev.end);
    const headType = prev && joined(text, prev, ws[i]) ? r.heads.get(prev.key) : undefined;
    // компания Chevron; and a head before its name: НПЗ Petrotel, нефть сорта Urals.
    // оператор танкеров Pearl Ocean Trading, производитель угля Bumi: a firm head over one lower-case genitive.
    const before = ws[i - 2];
    const byHeadOfGenitive = prev !== undefined && before !== undefined && joined(text, before, prev) && joined(text, prev, ws[i])
      && !CAPITAL.test(prev.text) && GENITIVE.test(prev.key) && r.heads.get(before.key) === 'Firm';
    // консорциум CBC, госкомпания SOCAR, государственная TPAO: words that make a bare Latin run a firm.
    const byCue = prev !== undefined && joined(text, prev, ws[i]) && r.latinFirmCues.has(prev.key);
    const byHead = headType === 'Firm' || (headType !== undefined && r.headBeforeName.has(prev.key)) || byHeadOfGenitive;
    const lexical = known.find((k) => k.start === start && k.end === end);
    if (!lexical && (run.some((w) => r.latinFirmHeads.has(w.text)) || byState || byHead || byCue)) {
      out.push({ start, end, type: byHead && headType && !byCue ? headType : 'Firm', method: 'head-word', priority: PRIORITY.head });
    } else if (!lexical) untyped.push({ start, end });
    i = j;
  }
  // Signet Jewelers after "Tiffany & Co. и": a bare Latin name listed with a Latin firm is a firm too.
  for (let changed = true; changed;) {
    changed = false;
    for (const u of untyped) {
      if (out.some((o) => o.start === u.start)) continue;
      const firms = [...out, ...known].filter((k) => k.type === 'Firm' && !hasCyrillic(text.slice(k.start, k.end)));
      if (!firms.some((f) => LIST_JOIN.test(f.end <= u.start ? text.slice(f.end, u.start) : text.slice(u.end, f.start)) && (f.end <= u.start || f.start >= u.end))) continue;
      out.push({ ...u, type: 'Firm', method: 'head-word', priority: PRIORITY.head });
      changed = true;
    }
  }
  return out;
}

/** What joins two members of a list of names (A и B, A, B). */
const LIST_JOIN = /^\.?\s?(?:,|и)\s?$/;

/** в Мурманске, на Таймыре: a capitalised word in the prepositional case after в / на is a place. */
function locativePlaces(text: string, ws: TextWord[], inKnown: (w: TextWord) => boolean, r: Compiled): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i < ws.length; i++) {
    const w = ws[i];
    const next = ws[i + 1];
    if (!r.locative.has(ws[i - 1].text) || !joined(text, ws[i - 1], w) || !isCapitalised(w) || inKnown(w) || !hasCyrillic(w.text)) continue;
    if (w.text.length < 4 || !/(?:[еи]|[ая]х)$/.test(w.key) || (next && joined(text, w, next) && CAPITAL.test(next.text))) continue;
    out.push({ start: w.start, end: w.end, type: 'Place', method: 'locative', priority: PRIORITY.compromise });
  }
  return out;
}

/** «Name» typed by the head before it or its own last word; names the lexicon knows are left to it. */
function quoted(text: string, ws: TextWord[], known: Candidate[], r: Compiled, out: Candidate[]): void {
  for (const m of text.matchAll(/«([^«»]{2,60})»/g)) {
    const start = m.index + 1;
    const end = start + m[1].length;
    if (known.some((k) => k.start <= start && k.end >= end)) continue;
    const inner = ws.filter((w) => w.start >= start && w.end <= end);
    // A name in quotes opens with a capital («Сила Сибири»); a quoted phrase of speech does not (назвал проект «стратегическим»).
    if (!inner[0] || !/^[\p{Lu}\d]/u.test(inner[0].text)) continue;
    // «Продать этот газ будет сложнее, чем построить завод», — говорит…: a quoted sentence with a
    // clause break, or longer than any name, is speech even when it opens with a capital.
    if (/[,;:!?]/.test(m[1]) || inner.length > 7) continue;
    const last = inner[inner.length - 1];
    let type = headBefore(text, ws, known, m.index, r) ?? (last && inner.length > 1 ? r.heads.get(last.key) : undefined);
    // «Лукойл», «Казмунайгаз»: a quoted run of capitalised words with no head is a company (speech has lower-case words).
    if (!type && r.quotedFirm && inner.length > 0 && inner.length <= 4 && inner.every((w) => CAPITAL.test(w.text) || /^\d/.test(w.text))) type = 'Firm';
    // «Газпром экспорт», «Лукойл Нефтохим»: a known firm's name opening a longer quoted name is its unit, a firm too.
    if (!type && inner.length <= 3 && known.some((k) => k.type === 'Firm' && k.start === start && k.end < end)) type = 'Firm';
    // «Голубой поток» и «Турецкий поток»: a quoted name coordinated with the one before takes its type.
    type ??= coordinatedType(text, known, out, m.index);
    if (!type) continue;
    out.push({ start, end, type, method: 'title-bracket', priority: PRIORITY.bracket });
  }
}

/** The type of the quoted name right before «…» и / , «this one», as found by the lexicon or by its head. */
function coordinatedType(text: string, known: Candidate[], found: Candidate[], quoteAt: number): string | undefined {
  const before = /»\s*(?:и|,)\s*$/.exec(text.slice(Math.max(0, quoteAt - 6), quoteAt));
  if (!before) return undefined;
  const close = text.lastIndexOf('»', quoteAt - 1);
  const open = text.lastIndexOf('«', close);
  if (open < 0) return undefined;
  const prev = [...found, ...known].find((k) => k.start === open + 1 && k.end === close);
  return prev && prev.type !== 'State' && prev.type !== 'Resource' ? prev.type : undefined;
}

/** The head noun right before an opening quote, over one quoted name in the genitive (проект «Роснефти» «Восток Ойл»). */
function headBefore(text: string, ws: TextWord[], known: Candidate[], quoteAt: number, r: Compiled): string | undefined {
  let at = quoteAt;
  for (let hop = 0; hop < 2; hop++) {
    const before = text.slice(0, at).trimEnd();
    if (before.endsWith('»') && hop === 0) {
      const open = before.lastIndexOf('«');
      if (open < 0 || !known.some((k) => k.start === open + 1 && k.end === before.length - 1)) return undefined;
      at = open;
      continue;
    }
    const w = ws.filter((x) => x.end === before.length).at(-1);
    if (!w) return undefined;
    const type = r.heads.get(w.key);
    // нефтеперерабатывающим заводом «Панчево»: the plant, not the firm that runs it.
    if (type === 'Firm' && isProcessingPlant(ws, w, r)) return 'Project';
    return type;
  }
  return undefined;
}

/** A plant word (завод, комбинат) right after a processing adjective (нефтеперерабатывающий, горно-обогатительный). */
function isProcessingPlant(ws: TextWord[], head: TextWord, r: Compiled): boolean {
  const folded = foldWord(head.text);
  if (!folded.startsWith('завод') && !folded.startsWith('комбинат')) return false;
  const i = ws.indexOf(head);
  const adjective = i > 0 ? foldWord(ws[i - 1].text) : '';
  return r.facilityPlantStems.some((stem) => adjective.startsWith(stem));
}

/**
 * Cyrillic names written after their head without quotes: месторождение Тенгиз, месторождении
 * Западная Курна-2 (capitalised words, the last may carry a number). Latin ones are latinFirms'.
 */
function namesAfterHead(text: string, ws: TextWord[], inKnown: (w: TextWord) => boolean, r: Compiled): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < ws.length; i++) {
    if (!r.headBeforeName.has(ws[i].key)) continue;
    const type = r.heads.get(ws[i].key);
    let j = i + 1;
    // Capitalised words; one with a number (Курна-2) ends the name.
    while (j < ws.length && j <= i + 3 && joined(text, ws[j - 1], ws[j]) && CAPITAL.test(ws[j].text) && hasCyrillic(ws[j].text) && !inKnown(ws[j])) j++;
    if (!type || j === i + 1) continue;
    if (r.headBeforeAcronym.has(ws[i].key) && (j !== i + 2 || !ACRONYM.test(ws[i + 1].text))) continue;
    out.push({ start: ws[i + 1].start, end: ws[j - 1].end, type, method: 'head-word', priority: PRIORITY.head });
    // в районе городов Кандагар и Герат, в провинциях Гильменд и Кандагар: a name joined by «и» shares the head.
    if (type === 'Place' && ws[j] && ws[j].key === 'и' && ws[j + 1] && joined(text, ws[j - 1], ws[j]) && joined(text, ws[j], ws[j + 1])
      && CAPITAL.test(ws[j + 1].text) && hasCyrillic(ws[j + 1].text) && !inKnown(ws[j + 1]) && !(ws[j + 2] && joined(text, ws[j + 1], ws[j + 2]) && CAPITAL.test(ws[j + 2].text))) {
      out.push({ start: ws[j + 1].start, end: ws[j + 1].end, type, method: 'head-word', priority: PRIORITY.head });
      j += 2;
    }
    i = j - 1;
  }
  return out;
}

/** Two or three capitalised words after a title (and the body it heads): a person. */
function titledPeople(text: string, ws: TextWord[], inKnown: (w: TextWord) => boolean, r: Compiled, known: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < ws.length; i++) {
    const title = r.titles.find((t) => t.every((forms, k) => ws[i + k] && forms.has(ws[i + k].key)));
    if (!title) continue;
    let j = i + title.length;
    // The body the title belongs to: known names and lower-case genitives (министр энергетики России),
    // joined by и (министр нефти и газа Индии) or qualified by по (представитель ЕС по иностранным делам).
    for (let hop = 0; hop < 5 && ws[j]; hop++) {
      // A «quoted» body: every word up to the closing quote (основатель «Северстали» Алексей Мордашов).
      if (text[ws[j].start - 1] === '«') {
        let k = j;
        while (ws[k + 1] && text[ws[k].end] !== '»' && k < j + 4) k++;
        if (text[ws[k].end] !== '»') break;
        j = k + 1;
      } else if (inKnown(ws[j]) || (!CAPITAL.test(ws[j].text) && (GENITIVE.test(ws[j].key) || r.titleBodyWords.has(ws[j].key)))) j++;
      else if (r.titleBodyPrepositions.has(ws[j].key) && ws[j + 1] && !CAPITAL.test(ws[j + 1].text)) {
        j++;
        while (ws[j] && !CAPITAL.test(ws[j].text) && j < i + title.length + 8) j++;
      } else if (LATIN_BODY.test(ws[j].text) && ws[j + 1] && isCapitalised(ws[j + 1]) && hasCyrillic(ws[j + 1].text)) j++; // генеральный директор NIS Кирилл Тюрденев
      else if (ACRONYM.test(ws[j].text) && ws[j + 1] && isCapitalised(ws[j + 1]) && !ACRONYM.test(ws[j + 1].text)) {
        // An unknown acronym as the body (основатель СУЭК Андрей Мельниченко): a company after a company title.
        if (r.corporateTitles.has(ws[i].key)) out.push({ start: ws[j].start, end: ws[j].end, type: 'Firm', method: 'title-body', priority: PRIORITY.head });
        j++;
      } else break;
    }
    const a = ws[j];
    const b = ws[j + 1];
    if (!a || !b || !isCapitalised(a) || !isCapitalised(b) || inKnown(a) || inKnown(b) || !joined(text, a, b)) continue;
    if (!/^[\s«»"„“]*$/.test(text.slice(ws[j - 1].end, a.start))) continue;
    const c = ws[j + 2];
    // Председатель Халк Маслахаты Гурбангулы Бердымухамедов: the names between the title and a
    // known person of two words or more are the body the person heads, not the person.
    if (c && known.some((k) => k.type === 'Person' && k.start === c.start && k.end > c.end)) {
      out.push({ start: a.start, end: b.end, type: 'Organization', method: 'title-body', priority: PRIORITY.head });
      i = j + 1;
      continue;
    }
    // A patronymic before the surname (Алексей Борисович Миллер), or an Arabic article joined to it (Абдель Фаттах ас-Сиси).
    const patronymic = c && isCapitalised(c) && !inKnown(c) && joined(text, b, c) && /(?:вич|вна|ична|ич)$/.test(foldWord(b.text));
    const article = c && !inKnown(c) && joined(text, b, c) && ARABIC_ARTICLE.test(c.text);
    // Two given names before the surname (Реджеп Тайип Эрдоган, Луис Альберто Арсе): a third capitalised
    // word, the lexicon's surname of a person or no known name, with no fourth one after it.
    const d = ws[j + 3];
    const third = c && isCapitalised(c) && hasCyrillic(c.text) && !ACRONYM.test(c.text) && joined(text, b, c)
      && (!inKnown(c) || known.some((k) => k.type === 'Person' && k.start === c.start && k.end === c.end))
      && !(d && joined(text, c, d) && CAPITAL.test(d.text));
    const end = patronymic || article || third ? c : b;
    out.push({ start: a.start, end: end.end, type: 'Person', method: 'title', priority: PRIORITY.head });
    i = j + 1;
  }
  return out;
}

/** A Latin acronym in brackets right after a name (Национальная иранская газовая компания (NIGC)). */
const BRACKETED_ACRONYM = /^\s?\(([A-Z][A-Z0-9&-]{1,9})\)/;

/**
 * Russian news defines a body's acronym in brackets after its full name and then writes the
 * acronym alone (ввел санкции против NIGC): the acronym is paired with the name it follows, so the
 * later occurrences name the same entity. Names the lexicon knows already carry their acronyms.
 */
export function pairRussianAcronyms(text: string, accepted: Candidate[]): void {
  if (!hasCyrillic(text)) return;
  for (const c of accepted) {
    if (c.lexiconKey || c.pairedName || !(c.type === 'Firm' || c.type === 'Organization' || c.type === 'Project')) continue;
    const m = BRACKETED_ACRONYM.exec(text.slice(c.end));
    if (!m) continue;
    // The acronym may be a name the lexicon knows (NIGC): then the full name is that entity too.
    const inside = accepted.filter((o) => o !== c && o.start >= c.end && o.start < c.end + m[0].length);
    if (inside.every((o) => o.lexiconKey && o.type === c.type && text.slice(o.start, o.end) === m[1])) c.pairedName = m[1];
  }
}
