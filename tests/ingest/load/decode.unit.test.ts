import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { decodeBytes } from '../../../ingest/load/decode';
import { loadFile } from '../../../ingest/load/files';

const HANT =
  '2022 年 2 月 24 日，俄國宣布對烏克蘭實施「特別軍事行動」，歐美國家旋即強化對俄制裁。隨著日本加入制裁行列，日俄關係亦轉趨緊張。' +
  '日本三井物產及三菱商事仍向俄國表達參加意願，且陸續於 8 月下旬獲俄國政府承認。';
const HANS =
  '日本是化石能源、关键矿产、可耕地相对紧缺国家，国内资源无法保证生产生活自给自足，资源安全深度嵌入全球体系。' +
  '三井物产与日本金属和能源安全组织共同持有北极液化天然气 2 号项目的权益。';

function expectText(bytes: Buffer, text: string, encoding: RegExp): void {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) throw new Error(`expected text, got: ${decoded.reason}`);
  expect(decoded.text).toBe(text);
  expect(decoded.encoding).toMatch(encoding);
}

describe('decoding documents', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expectText(Buffer.from(HANT, 'utf8'), HANT, /^utf-8$/);
    expectText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(HANT, 'utf8')]), HANT, /utf-8 \(BOM\)/);
  });

  it('reads UTF-16 LE and BE, with a BOM and without one', () => {
    expectText(iconv.encode(HANT, 'utf-16le', { addBOM: true }), HANT, /utf-16le \(BOM\)/);
    expectText(iconv.encode(HANT, 'utf-16be', { addBOM: true }), HANT, /utf-16be \(BOM\)/);
    const latin = 'Mitsui & Co. holds a 10% stake in Arctic LNG 2.\nThe United States sanctioned it in November 2023.\n';
    expectText(iconv.encode(latin, 'utf-16le'), latin, /utf-16le \(no BOM\)/);
    expectText(iconv.encode(latin, 'utf-16be'), latin, /utf-16be \(no BOM\)/);
    const cjk = `${HANT}\n${HANT}\n`;
    expectText(iconv.encode(cjk, 'utf-16le'), cjk, /utf-16le/);
  });

  it('reads GBK / GB18030 and Big5', () => {
    expectText(iconv.encode(HANS, 'gbk'), HANS, /gb18030|gbk/);
    expectText(iconv.encode(HANS, 'gb18030'), HANS, /gb18030/);
    expectText(iconv.encode(HANT, 'big5'), HANT, /big5/);
  });

  it('keeps a truncated UTF-8 file, losing only the cut character', () => {
    const full = Buffer.from(HANT, 'utf8');
    const cut = full.subarray(0, full.length - 1);
    const decoded = decodeBytes(cut);
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(decoded.text.startsWith(HANT.slice(0, -2))).toBe(true);
    expect(decoded.encoding).toMatch(/utf-8/);
  });

  it('refuses empty, binary and undecodable bytes with a one-line reason', () => {
    const empty = decodeBytes(Buffer.alloc(0));
    expect(empty).toEqual({ ok: false, reason: 'empty file' });
    const binary = decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01]));
    expect(binary.ok).toBe(false);
    if (!binary.ok) expect(binary.reason).toMatch(/binary/);
    // Random bytes without NULs: no encoding gives readable text.
    const noise = Buffer.from([...crypto.randomBytes(4000)].map((b) => (b === 0 ? 1 : b)));
    const decoded = decodeBytes(noise);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.reason).not.toContain('\n');
  });
});

describe('loading files', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-load-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses a file above the size limit before reading it', async () => {
    const big = path.join(dir, 'big.txt');
    const fd = fs.openSync(big, 'w');
    // 50 MB on one line, written sparsely: the loader must not read it.
    fs.writeSync(fd, 'x', 50 * 1024 * 1024 - 1);
    fs.closeSync(fd);
    const result = await loadFile(big);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.skipped.reason).toMatch(/too large: 50\.0 MB > 8 MB limit/);
  });

  it('loads an empty file as skipped and a whitespace-only file as skipped', async () => {
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'blank.md'), '  \n\n ');
    for (const name of ['empty.txt', 'blank.md']) {
      const result = await loadFile(path.join(dir, name));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.skipped.reason).toMatch(/empty/);
    }
  });

  it('uniforms line ends so offsets count one character per break', async () => {
    fs.writeFileSync(path.join(dir, 'crlf.txt'), 'First line.\r\nSecond line.\r\n');
    const result = await loadFile(path.join(dir, 'crlf.txt'));
    expect(result.ok && result.file.text).toBe('First line.\nSecond line.\n');
  });
});
