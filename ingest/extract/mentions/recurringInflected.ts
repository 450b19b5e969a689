import { overlaps, PRIORITY, type Candidate } from './types';
import type { SentenceMentions } from '.';

/**
 * Russian declines names the finders type once by their head (месторождение Белый Тигр, у
 * месторождения Южный Парс): written again without the head they stand in another case (Нефть с
 * Белого Тигра, добыча на Южном Парсе) and nothing types them. A name of two or three capitalised
 * Cyrillic words found in the document is sought in its other sentences by the stems of its words
 * (the ending cut off, any short ending allowed), and the form found resolves to the name first
 * typed. Names the lexicon knows carry their case forms already. A one-word name (месторождение
 * Ядана … Газ Ядана поставляется) is sought only inside a sentence, never as its first word: there
 * a capital says nothing, and a stem of one word (Тигр-) would meet ordinary words.
 */
const TYPES = new Set(['Project', 'Place', 'Firm', 'Organization']);
const NAME = /^[А-ЯЁ][а-яё]+(?: [А-ЯЁ][а-яё]+){0,2}$/;
/** A one-word name shorter than this is left out (Нил, Обь would meet too much). */
const MIN_ONE_WORD = 5;
/** Nothing but punctuation before the match: the sentence's first word. */
const OPENING = /^[\s«"'(—–-]*$/;
// Adjective endings first (Белый, Южный, Западная), then a noun's last vowel or soft sign (Тигр, Парс, Курна).
const ENDING = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ую|юю|ой|ей|[аяоеиыуюь])$/;
const MIN_STEM = 3;
const MAX_ENDING = 3;
const WORD_CHAR = /[А-ЯЁа-яёA-Za-z0-9]/;

function stemOf(word: string): string {
  const cut = word.replace(ENDING, '');
  return cut.length >= MIN_STEM ? cut : word;
}

/** The other case forms of a name: each word's stem and a short ending, the words in order. */
function formsOf(name: string): RegExp {
  const words = name.split(' ').map((w) => `${stemOf(w)}[а-яё]{0,${MAX_ENDING}}`);
  return new RegExp(words.join(' '), 'g');
}

export function addRecurringInflectedNames(sentences: SentenceMentions[]): void {
  const cyrillic = sentences.filter((s) => /[а-яё]/.test(s.match.compact));
  if (cyrillic.length < 2) return;
  const names = new Map<string, string>();
  for (const s of cyrillic) {
    for (const c of s.candidates) {
      if (c.lexiconKey || c.nested || !TYPES.has(c.type)) continue;
      const surface = s.match.compact.slice(c.start, c.end);
      if (NAME.test(surface) && (surface.includes(' ') || surface.length >= MIN_ONE_WORD) && !names.has(surface)) names.set(surface, c.type);
    }
  }
  if (!names.size) return;
  const patterns = [...names].map(([name, type]) => ({ name, type, forms: formsOf(name) }));
  for (const s of cyrillic) {
    const text = s.match.compact;
    const added: Candidate[] = [];
    for (const { name, type, forms } of patterns) {
      forms.lastIndex = 0;
      for (const m of text.matchAll(forms)) {
        const start = m.index ?? 0;
        const end = start + m[0].length;
        if (WORD_CHAR.test(text[start - 1] ?? '') || WORD_CHAR.test(text[end] ?? '')) continue;
        if (!name.includes(' ') && OPENING.test(text.slice(0, start))) continue;
        const span = { start, end };
        if (s.candidates.some((c) => overlaps(c, span)) || added.some((c) => overlaps(c, span))) continue;
        added.push({ start, end, type, method: 'recurring-inflected', priority: PRIORITY.compromise, name });
      }
    }
    if (added.length) s.candidates.splice(0, s.candidates.length, ...[...s.candidates, ...added].sort((a, b) => a.start - b.start));
  }
}
