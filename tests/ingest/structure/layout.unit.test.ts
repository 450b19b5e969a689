import { prepareLoaded } from '../../../ingest/pipeline';
import { splitIntoParts } from '../../../ingest/parts';
import type { Layout } from '../../../contract/reader';

/** The reader's layout of a text: what is shown (markup left out) and as what. */

function layoutOf(text: string, name = 'paper.md') {
  const doc = prepareLoaded({ path: name, text, encoding: 'utf-8', format: 'markdown', bytes: Buffer.byteLength(text) });
  return { doc, layout: doc.layout as Layout };
}

/** The text of a block as the reader shows it: every hidden character left out. */
function shown(text: string, layout: Layout, block: { start: number; end: number }): string {
  let out = '';
  for (let i = block.start; i < block.end; i++) if (!layout.hidden.some(([s, e]) => s <= i && i < e)) out += text[i];
  return out;
}

test('Markdown headings, emphasis, lists, tables and <sup> markers are shown without their markup', () => {
  const text = [
    '# 日本的资源战略',
    '',
    '## 一、背景',
    '',
    '**内容提要：**日本进口小麦。<sup>①</sup>',
    '',
    '- 石油 *原油*',
    '- 天然气',
    '',
    '| 国家 | 份额 |',
    '|---|---|',
    '| 美国 | 41.5% |',
    '',
    '① 「貿易統計」、財務省 HP、[https://x.jp/a\\\\_b.pdf](https://x.jp/a_b.pdf)。',
  ].join('\n');
  const { doc, layout } = layoutOf(text);
  const blocks = layout.blocks.map((b) => [b.kind, shown(text, layout, b)]);
  expect(blocks).toEqual([
    ['heading', '日本的资源战略'],
    ['heading', '一、背景'],
    ['paragraph', '内容提要：日本进口小麦。①'],
    ['item', '石油 原油'],
    ['item', '天然气'],
    ['row', ' 国家  份额 '],
    ['row', ' 美国  41.5% '],
    ['note', '① 「貿易統計」、財務省 HP、https://x.jp/a_b.pdf。'],
  ]);
  expect(layout.blocks.find((b) => b.kind === 'row')?.header).toBe(true);
  expect(layout.emphasis.map(([s, e, k]) => [text.slice(s, e), k])).toEqual([['内容提要：', 'strong'], ['原油', 'em']]);
  const [marker] = layout.markers;
  expect(text.slice(marker.start, marker.end)).toBe('<sup>①</sup>');
  expect(marker.sourceId).toBe(doc.sources[0].id);
  expect(layout.blocks.find((b) => b.kind === 'note')?.sourceId).toBe(doc.sources[0].id);
});

test('a long text is cut into parts at blank lines, and the parts join up to it', () => {
  const text = Array.from({ length: 3000 }, (_, i) => (i % 10 === 9 ? '' : `line ${i} of the register`)).join('\n');
  const parts = splitIntoParts(text, 10_000);
  expect(parts.map((p) => p.text).join('')).toBe(text);
  for (const [i, p] of parts.entries()) {
    expect(p.start).toBe(i === 0 ? 0 : parts[i - 1].start + parts[i - 1].text.length);
    expect(p.text.length).toBeLessThanOrEqual(10_000);
    if (i < parts.length - 1) expect(p.text.endsWith('\n\n')).toBe(true);
  }
});
