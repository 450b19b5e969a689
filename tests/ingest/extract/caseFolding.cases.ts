import path from 'node:path';
import { foldCase, foldedUnit } from '../../../ingest/extract/caseFolding';
import { loadLexicon } from '../../../ingest/extract/lexicon';
import { findMentions } from '../../../ingest/extract/mentions';
import { maskSentence, type Occurrence } from '../../../ingest/extract/relations/mask';
import { relationRules, ruleTriggers, sentenceRuleLang } from '../../../ingest/extract/relations/rules';
import { FilterSubject } from '../../../ingest/extract/requiredText';
import { prepareDocument } from '../../../ingest/pipeline';

/**
 * Russian and English trigger rules run case-insensitively; their trigger words are looked up
 * case-folded before a rule runs. The folding must agree with the expression engine everywhere,
 * or a rule would be skipped on a sentence it matches.
 */

describe('case folding as an i-flag expression compares characters', () => {
  // Every BMP code unit but the surrogates, each once, in one text.
  const units: number[] = [];
  for (let c = 1; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) units.push(c);
  const all = String.fromCharCode(...units);

  test.each(['a', 'Z', 'k', 's', 'i', 'в', 'Ё', 'я', 'ü', 'ß', 'σ', 'ς', 'µ', 'ǅ', 'ω', '制'])('%s matches exactly the units folding alike', (letter) => {
    const engine = [...all.matchAll(new RegExp(letter, 'gi'))].map((m) => m[0].charCodeAt(0)).sort((a, b) => a - b);
    const folded = units.filter((c) => foldedUnit(c) === foldedUnit(letter.charCodeAt(0)));
    expect(folded).toEqual(engine);
  });

  test('a folded text keeps its length and offsets', () => {
    expect(foldCase('Rosatom и «Новатэк»')).toBe('ROSATOM И «НОВАТЭК»');
    expect(foldCase('制裁⟨0:State⟩')).toBe('制裁⟨0:STATE⟩');
    expect(foldCase('straße').length).toBe(6);
    // Unit by unit, as the engine compares without the u flag (no pairing of surrogates).
    for (const text of ['straße', 'ıſ', 'Deseret 𐐨', 'Rosatom ⟨0:Firm⟩', 'µ']) {
      expect(foldCase(text)).toBe(String.fromCharCode(...[...Array(text.length).keys()].map((i) => foldedUnit(text.charCodeAt(i)))));
    }
  });
});

describe('on a Russian news text, no trigger rule that matches is filtered out', () => {
  test('every rule that matches a masked sentence is a candidate', async () => {
    const lexicon = loadLexicon();
    const doc = await prepareDocument(path.join(__dirname, '../../fixtures/dev/docs/19-rosatom-nsr.ru.txt'));
    const rules = relationRules().ru;
    let matched = 0;
    for (const sentence of doc.sentences) {
      const found = findMentions(lexicon, sentence.text);
      const text = found.match.compact;
      if (sentenceRuleLang(text) !== 'ru') continue;
      // Every name its own entity: as many slots as the masking can make.
      const occurrences: Occurrence[] = found.candidates.map((c, i) => ({ start: c.start, end: c.end, entityId: `e${i}`, type: c.type }));
      const masked = maskSentence(text, occurrences).text;
      const candidates = new Set(ruleTriggers().ru.candidates(new FilterSubject(masked)));
      rules.forEach((rule, i) => {
        rule.regex.lastIndex = 0;
        if (!rule.regex.test(masked)) return;
        matched++;
        expect({ rule: rule.id, masked, kept: candidates.has(i) }).toEqual({ rule: rule.id, masked, kept: true });
      });
    }
    expect(matched).toBeGreaterThan(10);
  });
});
