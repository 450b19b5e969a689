import path from 'node:path';
import { sampleCorpusDir } from '../../../ingest/corpus';
import { loadLexicon, type Lexicon } from '../../../ingest/extract/lexicon';
import { lexiconCandidates } from '../../../ingest/extract/mentions/lexiconMatch';
import { placeHead } from '../../../ingest/extract/mentions/placeHeads';
import { PRIORITY, type Candidate } from '../../../ingest/extract/mentions/types';
import { isCjkChar, isLatinChar, matchText } from '../../../ingest/extract/script';
import { boundarySet, tokens } from '../../../ingest/extract/segment';
import { prepareDocument } from '../../../ingest/pipeline';

/**
 * The indexed lexicon search finds what trying every name at every character finds (the plain
 * search below is the specification: names at a character, then those of its lower case, each
 * longest first; the last that fits is kept, the search ends at the first not longer than it).
 */

function plainSearch(lexicon: Lexicon, text: string, boundaries: Set<number>): Candidate[] {
  const found: Candidate[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const list = [...(lexicon.byFirstChar.get(ch) ?? []), ...(isLatinChar(ch) ? lexicon.byFirstChar.get(ch.toLowerCase()) ?? [] : [])];
    let hit: Candidate | undefined;
    for (const alias of list) {
      const len = alias.form.length;
      if (hit && len <= hit.end - hit.start) break;
      const piece = text.slice(i, i + len);
      if (alias.caseInsensitive ? piece.toLowerCase() !== alias.form : piece !== alias.form) continue;
      if (isLatinChar(alias.form[0]) || /[0-9]/.test(alias.form[0])) {
        if (/[A-Za-z0-9]/.test(text[i - 1] ?? '') || /[A-Za-z0-9]/.test(text[i + len] ?? '')) continue;
      } else if (len === 2 && isCjkChar(alias.form[0]) && !boundaries.has(i)) {
        continue;
      } else if (len === 1 && !((boundaries.has(i) || /[对對与與和及、，,大]/.test(text[i - 1] ?? '')) && boundaries.has(i + 1) && /[、，,。；：:）)和与及等矿类资的进出产价储]|$/.test(text[i + 1] ?? '。'))) {
        continue;
      }
      if (/[0-9]$/.test(alias.form) && /[0-9]/.test(text[i + len] ?? '')) continue;
      hit = { start: i, end: i + len, type: alias.entry.type, method: 'lexicon', priority: PRIORITY.lexicon, lexiconKey: alias.entry.key };
    }
    // Head words after a place or project (placeHeads.ts) act on the hit both searches find.
    const head = hit ? placeHead(text, hit) : undefined;
    if (hit && head?.yields) hit = undefined;
    if (hit) {
      if (head && !head.yields) hit.end += head.extend;
      const suffix = ['公司', '集团', '株式会社'].find((f) => (hit!.type === 'Firm' || hit!.type === 'Organization') && text.startsWith(f, hit!.end) && boundaries.has(hit!.end + f.length));
      if (suffix && hit.type === 'Firm') hit.end += suffix.length;
      found.push(hit);
      i = hit.end;
    } else {
      i++;
    }
  }
  return found;
}

test('on the sample corpus and on names run together in every case', async () => {
  const lexicon = loadLexicon();
  const texts: string[] = [];
  for (const file of ['000_80306e837f2edb1f.txt', '003_de7e3ed9aac2a254.txt']) {
    const doc = await prepareDocument(path.join(sampleCorpusDir, file));
    for (const s of doc.sentences) texts.push(matchText(s.text).compact);
  }
  // Names of the lexicon glued together, shortened, upper-, lower- and title-cased.
  const forms = [...lexicon.byFirstChar.values()].flat().map((a) => a.form);
  let seed = 11;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const glue = ['的', '与', ' ', ',', '。', 'a', 'X', '1', '2', '和', '国', '中', 'S'];
  for (let k = 0; k < 4000; k++) {
    let text = '';
    for (let j = 0; j <= next(4); j++) {
      let f = forms[next(forms.length)];
      const r = next(6);
      if (r === 0) f = f.toUpperCase();
      else if (r === 1) f = f.toLowerCase();
      else if (r === 2) f = f.slice(0, Math.max(1, f.length - 1));
      else if (r === 3) f = f[0].toUpperCase() + f.slice(1);
      text += f + (next(2) ? glue[next(glue.length)] : '');
    }
    texts.push(text);
  }
  for (const text of texts) {
    const boundaries = boundarySet(tokens(lexicon, text), text.length);
    expect({ text, found: lexiconCandidates(lexicon, text, boundaries) }).toEqual({ text, found: plainSearch(lexicon, text, boundaries) });
  }
});
