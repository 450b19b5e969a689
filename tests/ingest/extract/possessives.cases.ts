import { matchText } from '../../../ingest/extract/script';
import { extractText, triples } from './helpers';

/** A bare apostrophe after a name in s is its possessive, as 's is. */

describe('possessives of names ending in s', () => {
  test('the name stops at the apostrophe and the rules read it as a possessive', () => {
    const doc = extractText("Mark Hammond, Siemens' chief executive, said the plant would close.", 'x.en.txt');
    expect(doc.entities.map((e) => e.name)).not.toContain("Siemens' chief");
    expect(triples(doc)).toEqual([expect.stringMatching(/ LEADS siemens$/)]);
  });

  test('matching text keeps the space after the apostrophe and maps the added s to it', () => {
    const text = "TotalEnergies' CEO spoke.";
    const m = matchText(text);
    expect(m.compact).toBe("TotalEnergies's CEO spoke.");
    expect(text[m.toText[m.compact.indexOf('CEO')]]).toBe('C');
    expect(m.toText).toHaveLength(m.compact.length + 1);
    // A common noun's plural possessive is left as written: no rule reads it.
    expect(matchText("the majors' share").compact).toBe("the majors' share");
  });
});
