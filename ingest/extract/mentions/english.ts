import nlp from 'compromise';
import { matchAll } from '../matchAll';
import { PRIORITY, type Candidate } from './types';

const FIRM_ENDING = /\b(?:Co\.?|Corp\.?|Corporation|Inc\.?|Ltd\.?|Company|Group|Holdings|PLC|LLC|AG|SA)$/;
/** Latin passages long enough for compromise to read: three or more words. */
const PASSAGE = /[A-Za-z][A-Za-z0-9.,&'’\- ]{2,}[A-Za-z0-9.]/g;

/** People, organisations and places in English passages, found by compromise. */
export function englishCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchAll(PASSAGE, text)) {
    if (m[0].split(/\s+/).length < 3) continue;
    const doc = nlp(m[0]);
    const add = (names: string[], type: (n: string) => string) => {
      let from = 0;
      for (const raw of names) {
        const name = raw.replace(/[.,;:]+$/, '').replace(/^the\s+/i, '').trim();
        if (name.length < 3 || !/^[A-Z]/.test(name)) continue;
        const at = m[0].indexOf(name, from);
        if (at < 0) continue;
        from = at + name.length;
        out.push({ start: m.index + at, end: m.index + at + name.length, type: type(name), method: 'compromise', priority: PRIORITY.compromise });
      }
    };
    add(doc.people().out('array') as string[], () => 'Person');
    add(doc.organizations().out('array') as string[], (n) => (FIRM_ENDING.test(n) ? 'Firm' : 'Organization'));
    add(doc.places().out('array') as string[], () => 'Place');
  }
  return out;
}
