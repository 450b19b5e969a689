import { MappedBuilder, type MappedText } from '../normalise/mapped';

/**
 * Markdown emphasis (**…**, *…*, __…__, ~~…~~), code ticks, backslash escapes and links are layout,
 * not words: they are dropped from sentence text (the offsets of the remaining characters still
 * point at the raw). A link keeps its text and loses its target — 澳洲萊納斯（[Lynas](https://…)）
 * reads as 澳洲萊納斯（Lynas）, so the name pair and the rules see what a reader sees; an image
 * goes whole.
 */
export function stripMarkup(m: MappedText): MappedText {
  const t = m.text;
  if (!/[*_\\[`~]/.test(t)) return m;
  const out = new MappedBuilder();
  /** Where a link's text ends: its "](target)" is skipped from there to `skipTo`. */
  const linkEnds = new Map<number, number>();
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    const skipTo = linkEnds.get(i);
    if (skipTo !== undefined) {
      i = skipTo - 1;
      continue;
    }
    if (ch === '[' || (ch === '!' && t[i + 1] === '[')) {
      const link = linkAt(t, ch === '!' ? i + 1 : i);
      if (link) {
        if (ch === '!') i = link.end - 1;
        else linkEnds.set(link.textEnd, link.end);
        continue;
      }
    }
    if (ch === '`' || (ch === '~' && t[i + 1] === '~')) {
      if (ch === '~') i++;
      continue;
    }
    if (ch === '\\' && i + 1 < t.length && /[\\`*_{}[\]()#+\-.!<>|~$]/.test(t[i + 1])) {
      i++;
      out.appendChar(t[i], m.toRaw[i], m.toRaw[i + 1]);
      continue;
    }
    if ((ch === '*' && t[i + 1] === '*') || (ch === '_' && t[i + 1] === '_')) {
      i++;
      continue;
    }
    if (ch === '*' && isEmphasisStar(t, i)) continue;
    out.appendChar(ch, m.toRaw[i], m.toRaw[i + 1]);
  }
  return out.build();
}

/** A single * that opens or closes emphasis: touches a word on one side, a space/edge on the other. */
function isEmphasisStar(t: string, i: number): boolean {
  const before = t[i - 1];
  const after = t[i + 1];
  const opens = (before === undefined || /[\s(（「“"]/.test(before)) && after !== undefined && /\S/.test(after);
  const closes = before !== undefined && /\S/.test(before) && (after === undefined || /[\s,.;:)）」”"，。、]/.test(after));
  return opens || closes;
}

/**
 * A Markdown inline link at `open` ("[text](target)" or "[text](target "title")"): where its
 * text ends (the "]") and where the whole link ends. Null when the brackets are not a link.
 */
function linkAt(t: string, open: number): { textEnd: number; end: number } | null {
  let depth = 0;
  let close = -1;
  for (let j = open; j < t.length && j < open + 300; j++) {
    if (t[j] === '\n') return null;
    if (t[j] === '[') depth++;
    else if (t[j] === ']' && --depth === 0) {
      close = j;
      break;
    }
  }
  if (close < 0 || t[close + 1] !== '(') return null;
  let parens = 0;
  for (let j = close + 1; j < t.length && j < close + 2000; j++) {
    if (t[j] === '\n') return null;
    if (t[j] === '(') parens++;
    else if (t[j] === ')' && --parens === 0) return /^\(\s*\S+(\s+"[^"]*")?\s*\)$/.test(t.slice(close + 1, j + 1)) ? { textEnd: close, end: j + 1 } : null;
  }
  return null;
}
