import type { Lexicon } from '../lexicon';
import { readRules } from '../data';
import { matchAll } from '../matchAll';
import { nameKey } from '../script';
import { capitalsAsStates } from './englishCapitals';
import { datelinePlaces } from './englishDatelines';
import { englishVocabulary, type EnglishVocabulary } from './englishWords';
import { PRIORITY, type Candidate } from './types';

/**
 * What one English document has already named: short forms (Reliance for Reliance Industries
 * Ltd, IOC for Indian Oil Corporation) and names typed by an earlier cue, so a later bare mention
 * ("Nayara owns…") is read as the same entity.
 */
export class EnglishMemory {
  readonly names = new Map<string, { type: string; name: string; lexiconKey?: string }>();

  remember(surface: string, type: string, name: string, lexiconKey?: string): void {
    if (!this.names.has(surface)) this.names.set(surface, { type, name, lexiconKey });
  }
}

/**
 * A capitalised word; Co./Corp./Inc./Ltd. keep their full stop, and so do initials before another
 * capitalised word (the U.S. Geological Survey, the U.K. Treasury); an apostrophe inside a word
 * (O'Neill, Ma'aden) is part of it, a possessive 's is not.
 */
const CAP = String.raw`(?:(?:Co|Corp|Inc|Ltd|St|Jr)\.|(?:\p{Lu}\.){2,}(?= \p{Lu})|\p{Lu}[\p{L}\p{N}]*(?:[-.&][\p{L}\p{N}]+|['’](?!s(?![\p{L}]))\p{L}+)*)`;
const CONNECT = String.raw`(?: (?:of the|of|for the|for|de la|de|del|la|do|da|y|on the|es|bin|bint|ibn) | (?:el|al|ad|as|ash)-| & | )`;
/** A run may end in a small number: Quebrada Blanca Phase 2, Arctic LNG 2. */
const RUN = new RegExp(`(?<![\\p{L}\\p{N}])${CAP}(?:${CONNECT}${CAP})*(?: \\d{1,2}(?![\\d%]|[.,]\\d))?`, 'gu');
/** "Ministry of Economy, Trade and Industry": a list continues an organisation's name. */
const ORG_LIST = new RegExp(`(?:,\\s?${CAP})*,? and ${CAP}`, 'uy');
const HOLDER_AFTER = new RegExp(`(?: ${CAP})+`, 'uy');
const ACRONYM_AFTER = /^ ?\(([A-Z][A-Za-z0-9&]{1,7})\)/;
/** Given and family names, with an apostrophe after a first capital (O'Neill, D'Souza). */
const PERSON_WORD = /^\p{Lu}(?:['’]\p{Lu})?[\p{Ll}'’]+(?:-\p{Lu}?\p{Ll}+)?$/u;
/** Particles inside a person's name (Abdulaziz bin Salman, Abdel Fattah el-Sisi), never first or last. */
const PERSON_PARTICLE = /^(?:bin|bint|ibn|(?:el|al|ad|as|ash)-\p{Lu}\p{Ll}+)$/u;
const POSSESSOR_OF_UNIT = /^['’]s (?:[a-z-]+ ){0,2}(?:arm|subsidiary|affiliate|division|unit)\b/;
const POSSESSIVE_BEFORE = /['’]s (?:[a-z]+-[a-z]+ )?$/;
/** One word with a second capital after lower-case letters (HyIron, ExxonMobil), not a Mc/Mac surname. */
const CAMEL_CASE = /^(?!Mc|Mac)\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*$/u;
/** Compass directions as places are placed by them: "southern Norway", "west of Bergen". */
const COMPASS = 'north|south|east|west|north-?east|north-?west|south-?east|south-?west';
const COMPASS_ADJECTIVE = 'north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western';
/** What stands between a place and the known state or place that places it: " in the ", ", west of ". */
const PLACED_BY = new RegExp(`^(?:,? in (?:the )?(?:(?:${COMPASS_ADJECTIVE}) )?|, (?:${COMPASS}) of )`);
/** What stands between a place and the state or place it lies in: " in ", ", in southern ", " near the ". */
const LIES_IN = new RegExp(`^(?:,? in (?:the )?(?:(?:far )?(?:${COMPASS_ADJECTIVE}) )?| near (?:the )?)`);
/** A news agency's credit line: who reported, wrote and edited the story. */
const CREDIT_LINE = /^\(?(?:Additional |Further )?(?:reporting|writing|editing|compiled|research) by \p{Lu}/iu;
/** "said Smith in Brussels", "Reporting by Kauranen in Helsinki": a speaker or a reporter, not a place. */
const SPEAKER_BEFORE = /\b(?:said|says|told|added|according to|by|wrote|writes|reported|reports)\s$/;
const FACILITY_AT = /\b(?:plants?|terminals?|refinery|refineries|stations?|facility|facilities|factory|factories|smelters?|ports?|base|hub|site|works|mills?|shipyards?|yards?) at $/;
const OPERATOR_BEFORE = /\b(?:operated|run|developed|built|constructed|managed) (?:jointly )?by $/;
const PORTFOLIO_AND_TITLE = /^,? (?:and|&) (?:\p{Lu}\p{L}+ ){1,3}(?:Minister|Secretary|Commissioner)\b/u;
const COMPASS_OF_BEFORE = new RegExp(`\\b(?:${COMPASS}) of $`);
const IN_BEFORE = new RegExp(`(?:(?<!\\b(?:invest(?:ed|s)?|interests?|stakes?|shares?|participat(?:e|es|ed)|part)) in|\\bnear|\\baround|\\boutside|\\b(?:port|city|town) of)(?: (?:${COMPASS_ADJECTIVE}))? $`);

interface Word {
  text: string;
  start: number;
  end: number;
}

/**
 * Names in an English sentence found without a list: capitalised word runs typed by their head
 * word (…Corporation, Ministry of…, …Sea, …Agreement), by a lower-case head after them (the
 * Vadinar refinery), by a title or role (President X; X, Russia's foreign minister; chaired by
 * X), by an appositive (X, an open-pit mine), by a state's possessive (Poland's KGHM), by -based
 * and by "in". Demonyms (Indian, Russian) name their state.
 */
export function englishNameCandidates(lexicon: Lexicon, text: string, known: Candidate[], memory = new EnglishMemory()): Candidate[] {
  const v = englishVocabulary();
  const out: Candidate[] = [...capitalsAsStates(lexicon, text, known), ...datelinePlaces(text, known)];
  rememberKnownShortForms(lexicon, v, text, known, memory);
  out.push(...knownAcronyms(text, known, memory));
  // In a Title Case headline every word is capitalised: capitals tell nothing there.
  if (isHeadline(text)) return out;
  for (const m of matchAll(RUN, text)) {
    let end = m.index + m[0].length;
    let runText = m[0];
    const firstWord = runText.split(' ')[0];
    // "Minister of Petroleum and Energy Mohamed Ould Khaled": the portfolio list goes on past "and" as a ministry's name does.
    if ((v.organizationLeads.has(firstWord) && / of /.test(runText)) || PORTFOLIO_TITLE.test(runText)) {
      ORG_LIST.lastIndex = end;
      const more = ORG_LIST.exec(text);
      // After a title, only a list of portfolio words goes on (of Petroleum and Energy), not a next person (Laura Finch and Australian …).
      const portfolioList = (words: string[]) => words.every((w) => portfolios.has(w));
      const listed = more && !v.organizationLeads.has(firstWord) ? portfolioList([runText.split(' ').pop()!, ...more[0].split(/[\s,]+/).filter((w) => w && w !== 'and')]) : true;
      if (more && listed) {
        runText += more[0];
        end += more[0].length;
        // The holder's name after a portfolio list (… and Energy Mohamed Ould Khaled) is read with it.
        if (!v.organizationLeads.has(firstWord)) {
          HOLDER_AFTER.lastIndex = end;
          const holder = HOLDER_AFTER.exec(text);
          if (holder) {
            runText += holder[0];
            end += holder[0].length;
          }
        }
      }
    }
    readRun(lexicon, v, text, words(runText, m.index), known, memory, out);
  }
  return out;
}

const SMALL_WORDS = /^(?:a|an|the|of|and|or|in|on|at|to|for|from|with|by|as|vs\.?|via|into|under|over|its|s)$/;

function isHeadline(text: string): boolean {
  // A byline or credit line (By Ahmed Rasheed and Ece Toksabay; Reporting by …) is capitalised names, not a headline.
  if (/^\(?(?:By|Reporting by|Writing by|Editing by) \p{Lu}/u.test(text)) return false;
  const all = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const content = all.filter((w) => !SMALL_WORDS.test(w));
  return content.length >= 4 && content.every((w) => /^\p{Lu}/u.test(w));
}

function words(run: string, offset: number): Word[] {
  return matchAll(/\S+/g, run).map((w) => ({ text: w[0].replace(/,$/, ''), start: offset + w.index, end: offset + w.index + w[0].replace(/,$/, '').length }));
}

function readRun(lexicon: Lexicon, v: EnglishVocabulary, text: string, ws: Word[], known: Candidate[], memory: EnglishMemory, out: Candidate[]): void {
  // "Northern Minerals", "Western Mining": a compass word before a lone firm head is part of the name.
  const compassFirm = ws.length === 2 && /^(?:Northern|Southern|Eastern|Western)$/.test(ws[0].text) && v.firmHeads.has(ws[1].text);
  // "the Northern Lights joint venture", "the Western Desert field": before a name a project's
  // lower-case head types, the compass word is the name's first word, not a region's.
  const compassProject = (w: Word[]) => w.length >= 2 && /^(?:Northern|Southern|Eastern|Western)$/.test(w[0].text) && !isStateAt(lexicon, v, w[1].text) && !known.some((k) => k.start === w[1].start) && projectHeadAfter(v, text.slice(w[w.length - 1].end));
  // "(Reporting by A in Vilnius and B in Helsinki; Editing by Terje Solsvik and Jan Harvey)": in a
  // credit line every name of two to four words is a person's, and a first name that is also a
  // month's short form (Jan, May) is kept.
  const credit = CREDIT_LINE.test(text) && isPersonLike(ws) && !known.some((k) => k.start < ws[ws.length - 1].end && k.end > ws[0].start);
  while (!compassFirm && !credit && ws.length && (v.notNames.has(ws[0].text) || isConnector(ws[0].text)) && !compassProject(ws)) ws = ws.slice(1);
  if (credit) {
    out.push(candidate(ws[0].start, ws[ws.length - 1].end, 'Person', 'english-credit'));
    return;
  }
  while (ws.length && isConnector(ws[ws.length - 1].text)) ws = ws.slice(0, -1);
  if (!ws.length) return;
  // "Mumbai-based Nayara Energy": the seat is a place, the rest goes on.
  const based = /^(\p{Lu}[\p{L}.-]*?)-(?:based|listed|headquartered|registered)$/u.exec(ws[0].text);
  if (based) {
    const start = ws[0].start;
    // "Australian-listed": a demonym names its state, not a place called so.
    if (v.demonyms.has(based[1])) demonymState(lexicon, v, start, based[1], out);
    else if (!coveredExactly(known, start, start + based[1].length)) out.push(candidate(start, start + based[1].length, 'Place', 'english-based'));
    return readRun(lexicon, v, text, ws.slice(1), known, memory, out);
  }
  // "Chinese-owned SNURDC Astana Mining Company": the owner's demonym names its state, the rest goes on.
  // "the CATL-led consortium", "Russian-held territory", "the Western-led Minerals Security
  // Partnership": a participle compound says who leads or holds a thing and is never a name itself.
  const owned = /^(\p{Lu}[\p{L}]*)-(?:owned|controlled|backed|run|led|held|funded|financed|operated|sponsored|brokered|allied|occupied)$/u.exec(ws[0].text);
  // Alone ("a Chinese-owned company", "the CATL-led consortium") it names nothing: an owner read
  // there would become the subject of what the company does.
  if (owned && ws.length === 1) return;
  if (owned) {
    demonymState(lexicon, v, ws[0].start, owned[1], out);
    return readRun(lexicon, v, text, ws.slice(1), known, memory, out);
  }
  // "Serbian Mining and Energy Minister X": a state and portfolio words before "and" and a title are the
  // title's; only the state is a name.
  if (ws.length >= 2 && isStateAt(lexicon, v, ws[0].text) && ws.slice(1).every((w) => portfolios.has(w.text)) && PORTFOLIO_AND_TITLE.test(text.slice(ws[ws.length - 1].end))) {
    return readRun(lexicon, v, text, ws.slice(0, 1), known, memory, out);
  }
  // A title splits a run: "Treasury Secretary Scott Bessent", "Russian President Vladimir Putin".
  for (let i = 0; i < ws.length; i++) {
    const title = titleAt(v, ws, i);
    if (!title) continue;
    let name = ws.slice(i + title);
    // "Energy Minister Prince Abdulaziz bin Salman": a second title is no part of the name.
    for (let more = titleAt(v, name, 0); more && name.length > more; more = titleAt(v, name, 0)) name = name.slice(more);
    name = withoutPortfolio(name);
    if (name.length >= 1 && name.length <= 4 && (name.every((w) => PERSON_WORD.test(w.text)) || isPersonLike(name))) {
      // "Germany's Economy Minister Robert Habeck": one word that nothing else names is part of the title.
      const qualifier = i === 1 && !isStateAt(lexicon, v, ws[0].text) && !known.some((k) => k.start <= ws[0].start && k.end >= ws[0].end) && !memory.names.has(ws[0].text) && POSSESSIVE_BEFORE.test(text.slice(0, ws[0].start));
      // "Cypriot Energy Minister George Papanastasiou", "Saudi Energy Minister …": a state, then the office's portfolio.
      const portfolio = i === 2 && isStateAt(lexicon, v, ws[0].text) && !known.some((k) => k.start <= ws[1].start && k.end >= ws[1].end && k.type !== 'Resource');
      const lead = ws.slice(0, portfolio ? 1 : i);
      // "Mining and Energy Minister …": a portfolio before the title names nothing.
      if (i > 0 && !qualifier && !lead.every((w) => portfolios.has(w.text))) readRun(lexicon, v, text, lead, known, memory, out);
      out.push(candidate(name[0].start, name[name.length - 1].end, 'Person', 'english-title'));
      return;
    }
  }
  const start = ws[0].start;
  const end = ws[ws.length - 1].end;
  const surface = text.slice(start, end);
  if (coveredExactly(known, start, end)) return;
  // "US Department of the Treasury": a state before an organisation's lead word is its seat.
  if (ws.length > 2 && v.organizationLeads.has(ws[1].text) && isStateAt(lexicon, v, ws[0].text)) {
    readRun(lexicon, v, text, ws.slice(0, 1), known, memory, out);
    return readRun(lexicon, v, text, ws.slice(1), known, memory, out);
  }
  const after = text.slice(end);
  const before = text.slice(0, start);
  let type = typeByHead(v, ws);
  // "U.S. WTI crude", "U.S. LNG exports": initials that name a state open a body's or a firm's name
  // (the U.S. Geological Survey, U.S. Steel), not anything else's.
  if (ws.length >= 2 && /^(?:\p{Lu}\.){2,}$/u.test(ws[0].text) && isStateAt(lexicon, v, ws[0].text) && type !== 'Organization' && type !== 'Firm') {
    return readRun(lexicon, v, text, ws.slice(1), known, memory, out);
  }
  // "the German North Sea": the demonym names the state, the place is the rest.
  if (type === 'Place' && ws.length > 2 && v.demonyms.has(ws[0].text)) {
    demonymState(lexicon, v, ws[0].start, ws[0].text, out);
    return readRun(lexicon, v, text, ws.slice(1), known, memory, out);
  }
  let nameEnd = end;
  // "the Chilean state", "the Russian government": the state itself, not a place called so.
  const government = !type && ws.length === 1 && v.demonyms.has(surface) ? /^ (?:state|government)\b/.exec(after) : null;
  if (government) {
    const state = lexicon.byNameKey.get(nameKey(v.demonyms.get(surface)!));
    if (state) out.push({ ...candidate(start, end + government[0].length, state.type, 'demonym'), lexiconKey: state.key, name: state.nameEn });
    return;
  }
  if (!type || type === 'Organization' || type === 'Firm') {
    // "Russian crude" is the state's oil, not a grade called Russian; "Russian pipeline flows" no pipeline's name.
    const stateLike = ws.length === 1 && isStateAt(lexicon, v, surface);
    const lower = v.lowerHeads.find((h) => after.startsWith(` ${h.words}`) && !/^[\p{L}\p{N}]/u.test(after.slice(h.words.length + 1)) && !/^ of \p{Lu}/u.test(after.slice(h.words.length + 1)) && !(h.type === 'Resource' && stateLike) && !(stateLike && v.demonyms.has(surface)));
    // "the Jafurah gas plant", "the Kamoa copper smelter": a commodity between the name and a
    // project's head types the name, which stays the name alone (as "Jadar" of the Jadar lithium project).
    if (!lower && !type && !stateLike && commodityThenProjectHead(lexicon, v, after)) type = 'Project';
    // A lower-case head after the name outweighs a capitalised word inside it (the Dogger Bank wind farm).
    if (lower && (!type || lower.type === 'Project')) {
      type = lower.type;
      if (lower.inName) {
        nameEnd = end + lower.words.length + 1;
        // Later the name stands alone (the Somair mine … 63.4% of Somair): the same thing.
        if (lower.type === 'Project' && !memory.names.has(surface)) memory.remember(surface, lower.type, text.slice(start, nameEnd));
      }
    }
  }
  if (!type && ws.length === 1 && v.demonyms.has(surface)) {
    const state = lexicon.byNameKey.get(nameKey(v.demonyms.get(surface)!));
    if (state) out.push({ ...candidate(start, end, state.type, 'demonym'), lexiconKey: state.key, name: state.nameEn });
    return;
  }
  // "Korea Zinc", "China Molybdenum": a state and a capitalised commodity together name a firm
  // (the commodity alone is written in lower case).
  if (!type && ws.length === 2 && isStateAt(lexicon, v, ws[0].text) && /^\p{Lu}\p{Ll}+$/u.test(ws[1].text) && lexicon.byNameKey.get(nameKey(ws[1].text.toLowerCase()))?.type === 'Resource') type = 'Firm';
  // "Anglo American Sur": a known firm's name with more words is another firm of its group;
  // "Greenpeace Norway", "IEA Secretariat": a known body's is a branch of that body, a body too.
  // Not two known firms or bodies side by side ("hands Chevron Hess's 30% interest": Chevron, then
  // Hess); a state after a body's name still names its branch (Greenpeace Norway).
  const group = known.find((k) => k.start === start && k.end < end && (k.type === 'Firm' || k.type === 'Organization') && !known.some((o) => o.start > k.end && o.end === end && (o.type === 'Firm' || o.type === 'Organization')));
  if (!type && group) type = group.type;
  const remembered = memory.names.get(surface);
  if (!type && remembered) {
    out.push({ ...candidate(start, end, remembered.type, 'english-memory'), name: remembered.name, ...(remembered.lexiconKey ? { lexiconKey: remembered.lexiconKey } : {}) });
    return;
  }
  const personLike = isPersonLike(ws);
  if (!type && personLike && (v.roleWords.test(after) || v.agentCues.test(before))) type = 'Person';
  if (!type) {
    const appositive = v.appositive.exec(after);
    if (appositive) type = v.appositiveTypes[appositive[1]];
  }
  // "the incinerator, run by Hafslund Celsio": what operates, builds or runs a thing is a firm (a
  // person who leads one is "led by", "chaired by": the cues above).
  if (!type && OPERATOR_BEFORE.test(before)) type = 'Firm';
  // "Vitol's trading arm Vitol Bahrain": a name that has an arm or a subsidiary is a firm.
  if (!type && POSSESSOR_OF_UNIT.test(after)) type = 'Firm';
  if (!type) {
    // "its affiliate Kemco", "private equity firm MBK Partners", "the state miner Codelco".
    const noun = v.nounBefore.exec(before);
    if (noun) type = v.appositiveTypes[noun[1]];
  }
  if (!type && before.length && /(?:,|[gs] |and |or ) ?$/.test(before)) {
    // "two Kazakh deposits, Zarechnoye and Khorasan-U": every name of the list.
    const plural = v.pluralBefore.exec(before.slice(-200));
    if (plural) type = v.pluralTypes[plural[1]];
  }
  // "Codelco and Mitsui & Co.": a name listed with a firm is a firm.
  if (!type) type = coordinatedType(text, start, end, [...known, ...out], personLike);
  if (!type && v.projectContexts.some((c) => c.test(after))) type = 'Project';
  if (!type && v.firmContexts.some((c) => c.test(after))) type = 'Firm';
  if (!type && POSSESSIVE_BEFORE.test(before) && possessedByState(known, before)) type = 'Firm';
  if (!type && ws.length <= 2 && !/^[A-Z0-9]+$/.test(surface) && IN_BEFORE.test(before)) type = 'Place';
  // "west of Bergen": one word after a compass direction (a longer name there is often a field: north of Johan Castberg).
  if (!type && ws.length === 1 && !/^[A-Z0-9]+$/.test(surface) && COMPASS_OF_BEFORE.test(before)) type = 'Place';
  // "its plant at Sluiskil in the Netherlands", "the terminal at Oygarden, west of Bergen": a name
  // after a facility's "at", placed by a known state or place right after it, is a place (production
  // "at Johan Castberg in the Barents Sea" is at a field: no facility word before it).
  if (!type && ws.length <= 2 && !/^[A-Z0-9]+$/.test(surface) && FACILITY_AT.test(before)) {
    const placing = PLACED_BY.exec(after);
    if (placing && known.some((k) => (k.type === 'State' || k.type === 'Place') && k.start === end + placing[0].length)) type = 'Place';
  }
  // "Elk in Poland", "Alytus in Lithuania", "a cement plant in Brevik, in southern Norway": one
  // capitalised word nothing else typed, placed by a known state or place right after it, is a
  // place. Not at the head of a sentence (a capitalised common noun: "Production in Norway"), not
  // a speaker (said Smith in Brussels), and not a word in capitals (an acronym is a firm or a body more often: "PSE in Poland").
  if (!type && ws.length === 1 && !/^[A-Z0-9]+$/.test(surface) && /\p{L}[^\p{L}]*$/u.test(before) && !/[.:;!?]["'“”’]?\s*$/.test(before) && !SPEAKER_BEFORE.test(before)) {
    const lies = LIES_IN.exec(after);
    if (lies && known.some((k) => (k.type === 'State' || k.type === 'Place') && k.start === end + lies[0].length)) type = 'Place';
  }
  // "HyIron", "PetroChina": one word with a capital inside is a brand, a firm's name (not McKinsey's Mc-).
  if (!type && ws.length === 1 && CAMEL_CASE.test(surface)) type = 'Firm';
  // "Salar de Atacama", "Lake Baikal", "Gulf of Ob": a geographic word opens the name — the
  // weakest cue, after every context that could make it a mine or a firm (Sierra Gorda, which KGHM built).
  if (!type && ws.length > 1 && v.placeLeads.has(ws[0].text)) type = 'Place';
  if (!type) return;
  const c = candidate(start, nameEnd, type, 'english-head');
  const acronym = ACRONYM_AFTER.exec(text.slice(nameEnd));
  const name = text.slice(start, nameEnd);
  // "Burgas (Bulgaria)": a state or place the lexicon knows, in brackets, says where the name is; it is no other name of it.
  const bracketedKnown = acronym !== null && isStateAt(lexicon, v, acronym[1]);
  if (acronym && !/^\d+$/.test(acronym[1]) && !bracketedKnown) {
    // The acronym is another name of the same entity (the id stays the slug of the long name).
    const at = text.indexOf(acronym[1], nameEnd);
    out.push({ ...candidate(at, at + acronym[1].length, type, 'english-acronym'), name });
    memory.remember(acronym[1], type, name);
  }
  memory.remember(name, type, name);
  if (type === 'Firm' && ws.length > 1 && isShortForm(lexicon, v, ws[0].text)) memory.remember(ws[0].text, type, name);
  out.push(c);
}

/** " gas plant", " rare earth processing plant": one or two words the lexicon knows as a commodity, then a project's head. */
function commodityThenProjectHead(lexicon: Lexicon, v: EnglishVocabulary, after: string): boolean {
  const words = /^ ([a-z]+)(?: ([a-z]+))?/.exec(after);
  if (!words) return false;
  const candidates = [words[1], ...(words[2] ? [`${words[1]} ${words[2]}`] : [])];
  return candidates.some((c) => lexicon.byNameKey.get(nameKey(c))?.type === 'Resource' && projectHeadAfter(v, after.slice(c.length + 1)));
}

/** A project's lower-case head right after a name (" joint venture", " gas field"). */
function projectHeadAfter(v: EnglishVocabulary, after: string): boolean {
  return v.lowerHeads.some((h) => h.type === 'Project' && after.startsWith(` ${h.words}`) && !/^[\p{L}\p{N}]/u.test(after.slice(h.words.length + 1)));
}

/** The first word of a firm's name is its short form (Reliance, Nayara, Lundin, JX). */
function isShortForm(lexicon: Lexicon, v: EnglishVocabulary, word: string): boolean {
  return (word.length >= 3 || /^[A-Z]{2}$/.test(word)) && /^\p{Lu}/u.test(word) && !isStateAt(lexicon, v, word) && !v.firmHeads.has(word) && !v.notNames.has(word);
}

/** Firms the lexicon knows, written in full in this sentence (JX Nippon Mining & Metals): later "JX" is the same firm. */
function rememberKnownShortForms(lexicon: Lexicon, v: EnglishVocabulary, text: string, known: Candidate[], memory: EnglishMemory): void {
  for (const k of known) {
    if (k.type !== 'Firm' || !k.lexiconKey) continue;
    const surface = text.slice(k.start, k.end);
    const first = /^(\S+) \S/.exec(surface)?.[1];
    if (first && isShortForm(lexicon, v, first)) memory.remember(first, k.type, surface, k.lexiconKey);
  }
}

/**
 * "Indian Oil Corporation (IOC) and Bharat Petroleum bought …": an acronym defined right after a
 * firm or body the lexicon knows names that entity, here and later in the document, as it does
 * after a discovered name (else the bracket splits the list and the relation is lost).
 */
function knownAcronyms(text: string, known: Candidate[], memory: EnglishMemory): Candidate[] {
  const out: Candidate[] = [];
  for (const k of known) {
    if ((k.type !== 'Firm' && k.type !== 'Organization') || !k.lexiconKey) continue;
    const acronym = ACRONYM_AFTER.exec(text.slice(k.end));
    if (!acronym || /^\d+$/.test(acronym[1])) continue;
    const at = text.indexOf(acronym[1], k.end);
    // An acronym the lexicon itself knows (KOGAS) is already a name of its own.
    if (known.some((o) => o.start < at + acronym[1].length && o.end > at)) continue;
    const name = text.slice(k.start, k.end);
    out.push({ ...candidate(at, at + acronym[1].length, k.type, 'english-acronym'), name, lexiconKey: k.lexiconKey });
    memory.remember(acronym[1], k.type, name, k.lexiconKey);
  }
  return out;
}

function typeByHead(v: EnglishVocabulary, ws: Word[]): string | undefined {
  const numbered = ws.length > 1 && /^\d+$/.test(ws[ws.length - 1].text);
  if (numbered) ws = ws.slice(0, -1);
  const head = ws[ws.length - 1].text;
  if (ws.length > 2 && v.organizationLeads.has(ws[0].text) && ws[1].text === 'of') return 'Organization';
  if (ws.length < 2 && !/^[A-Z]{2,}$/.test(head)) return undefined;
  if (v.agreementHeads.has(head)) return 'Agreement';
  if (v.policyHeads.has(head)) return 'Policy';
  if (v.eventHeads.has(head)) return 'Event';
  if (v.projectHeads.has(head)) return 'Project';
  if (v.placeHeads.has(head)) return 'Place';
  if (head === 'Bank' && !ws.some((w) => v.publicBankWords.has(w.text))) return 'Firm';
  if (v.organizationHeads.has(head)) return 'Organization';
  if (v.firmHeads.has(head)) return 'Firm';
  return undefined;
}

/** A title with its portfolio after it, then more capitalised words (Minister of Mines Jane Roe; Secretary for Energy and Water …). */
const PORTFOLIO_TITLE = /\b(?:Minister|Secretary|Commissioner) (?:of|for) (?:the )?\p{Lu}/u;
const portfolios = new Set(readRules<{ portfolios: string[] }>('en/titles.json').portfolios);

/** "of Petroleum and Energy Mohamed Ould Khaled" after a title: the holder's name is what follows the portfolio. */
function withoutPortfolio(ws: Word[]): Word[] {
  if (!/^(?:of|for)$/.test(ws[0]?.text ?? '')) return ws;
  let i = 1;
  if (ws[i]?.text === 'the') i++;
  const first = i;
  while (i < ws.length && (portfolios.has(ws[i].text) || (i > first && /^(?:and|&)$/.test(ws[i].text)))) i++;
  return i > first ? ws.slice(i) : ws;
}

function titleAt(v: EnglishVocabulary, ws: Word[], i: number): number | undefined {
  for (const t of v.personTitles) if (t.every((w, k) => ws[i + k]?.text === w)) return t.length;
  return undefined;
}

function isStateAt(lexicon: Lexicon, v: EnglishVocabulary, word: string): boolean {
  if (v.demonyms.has(word)) return true;
  return lexicon.byNameKey.get(nameKey(word))?.type === 'State';
}

function isConnector(word: string): boolean {
  return /^(?:of|the|for|de|del|la|do|da|y|on|&)$/.test(word);
}

const COORDINATED_TYPES = new Set(['Firm', 'Organization']);
const PERSON_COORDINATED_TYPES = new Set(['Firm', 'Organization', 'Person']);

/** Two to four capitalised words, particles allowed inside (Abdulaziz bin Salman). */
function isPersonLike(ws: Word[]): boolean {
  if (ws.length < 2 || ws.length > 4) return false;
  return ws.every((w, i) => PERSON_WORD.test(w.text) || (i > 0 && i < ws.length - 1 && PERSON_PARTICLE.test(w.text)) || (i === ws.length - 1 && i > 0 && /^(?:el|al)-\p{Lu}\p{Ll}+$/u.test(w.text)));
}

function coordinatedType(text: string, start: number, end: number, named: Candidate[], personLike = false): string | undefined {
  // "By Ahmed Rasheed and Ece Toksabay": a person's name listed with a person is a person.
  const types = personLike ? PERSON_COORDINATED_TYPES : COORDINATED_TYPES;
  const after = / and (?:the )?/y;
  after.lastIndex = end;
  const right = after.exec(text) ? named.find((k) => k.start === after.lastIndex) : undefined;
  if (right && types.has(right.type)) return right.type;
  const left = named.find((k) => / and (?:the )?$/.test(text.slice(k.end, start)) && text.slice(k.end, start).length <= 9);
  return left && types.has(left.type) ? left.type : undefined;
}

function possessedByState(known: Candidate[], before: string): boolean {
  const at = before.search(/['’]s (?:[a-z]+-[a-z]+ )?$/);
  return known.some((k) => k.end === at && k.type === 'State');
}

function coveredExactly(known: Candidate[], start: number, end: number): boolean {
  return known.some((k) => k.start === start && k.end === end);
}

/** A demonym or state name at `at` as a mention of its state (Chinese-owned, the German North Sea). */
function demonymState(lexicon: Lexicon, v: EnglishVocabulary, at: number, word: string, out: Candidate[]): void {
  const state = lexicon.byNameKey.get(nameKey(v.demonyms.get(word) ?? word));
  if (state?.type === 'State') out.push({ ...candidate(at, at + word.length, state.type, 'demonym'), lexiconKey: state.key, name: state.nameEn });
}

function candidate(start: number, end: number, type: string, method: string): Candidate {
  return { start, end, type, method, priority: PRIORITY.head };
}
