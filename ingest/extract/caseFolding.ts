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
  const known = canonical[c];
  if (known !== 0 || c === 0) return known;
  const upper = String.fromCharCode(c).toUpperCase();
  const u = upper.length === 1 ? upper.charCodeAt(0) : c;
  const folded = c >= 0x80 && u < 0x80 ? c : u;
  canonical[c] = folded;
  return folded;
}

/** The text with every code unit folded: same length, so offsets carry over. */
export function foldCase(text: string): string {
  let units: Uint16Array | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = foldedUnit(c);
    if (units) units[i] = f;
    else if (f !== c) {
      units = new Uint16Array(text.length);
      for (let k = 0; k < i; k++) units[k] = text.charCodeAt(k);
      units[i] = f;
    }
  }
  if (!units) return text;
  let out = '';
  for (let at = 0; at < units.length; at += 4096) out += String.fromCharCode(...units.subarray(at, at + 4096));
  return out;
}
