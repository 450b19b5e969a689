import { readRules } from './data';

/**
 * Russian inflects names (Россия, России, Россию, Россией; Северный морской путь, на Северном
 * морском пути). A lexicon name word is expanded once into the forms of its declension, read off
 * its ending (data/rules/russian.json); text words are then looked up as written.
 */
interface Declension {
  ending: string;
  forms: string[];
}

interface RussianMorphology {
  minDeclined: number;
  declension: Declension[];
}

let morphology: RussianMorphology | undefined;

function rules(): RussianMorphology {
  morphology ??= readRules<RussianMorphology>('russian.json');
  return morphology;
}

const CYRILLIC = /[\u0400-\u04ff]/;

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
  return [...new Set([folded, ...d.forms.map((f) => stem + f)])];
}
