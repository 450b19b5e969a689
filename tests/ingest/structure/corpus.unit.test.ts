import path from 'node:path';
import { sampleCorpusDir } from '../../../ingest/corpus';
import type { IngestDocument, Sentence } from '../../../ingest/model';
import { prepareDocument } from '../../../ingest/pipeline';

/** The four sample layouts, read by the real pipeline stages (load → normalise → structure → sentences → sources). */

const docs: Record<string, IngestDocument> = {};
beforeAll(async () => {
  for (const name of ['000_80306e837f2edb1f.txt', '001_f8cad53052893a76.txt', '002_78d6b60161a582b5.txt', '003_de7e3ed9aac2a254.txt']) {
    docs[name.slice(0, 3)] = await prepareDocument(path.join(sampleCorpusDir, name));
  }
});

const find = (doc: IngestDocument, fragment: string): Sentence | undefined => doc.sentences.find((s) => s.text.includes(fragment));
const sourceOf = (doc: IngestDocument, id: string) => doc.sources.find((s) => s.id === id);

describe('000: PDF text, hard-wrapped with blank lines, numbered footnotes at page ends', () => {
  it('joins a sentence wrapped over several lines, without spaces between CJK characters', () => {
    const s = find(docs['000'], '日俄簽訂《東京宣言》');
    expect(s?.text).toBe('1993 年,日俄簽訂《東京宣言》,確認俄國繼承蘇聯與日本間既有條約與協議。');
    expect(find(docs['000'], '俄國領導人普欽(Vladimir Putin)鑑於國際能源市場變化')).toBeDefined();
  });

  it('puts one space back between Latin words split by a wrap', () => {
    expect(find(docs['000'], '北極液化天然氣 2 號(Arctic LNG 2)等能源開採案')).toBeDefined();
  });

  it('takes numbered markers out of sentences and remembers them, even one that opens a line', () => {
    const first = find(docs['000'], '此後日俄持續就領土問題開展談判');
    expect(first?.text.endsWith('開展談判。')).toBe(true);
    expect(first?.footnoteMarkers).toEqual(['1']);
    const before18 = find(docs['000'], '其立場及態度明顯有別於應對歐洲國家');
    expect(before18?.footnoteMarkers).toEqual(['18']);
    expect(find(docs['000'], '6 月 9 日,俄國駐日大使格魯金(Mikhail Galuzin)')?.text.startsWith('6 月 9 日')).toBe(true);
  });

  it('sends footnotes to sources, never to the body, and links the citing sentence', () => {
    const doc = docs['000'];
    expect(doc.sentences.some((s) => /服部倫卓|https?:|reurl\.cc/.test(s.text))).toBe(false);
    const cites = find(doc, '為長年停滯的日俄關係帶來正面影響');
    expect(cites?.footnoteMarkers).toEqual(['2']);
    const source = sourceOf(doc, cites?.sourceIds?.[0] ?? '');
    expect(source).toMatchObject({
      marker: '2',
      author: '服部倫卓',
      title: '3.11 後の日本とロシアのエネルギー地図',
      publisher: 'Globe+',
      date: '2021-03-09',
      url: 'https://globe.asahi.com/article/14250111',
    });
    // A footnote continued after a blank line stays one footnote.
    expect(doc.sources.find((s) => s.marker === '16')?.url).toBe('https://www.nikkei.com/article/DGXZQOUA081520Y2A500C2000000/');
  });

  it('keeps the heading path on sentences', () => {
    expect(find(docs['000'], '日本對制裁相對消極')?.sectionPath).toEqual([
      '參、烏克蘭危機後的日俄關係—和而不同,鬥而不破',
      '一、日本政府僅就最低限度實施制裁',
    ]);
  });
});

describe('001: footnotes after long runs of spaces', () => {
  it('sends the footnote to sources and keeps the body sentence whole across the page break', () => {
    const doc = docs['001'];
    expect(doc.sentences.some((s) => s.text.includes('九個聯邦主體分別為'))).toBe(false);
    expect(find(doc, '北極地區原油儲量約為 2,500億桶')).toBeDefined();
    expect(doc.sources.find((s) => s.marker === '1')?.text).toMatch(/^九個聯邦主體分別為/);
  });

  it('splits a marker glued to the year after it ("。42015 年")', () => {
    const doc = docs['001'];
    const next = find(doc, '俄羅斯北極戰略司令部正式開始運作');
    expect(next?.text.startsWith('2015 年 1 月')).toBe(true);
    expect(doc.sentences[(next?.index ?? 0) - 1].footnoteMarkers).toEqual(['4']);
  });
});

describe('002: Markdown-like emphasis and superscript markers', () => {
  it('drops emphasis marks from sentences', () => {
    expect(docs['002'].sentences.some((s) => s.text === '洪銘德 Ming-Te Hung')).toBe(true);
    expect(docs['002'].sentences.some((s) => s.text.includes('*'))).toBe(false);
  });

  it('takes superscript markers out and pairs them with their footnotes', () => {
    const doc = docs['002'];
    const s = find(doc, '被視為是「第二中東」、「21 世紀的戰略能源基地」,');
    expect(s?.footnoteMarkers).toContain('3');
    expect(s?.text).not.toMatch(/[³¹²]/);
    expect(doc.sentences.some((x) => x.text.includes('楊開煌'))).toBe(false);
    const source = sourceOf(doc, s?.sourceIds?.[0] ?? '');
    expect(source?.author).toBe('楊開煌');
    expect(source?.date).toBe('2006');
  });
});

describe('003: Markdown with <sup>①</sup> markers and circled-number footnote lines', () => {
  it('removes the <sup>①</sup> marker and remembers it', () => {
    const doc = docs['003'];
    expect(doc.sentences.some((s) => /<\/?sup>|[①-⑳]/.test(s.text))).toBe(false);
    const author = find(doc, '中日经济研究中心秘书长');
    expect(author?.footnoteMarkers).toEqual(['①']);
    expect(sourceOf(doc, author?.sourceIds?.[0] ?? '')?.text).toMatch(/^中国现代国际关系研究院副研究员/);
  });

  it('pairs circled markers that restart on every page with the right footnote', () => {
    const doc = docs['003'];
    const s = find(doc, '小山坚认为,日本需要以合理的价格获得稳定能源供给');
    expect(s?.footnoteMarkers).toEqual(['①']);
    expect(sourceOf(doc, s?.sourceIds?.[0] ?? '')?.text).toMatch(/^小山堅『エネルギーの地政学』/);
    expect(doc.sentences.some((x) => x.text.includes('参见《中共中央关于进一步全面深化改革'))).toBe(false);
  });

  it('reads Markdown headings into the section path, the title apart', () => {
    const doc = docs['003'];
    expect(doc.sentences[0].text).toBe('论日本提升全球资源获取能力的背景、 手段与成效');
    expect(find(doc, '资源是国家维系安全与发展最基本的投入要素')?.sectionPath).toEqual([
      '一、全球资源供给与日本的资源获取能力问题',
      '(一)全球基础资源供给的共通性问题',
    ]);
  });
});

describe('offsets', () => {
  it('maps every sentence back into the raw text', () => {
    for (const doc of Object.values(docs)) {
      expect(doc.sentences.length).toBeGreaterThan(50);
      for (const s of doc.sentences) {
        expect(s.toRaw).toHaveLength(s.text.length + 1);
        expect(s.start).toBe(s.toRaw[0]);
        expect(s.end).toBeGreaterThan(s.start);
        // The first character of a sentence is its raw character, width-normalised.
        expect(doc.raw[s.start].normalize('NFKC')[0]).toBe(s.text[0]);
      }
    }
  });
});
