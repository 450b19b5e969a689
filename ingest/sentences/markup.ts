import { MappedBuilder, type MappedText } from '../normalise/mapped';

/**
 * Markdown emphasis (**…**, *…*, __…__) and backslash escapes are layout, not words: they are
 * dropped from sentence text (the offsets of the remaining characters still point at the raw).
 */
export function stripMarkup(m: MappedText): MappedText {
  const t = m.text;
  if (!/[*_\\]/.test(t)) return m;
  const out = new MappedBuilder();
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
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
