import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareDocument } from '../../../ingest/pipeline';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-markdown-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function read(name: string, text: string) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return prepareDocument(file);
}

describe('Markdown inline markup', () => {
  it('keeps a link’s text and drops its target, so the sentence reads as a reader sees it', async () => {
    const doc = await read('links.zh-Hant.md', '# 稀土\n\n澳洲稀土業者萊納斯（[Lynas](https://example.org/lynas "Lynas Rare Earths")）在馬來西亞關丹設有加工廠。\n');
    const sentence = doc.sentences.find((s) => s.text.includes('萊納斯'))!;
    expect(sentence.text).toBe('澳洲稀土業者萊納斯(Lynas)在馬來西亞關丹設有加工廠。');
    // Offsets still point at the raw text: the name's characters map to the name inside the link.
    const at = sentence.text.indexOf('Lynas');
    expect(doc.raw.slice(sentence.toRaw[at], sentence.toRaw[at] + 'Lynas'.length)).toBe('Lynas');
    expect(doc.raw.slice(sentence.toRaw[at] - 1, sentence.toRaw[at])).toBe('[');
  });

  it('drops images, code ticks and strikethrough, and leaves brackets that are not links', async () => {
    const doc = await read('mixed.en.md', 'Equinor said ![map](img/field.png) the `Johan Castberg` field ~~will~~ started output [in 2025] at 220,000 barrels a day (about 10~15% of its total).\n');
    expect(doc.sentences.map((s) => s.text)).toEqual(['Equinor said  the Johan Castberg field will started output [in 2025] at 220,000 barrels a day (about 10~15% of its total).']);
  });

  it('reads a link over a name in an English sentence as the name', async () => {
    const doc = await read('en-link.en.md', 'Chevron holds 35% of the [Aphrodite gas field](https://example.org/a) off Cyprus, and [Shell](https://example.org/s) holds 35%.\n');
    expect(doc.sentences[0].text).toBe('Chevron holds 35% of the Aphrodite gas field off Cyprus, and Shell holds 35%.');
  });
});
