import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareDocument } from '../../../ingest/pipeline';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-sentences-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function sentencesOf(name: string, text: string): Promise<string[]> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return (await prepareDocument(file)).sentences.map((s) => s.text);
}

describe('sentence boundaries', () => {
  it('splits English at . ! ? but not after abbreviations, initials or inside numbers', async () => {
    const text = 'The U.S. Treasury sanctioned Arctic LNG 2 in Nov. 2023. Mitsui & Co. holds 2.5% of it, says Dr. J. Smith! Is that so? Yes.';
    expect(await sentencesOf('en.txt', text)).toEqual([
      'The U.S. Treasury sanctioned Arctic LNG 2 in Nov. 2023.',
      'Mitsui & Co. holds 2.5% of it, says Dr. J. Smith!',
      'Is that so?',
      'Yes.',
    ]);
  });

  it('splits CJK at 。！？； and keeps closing quotes with their sentence', async () => {
    const text = '日本政府表示：「將維持權益。」美國隨即制裁！日本會退出嗎？不會；三井物產仍持股。';
    expect(await sentencesOf('zh.txt', text)).toEqual(['日本政府表示:「將維持權益。」', '美國隨即制裁!', '日本會退出嗎?', '不會;', '三井物產仍持股。']);
  });

  it('normalises full-width forms with NFKC', async () => {
    expect(await sentencesOf('fw.txt', 'ＪＯＧＭＥＣ持有１５％股權。')).toEqual(['JOGMEC持有15%股權。']);
  });

  it('reads HTML headings into the section path', async () => {
    const file = path.join(dir, 'page.html');
    fs.writeFileSync(file, '<html><body><h1>Report</h1><h2>Sanctions</h2><p>The United States sanctioned Arctic LNG 2.</p></body></html>');
    const doc = await prepareDocument(file);
    expect(doc.sentences.map((s) => [s.text, s.sectionPath])).toEqual([
      ['Report', []],
      ['The United States sanctioned Arctic LNG 2.', ['Sanctions']],
    ]);
  });
});
