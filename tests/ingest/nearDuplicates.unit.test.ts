import fs from 'node:fs';
import path from 'node:path';
import { sampleCorpusDir } from '../../ingest/corpus';
import { nearDuplicateNote, NEAR_DUPLICATE_THRESHOLD, similarity, textSignature } from '../../ingest/nearDuplicates';

const paper = (name: string) => fs.readFileSync(path.join(sampleCorpusDir, name), 'utf8');

describe('near-duplicate signatures', () => {
  const original = paper('003_de7e3ed9aac2a254.txt');

  it('finds a re-saved copy with a banner, other spacing and one paragraph changed near the original', () => {
    const paragraphs = original.split('\n\n');
    paragraphs[20] = '本段已由編者修訂。';
    const copy = `轉載自某網站，僅供參考\n\n${paragraphs.join('\n\n').replace(/。/g, '。 ')}`;
    const score = similarity(textSignature(original), textSignature(copy));
    expect(score).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
  });

  it('keeps different papers (even on the same subject) far apart', () => {
    const others = ['000_80306e837f2edb1f.txt', '001_f8cad53052893a76.txt', '002_78d6b60161a582b5.txt'].map(paper);
    for (const other of others) expect(similarity(textSignature(original), textSignature(other))).toBeLessThan(0.2);
  });

  it('says the same text is the same, and half a text is not a near-duplicate', () => {
    expect(similarity(textSignature(original), textSignature(original))).toBe(1);
    expect(similarity(textSignature(original), textSignature(original.slice(0, original.length / 2)))).toBeLessThan(NEAR_DUPLICATE_THRESHOLD);
  });

  it('signs a register of many repeated lines with 128 distinct hashes', () => {
    const register = Array.from({ length: 20_000 }, (_, i) => `line ${i} of the register`).join('\n');
    const signature = textSignature(register);
    expect(new Set(signature).size).toBe(128);
    expect(signature).toEqual([...signature].sort((a, b) => a - b));
  });

  it('words the flag as the report and the library show it', () => {
    expect(nearDuplicateNote({ of: { id: 'd1', title: 'Japan and resources', fileName: null }, similarity: 0.934 })).toBe('near-duplicate of Japan and resources (similarity 0.93)');
  });
});
