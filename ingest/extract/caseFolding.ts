/**
 * Case folding exactly as a case-insensitive regular expression without the u flag compares
 * characters (ECMAScript Canonicalize: the upper case of a character when that is one code unit,
 * and never from outside ASCII into it). English and Russian trigger rules run with the i flag;
 * folding text and trigger words alike lets a plain substring test rule out a rule in any script
 * (вв[её]л, санкци…, sanctioned) and never rule out one the expression would match.
 */

/** Code unit → its canonical code unit; 0 = not computed yet (U+0000 folds to itself anyway). */
const canonical = new Uint16Array(0x10000);

/** The canonical code unit of `c` (UTF-16 code unit), as the regular expression engine compares it. */
export function foldedUnit(c: number): number {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a ? c - 0x20 : c;
  const known = canonical[c];
  if (known !== 0) return known;
  const upper = String.fromCharCode(c).toUpperCase();
  const u = upper.length === 1 ? upper.charCodeAt(0) : c;
  const folded = c >= 0x80 && u < 0x80 ? c : u;
  canonical[c] = folded;
  return folded;
}

/** Per code unit: 1 when its folding is its upper case, 2 when not (ı, ſ, ß, surrogates), 0 = not asked yet. */
const foldsAsUpper = new Uint8Array(0x10000);

function foldsLikeUpperCase(c: number): boolean {
  let known = foldsAsUpper[c];
  if (known === 0) {
    // Surrogates: the whole text's upper case maps pairs (𐐨 → 𐐀), the engine compares units.
    const upper = String.fromCharCode(c).toUpperCase();
    known = c < 0xd800 || c > 0xdfff ? (upper.length === 1 && upper.charCodeAt(0) === foldedUnit(c) ? 1 : 2) : 2;
    foldsAsUpper[c] = known;
  }
  return known === 1;
}

/** The text with every code unit folded: same length, so offsets carry over. */
export function foldCase(text: string): string {
  // Mostly the folding is the upper case, which the runtime makes natively (ASCII always).
  let asUpper = true;
  for (let i = 0; i < text.length && asUpper; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && !foldsLikeUpperCase(c)) asUpper = false;
  }
  if (asUpper) return text.toUpperCase();
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = foldedUnit(text.charCodeAt(i));
  let out = '';
  for (let at = 0; at < units.length; at += 4096) out += String.fromCharCode(...units.subarray(at, at + 4096));
  return out;
}
