/**
 * Every match of a global expression, like [...text.matchAll(re)] but without the copy of the
 * expression matchAll makes on each call (a measurable cost when run on every sentence).
 * Collected before the caller looks at any, so the caller may use the same expression again.
 */
export function matchAll(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new Error(`matchAll needs a global expression: ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push(m);
    // An empty match would be found again at the same place: step over it as matchAll does.
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  re.lastIndex = 0;
  return out;
}

function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}
