import chardet from 'chardet';
import iconv from 'iconv-lite';

/**
 * Bytes → text. Documents arrive in UTF-8 (with or without BOM), UTF-16 (with or without BOM),
 * GB18030/GBK and Big5; anything else that chardet recognises is tried too. Every candidate
 * decoding is checked for sense (replacement and control characters), so a wrong guess or a
 * binary file is refused instead of filling the graph with mojibake.
 */

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

/** Above this share of replacement/control characters a decoding is taken as wrong. */
const MAX_BAD_RATIO = 0.02;
/** A truncated or slightly damaged UTF-8 file is still UTF-8 if this few characters are lost. */
const MAX_REPAIRED_UTF8_RATIO = 0.001;

export function decodeBytes(buf: Uint8Array): Decoded {
  if (buf.length === 0) return { ok: false, reason: 'empty file' };

  const bom = bomEncoding(buf);
  if (bom) return checked(iconv.decode(Buffer.from(buf.subarray(bom.length)), bom.encoding, { stripBOM: true }), bom.label);

  const utf16 = utf16WithoutBom(buf);
  if (utf16) return checked(iconv.decode(Buffer.from(buf), utf16), `${utf16} (no BOM)`);

  if (looksBinary(buf)) return { ok: false, reason: 'binary file (NUL bytes), not text' };

  const strict = strictUtf8(buf);
  if (strict !== undefined) return checked(strict, 'utf-8');

  // Damaged UTF-8 (a file cut mid-character, a stray byte) is still UTF-8: legacy encodings
  // would read those bytes without complaint but turn every other character into mojibake.
  const lenient = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  if (badRatio(lenient) <= MAX_REPAIRED_UTF8_RATIO || damagedOnlyAtEnd(lenient)) {
    return checked(lenient, 'utf-8 (damaged bytes replaced)');
  }

  const candidates = chardet
    .analyse(buf)
    .map((m) => canonicalEncoding(m.name))
    .filter((name): name is string => name !== undefined && name !== 'utf-8');
  // GB18030 is a superset of GBK/GB2312; Big5 is tried whenever chardet hints at Chinese.
  const ordered = unique([...candidates, 'gb18030', 'big5']);
  let best: { text: string; encoding: string; bad: number } | undefined;
  for (const encoding of ordered) {
    const text = iconv.decode(Buffer.from(buf), encoding);
    const bad = badRatio(text);
    if (!best || bad < best.bad) best = { text, encoding, bad };
    if (bad === 0) break;
  }
  if (best && best.bad <= MAX_BAD_RATIO) return { ok: true, text: stripBom(best.text), encoding: best.encoding };
  return { ok: false, reason: 'undecodable: no known encoding gives readable text' };
}

/** A truncated file: the only undecodable bytes stand in its last few characters. */
function damagedOnlyAtEnd(text: string): boolean {
  const first = text.indexOf('\ufffd');
  return first >= 0 && first >= text.length - 3;
}

function checked(text: string, encoding: string): Decoded {
  const clean = stripBom(text);
  if (clean.trim().length === 0) return { ok: false, reason: `empty file (only whitespace, ${encoding})` };
  if (badRatio(clean) > MAX_BAD_RATIO) return { ok: false, reason: `undecodable: ${encoding} gives unreadable text` };
  return { ok: true, text: clean, encoding };
}

function bomEncoding(buf: Uint8Array): { encoding: string; label: string; length: number } | undefined {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { encoding: 'utf-8', label: 'utf-8 (BOM)', length: 3 };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { encoding: 'utf-16le', label: 'utf-16le (BOM)', length: 2 };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { encoding: 'utf-16be', label: 'utf-16be (BOM)', length: 2 };
  return undefined;
}

/**
 * UTF-16 without a BOM: Latin text has a NUL in every other byte; CJK text has none, so for
 * it we look for newlines and spaces (0x000A, 0x0020) standing on even or odd positions.
 */
function utf16WithoutBom(buf: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (buf.length < 4 || buf.length % 2 !== 0) return undefined;
  const n = Math.min(buf.length, 64 * 1024);
  let zeroEven = 0;
  let zeroOdd = 0;
  let asciiLe = 0;
  let asciiBe = 0;
  for (let i = 0; i + 1 < n; i += 2) {
    const a = buf[i];
    const b = buf[i + 1];
    if (a === 0) zeroEven++;
    if (b === 0) zeroOdd++;
    if (b === 0 && (a === 0x0a || a === 0x20 || a === 0x0d)) asciiLe++;
    if (a === 0 && (b === 0x0a || b === 0x20 || b === 0x0d)) asciiBe++;
  }
  const pairs = n / 2;
  if (zeroOdd > pairs * 0.3 && zeroEven < pairs * 0.05) return 'utf-16le';
  if (zeroEven > pairs * 0.3 && zeroOdd < pairs * 0.05) return 'utf-16be';
  // CJK-heavy UTF-16: no NUL pattern, but whitespace code units give it away.
  if (asciiLe >= 2 && asciiLe > asciiBe * 4 && strictUtf8(buf.subarray(0, n)) === undefined) return 'utf-16le';
  if (asciiBe >= 2 && asciiBe > asciiLe * 4 && strictUtf8(buf.subarray(0, n)) === undefined) return 'utf-16be';
  return undefined;
}

function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}

function strictUtf8(buf: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return undefined;
  }
}

/** Share of characters that say "this is not the right decoding": U+FFFD and C0/C1 controls. */
export function badRatio(text: string): number {
  if (text.length === 0) return 1;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c < 0xa0)) bad++;
  }
  return bad / text.length;
}

function canonicalEncoding(name: string): string | undefined {
  const n = name.toLowerCase();
  if (n === 'utf-8') return 'utf-8';
  if (n === 'gb18030' || n === 'gbk' || n === 'gb2312') return 'gb18030';
  if (n === 'big5') return 'big5';
  return iconv.encodingExists(n) ? n : undefined;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
