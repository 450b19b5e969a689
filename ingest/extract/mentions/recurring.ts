import { PRIORITY, type Candidate } from './types';
import type { SentenceMentions } from '.';
import { hasKana } from '../japanese/analyser';

/**
 * A name the text introduces once with a cue — in brackets, beside its original
 * (北方氣田東擴建（North Field East）), after a title — and then writes bare (自北方氣田東擴建供應).
 * The later occurrences have no cue of their own, so each sentence is searched for the names
 * the whole document discovered. Only names of four characters or more of the CJK script and of
 * types that name one thing, so a short word never becomes a name everywhere. Adds candidates in place.
 */
const TYPES = new Set(['Project', 'Firm', 'Organization', 'Policy', 'Agreement', 'Event']);
// Katakana too: a Japanese text types a foreign name once (豪石炭大手ホワイトヘブン・コール) and then writes it bare.
const CJK = /^[\u3400-\u9fff\u30a1-\u30fa\u30fc々〇·・\d]+$/;
const MIN_LENGTH = 4;
/** LNGカナダ, MPマテリアルズ: katakana with Latin letters is one Japanese name too. */
const KANA_LATIN = /^[\u30a1-\u30fa\u30fc・A-Za-z\d]+$/;
const KANA = /[\u30a1-\u30fa]/;
/**
 * 「PNG LNG」, 傘下のENEOS Xplora: a Japanese text also types Latin names once (in quotes, after a
 * cue) and writes them bare later (PNG LNGには…). Only in Japanese sentences, where Latin runs are
 * names or units, and only as whole Latin words.
 */
const LATIN_NAME = /^[A-Za-z][A-Za-z\d&.\- ]*[A-Za-z\d]$/;
const LATIN_OR_DIGIT = /[A-Za-z\d]/;
const ACRONYM3 = /^[A-Z][A-Z\d&]{2}$/;
const KATAKANA = /[\u30a1-\u30fa\u30fc]/;

export function addRecurringNames(sentences: SentenceMentions[]): void {
  const names = new Map<string, { type: string; name: string; lexiconKey?: string }>();
  for (const s of sentences) {
    for (const c of s.candidates) {
      // 緬甸油氣公司（MOGE）: a name learnt beside a lexicon original recurs as that entity; names
      // the lexicon itself lists are found everywhere without this.
      if ((c.lexiconKey && c.method !== 'paren-pair') || !TYPES.has(c.type)) continue;
      const surface = s.match.compact.slice(c.start, c.end);
      // A three-letter acronym typed in quotes (原料炭事業「BMA」) is as distinctive as a longer name.
      const latin = LATIN_NAME.test(surface) && hasKana(s.match.compact) && (surface.length >= MIN_LENGTH || ACRONYM3.test(surface));
      if (!latin && surface.length < MIN_LENGTH) continue;
      if (!(latin || CJK.test(surface) || KANA_LATIN.test(surface) && KANA.test(surface))) continue;
      if (!names.has(surface)) names.set(surface, { type: c.type, name: c.name ?? surface, ...(c.lexiconKey ? { lexiconKey: c.lexiconKey } : {}) });
    }
  }
  if (!names.size) return;
  const ordered = [...names].sort((a, b) => b[0].length - a[0].length);
  // 对缅甸油气公司实施制裁 after 缅甸油气公司（MOGE）: names read inside the whole one (the state 缅甸) give way to it.
  addWhereWritten(sentences, ordered, (at, end, thing, text) => (cutsWord(text, at, end) ? undefined : { start: at, end, type: thing.type, method: 'recurring', priority: PRIORITY.head, name: thing.name, ...(thing.lexiconKey ? { lexiconKey: thing.lexiconKey } : {}) }), true);
}

/**
 * PNG LNG inside PNG LNGs, a katakana name inside a longer katakana word: in Japanese text a name
 * that starts or ends with a Latin letter or a katakana must not run on into another of the same
 * script. (Chinese text is left as it was: its names were checked without this.)
 */
function cutsWord(text: string, at: number, end: number): boolean {
  if (!hasKana(text)) return false;
  const joins = (a: string, b: string) => (LATIN_OR_DIGIT.test(a) && LATIN_OR_DIGIT.test(b)) || (KATAKANA.test(a) && KATAKANA.test(b));
  return joins(text[at - 1] ?? '', text[at]) || joins(text[end - 1], text[end] ?? '');
}

/**
 * Where a sentence writes a name the document discovered elsewhere (in the order given) and no
 * name of the sentence covers it, the candidate `found` makes of it, if any. The one search of
 * every recurring-name pass (names, acronyms, Latin names). Adds candidates in place.
 */
export function addWhereWritten<T>(sentences: SentenceMentions[], names: Iterable<[string, T]>, found: (at: number, end: number, thing: T, text: string) => Candidate | undefined, overInnerNames = false): void {
  const list = [...names];
  for (const s of sentences) {
    const text = s.match.compact;
    const added: Candidate[] = [];
    for (const [name, thing] of list) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const end = at + name.length;
        // (Asked for: names strictly inside the span give way, so the whole name is read.)
        const inner = (c: Candidate) => overInnerNames && c.start >= at && c.end <= end && c.end - c.start < end - at;
        if (s.candidates.some((c) => c.start < end && at < c.end && !inner(c)) || added.some((c) => c.start < end && at < c.end)) continue;
        if (overInnerNames) s.candidates = s.candidates.filter((c) => !inner(c));
        const c = found(at, end, thing, text);
        if (c) added.push(c);
      }
    }
    if (!added.length) continue;
    s.candidates.push(...added);
    s.candidates.sort((a, b) => a.start - b.start || a.end - b.end);
  }
}
