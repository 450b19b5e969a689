import { overlaps, PRIORITY, type Candidate } from './types';
import type { SentenceMentions } from '.';

/**
 * Russian news writes foreign and many domestic firms in Latin letters (QazaqGaz, Jiangxi Copper)
 * and types them once by the words around them (казахстанской QazaqGaz); later the same run
 * stands bare («Газпром» и QazaqGaz договорились…). The runs a Cyrillic sentence typed as a firm,
 * an organisation or a project are sought as whole words in the other Cyrillic sentences of the
 * document. Cyrillic acronyms typed once (экспортер СУЭК, основатель СУЭК Андрей Мельниченко) recur the
 * same way (СУЭК и «Мечел» добывают…). Gated on Latin letters or three capitals in a Cyrillic
 * sentence, so other text costs one test.
 */
const TYPES = new Set(['Firm', 'Organization', 'Project']);
// Latin letters with diacritics count (BOTAŞ, Škoda).
const LATIN_RUN = /^[A-Z][\p{Script=Latin}0-9&.\-]*(?: [A-Z][\p{Script=Latin}0-9&.\-]*)*$/u;
const CYRILLIC = /[а-яё]/i;
const MIN_LETTERS = 3;
const CYRILLIC_ACRONYM = /^[А-ЯЁ]{3,6}$/;
const NAME_LETTERS = /[A-Za-z]|[А-ЯЁ]{3}/;

export function addRecurringCyrillicLatinNames(sentences: SentenceMentions[]): void {
  const names = new Map<string, string>();
  // «Турецкий поток» typed once by its head (по газопроводам «Голубой поток» и «Турецкий поток») is the
  // same project where it opens a later sentence in quotes, over the state adjective inside it.
  const quoted = new Map<string, string>();
  const cyrillic = sentences.filter((s) => CYRILLIC.test(s.match.compact) && NAME_LETTERS.test(s.match.compact));
  const withQuotes = sentences.filter((s) => s.match.compact.includes('«') && CYRILLIC.test(s.match.compact));
  for (const s of withQuotes) {
    for (const c of s.candidates) {
      if (!c.lexiconKey && TYPES.has(c.type) && isQuoted(s.match.compact, c) && /\s/.test(s.match.compact.slice(c.start, c.end))) quoted.set(s.match.compact.slice(c.start, c.end), c.type);
    }
  }
  for (const s of cyrillic) {
    for (const c of s.candidates) {
      if (c.lexiconKey || !TYPES.has(c.type)) continue;
      const surface = s.match.compact.slice(c.start, c.end);
      const latin = LATIN_RUN.test(surface) && surface.replace(/[^A-Za-z]/g, '').length >= MIN_LETTERS;
      if ((latin || CYRILLIC_ACRONYM.test(surface)) && !names.has(surface)) names.set(surface, c.type);
    }
  }
  if (quoted.size) addQuoted(withQuotes, quoted);
  if (!names.size) return;
  for (const s of cyrillic) {
    const text = s.match.compact;
    const added: Candidate[] = [];
    for (const [surface, type] of names) {
      for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
        const end = at + surface.length;
        if (/[A-Za-z0-9&\-А-ЯЁа-яё]/.test(text[at - 1] ?? '') || /[A-Za-z0-9&\-А-ЯЁа-яё]/.test(text[end] ?? '')) continue;
        const span = { start: at, end };
        if (s.candidates.some((c) => overlaps(c, span)) || added.some((c) => overlaps(c, span))) continue;
        added.push({ start: at, end, type, method: 'recurring-latin', priority: PRIORITY.compromise });
      }
    }
    if (added.length) s.candidates.splice(0, s.candidates.length, ...[...s.candidates, ...added].sort((a, b) => a.start - b.start));
  }
}

function isQuoted(text: string, c: { start: number; end: number }): boolean {
  return text[c.start - 1] === '«' && text[c.end] === '»';
}

/** Quoted names of several words, written again in quotes: candidates inside the quotes give way. */
function addQuoted(sentences: SentenceMentions[], quoted: Map<string, string>): void {
  for (const s of sentences) {
    const text = s.match.compact;
    for (const [surface, type] of quoted) {
      for (let at = text.indexOf(`«${surface}»`); at >= 0; at = text.indexOf(`«${surface}»`, at + 1)) {
        const span = { start: at + 1, end: at + 1 + surface.length };
        if (s.candidates.some((c) => c.start === span.start && c.end === span.end)) continue;
        if (s.candidates.some((c) => overlaps(c, span) && (c.start < span.start || c.end > span.end))) continue;
        const kept = s.candidates.filter((c) => !overlaps(c, span));
        s.candidates.splice(0, s.candidates.length, ...[...kept, { ...span, type, method: 'recurring-quoted', priority: PRIORITY.head }].sort((a, b) => a.start - b.start));
      }
    }
  }
}
