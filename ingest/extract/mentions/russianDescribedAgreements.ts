import { readRules } from '../data';
import { hasCyrillic } from '../russianWords';
import { PRIORITY, type Candidate } from './types';

/**
 * Agreements named by what they are about, in lower case (data/rules/ru/agreements.json):
 * «Межправительственное соглашение о сооружении атомной электростанции Россия и Узбекистан
 * подписали…», «Кабул и Ашхабад подписали меморандум о строительстве … дороги вдоль трассы».
 * No capital and no quotes mark them, so neither head words nor quotes find them. An
 * intergovernmental agreement is one always; another only where states (or «стороны») sign it in
 * the same clause, since agreements between firms are contracts kept as relations.
 */
interface Rules {
  intergovernmental: string;
  heads: string[];
  signVerbs: string[];
  statesSide: string[];
  stopWords: string[];
  trailing: string[];
  maxWords: number;
}

interface Compiled {
  head: RegExp;
  stop: Set<string>;
  trailing: Set<string>;
  statesSide: Set<string>;
  maxWords: number;
}

let compiled: Compiled | undefined;

function rules(): Compiled {
  if (compiled) return compiled;
  const spec = readRules<Rules>('ru/agreements.json');
  // Group 1: the intergovernmental adjective; group 2: a verb of signing right before the head.
  const head = new RegExp(`(?<!\\p{L})(?:(${spec.intergovernmental}\\p{L}*)\\s+|(?:(${spec.signVerbs.join('|')})\\s+))?(?:${spec.heads.join('|')})\\p{L}*(?!\\p{L})`, 'giu');
  compiled = { head, stop: new Set(spec.stopWords), trailing: new Set(spec.trailing), statesSide: new Set(spec.statesSide), maxWords: spec.maxWords };
  return compiled;
}

const WORD = /\s*([\p{Ll}][\p{Ll}-]*)/uy;

/** The end of the «о / об» phrase after a head: lower-case words up to a stop; undefined when there is none. */
function aboutPhraseEnd(text: string, from: number, r: Compiled): { end: number; cut: boolean } | undefined {
  const opening = /\s+(?:о|об)\s+/y;
  opening.lastIndex = from;
  if (!opening.exec(text)) return undefined;
  let at = from;
  const ends: { word: string; end: number }[] = [];
  for (let n = 0; n < r.maxWords + 1; n++) {
    WORD.lastIndex = at;
    const m = WORD.exec(text);
    if (!m) break;
    if (r.stop.has(m[1])) break;
    at = m.index + m[0].length;
    ends.push({ word: m[1], end: at });
  }
  // A name, a number or a quote right after the words: the phrase goes on past what can be read.
  const cut = /^\s*[\p{Lu}\d«"]/u.test(text.slice(at));
  while (ends.length > 0 && r.trailing.has(ends[ends.length - 1].word)) ends.pop();
  // The head and о / об alone are no description.
  if (ends.length < 2) return undefined;
  return { end: ends[ends.length - 1].end, cut };
}

/** Do states sign in this clause: the last name before the verb of signing is a state, or «стороны». */
function signedByStates(text: string, verbAt: number, known: Candidate[], r: Compiled): boolean {
  const before = text.slice(0, verbAt).replace(/\s*(?:также|еще|ещё|уже|официально)\s*$/u, '').trimEnd();
  const last = /(\p{L}+)$/u.exec(before);
  if (last && r.statesSide.has(last[1].toLowerCase())) return true;
  return known.some((k) => k.type === 'State' && k.end === before.length);
}

export function russianDescribedAgreementCandidates(text: string, known: Candidate[]): Candidate[] {
  if (!hasCyrillic(text)) return [];
  const r = rules();
  const out: Candidate[] = [];
  for (const m of text.matchAll(r.head)) {
    const intergovernmental = m[1] !== undefined;
    const signVerb = m[2];
    if (!intergovernmental && !signVerb) continue;
    const headEnd = m.index + m[0].length;
    const start = signVerb ? m.index + m[0].length - m[0].slice(signVerb.length).trimStart().length : m.index;
    const about = aboutPhraseEnd(text, headEnd, r);
    // The head alone (по межправительственному соглашению; …соглашение о ТАПИ) refers to an agreement, it names none.
    if (!about) continue;
    if (intergovernmental) {
      out.push({ start, end: about.end, type: 'Agreement', method: 'head-word', priority: PRIORITY.head });
      continue;
    }
    // Signed by states, with a description that ends where the words do (not at a name: соглашение о строительстве АЭС «X»).
    if (about.cut || !signedByStates(text, m.index, known, r)) continue;
    out.push({ start, end: about.end, type: 'Agreement', method: 'head-word', priority: PRIORITY.head });
  }
  return out;
}
