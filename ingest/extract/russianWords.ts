import { readRules } from './data';

/**
 * Russian inflects names (Россия, России, Россию, Россией; Северный морской путь, на Северном
 * морском пути). A lexicon name word is expanded once into the forms of its declension, read off
 * its ending (data/rules/ru/names.json); text words are then looked up as written.
 */
interface Declension {
  ending: string;
  forms: string[];
}

interface RussianMorphology {
  minDeclined: number;
  declension: Declension[];
  caseEndings: string[];
}

let morphology: RussianMorphology | undefined;

function rules(): RussianMorphology {
  morphology ??= readRules<RussianMorphology>('ru/names.json');
  return morphology;
}

const CYRILLIC = /[\u0400-\u04ff]/;

/** Words of a name or sentence: letters and digits, hyphenated parts kept together (Юго-Восточная). */
export const NAME_WORD = /[\p{L}\p{N}]+(?:[-‐’'][\p{L}\p{N}]+)*/gu;

export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

/** Lower case, ё read as е: the form words are compared in. */
export function foldWord(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е');
}

/** An abbreviation (США, КНР, СПГ), a number or a Latin word: matched as written, not declined. */
export function isFixedWord(word: string): boolean {
  return !CYRILLIC.test(word) || /[0-9]/.test(word) || /^[\u0400-\u042f\u0401]{2,}$/.test(word.replace(/[-‐]/g, ''));
}

/** Every form of one name word, folded (Россия → россия, россии, россию, россией, россиею). */
export function wordForms(word: string): string[] {
  const folded = foldWord(word);
  if (isFixedWord(word)) return [word];
  const { minDeclined, declension } = rules();
  if (folded.length < minDeclined) return [folded];
  // Only the last part of a hyphenated word declines (Юго-Восточная → Юго-Восточной).
  const d = declension.find((x) => folded.endsWith(x.ending) && folded.length - x.ending.length >= 2);
  if (!d) return [folded];
  const stem = folded.slice(0, folded.length - d.ending.length);
  const forms = d.forms.map((f) => stem + f);
  // A fleeting vowel drops before an ending (Египет → Египта, в Египте).
  const fleeting = d.ending === '' && /[бвгджзклмнпрстфхцчшщ][её][бвгджзклмнпрстфхцчшщ]$/.test(folded) ? folded.slice(0, -2) + folded.slice(-1) : undefined;
  if (fleeting) forms.push(...d.forms.filter((f) => f !== '').map((f) => fleeting + f));
  return [...new Set([folded, ...forms])];
}

/**
 * A key shared by the case forms of a Cyrillic name the lexicon does not know (ФГУП «Атомфлот»,
 * «Атомфлота»; Правительство РФ, Правительством РФ): each word without its case ending.
 * Undefined for names without Cyrillic.
 */
export function inflectionKey(name: string): string | undefined {
  if (!hasCyrillic(name)) return undefined;
  const words = name.normalize('NFKC').match(NAME_WORD) ?? [];
  const { caseEndings } = rules();
  return words.map((w) => {
    if (isFixedWord(w)) return w;
    const f = foldWord(w);
    const e = caseEndings.find((x) => f.endsWith(x) && f.length - x.length >= 3);
    return e ? f.slice(0, f.length - e.length) : f;
  }).join(' ');
}
