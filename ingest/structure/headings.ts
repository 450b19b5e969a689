import type { Section } from '../model';

/**
 * Heading recognition. Chinese papers number their headings (壹、 / 一、 / （一） / 1.), which
 * tells the level better than Markdown's #-count (often inconsistent in converted text); the
 * #-count is used when the text carries no numbering.
 */

export interface Heading {
  level: number;
  text: string;
  kind: Section['kind'];
}

const NUMBERED: Array<[RegExp, number]> = [
  [/^第[一二三四五六七八九十百\d]+[章篇]/, 1],
  [/^[壹貳贰參叁肆伍陸陆柒捌玖拾]+[、．.]/, 1],
  [/^[一二三四五六七八九十]+[、．]/, 2],
  [/^第[一二三四五六七八九十\d]+[節节]/, 2],
  [/^[（(][一二三四五六七八九十]+[）)]/, 3],
  [/^\d{1,2}(?:\.\d{1,2})*[.、．]\s*\S/, 4],
  [/^[IVX]{1,5}\.\s+\S/, 1],
];

const NAMED: Array<[RegExp, Section['kind']]> = [
  [/^(摘\s*要|內容提要|内容提要|要旨|Abstract|Summary)(?=$|[\s/:：])/i, 'abstract'],
  [/^(參考文獻|参考文献|引用文獻|引用文献|參考書目|参考书目|References|Bibliography|Works Cited)\s*[:：]?\s*$/i, 'references'],
  [/^(前言|緒論|绪论|引言|結論|结论|結語|结语|小結|小结|Introduction|Conclusions?)\s*$/i, 'body'],
];

const MAX_HEADING_CHARS = 60;

export function recogniseHeading(line: string): Heading | undefined {
  let text = line.trim();
  let markdownLevel: number | undefined;
  const md = /^(#{1,6})\s+(.*)$/.exec(text);
  if (md) {
    markdownLevel = md[1].length;
    text = md[2].replace(/\*\*|__/g, '').trim();
  }
  if (text.length === 0 || text.length > MAX_HEADING_CHARS) return undefined;
  for (const [re, kind] of NAMED) {
    if (re.test(text)) return { level: kind === 'body' ? markdownLevel ?? 1 : 1, text, kind };
  }
  // A heading may hold commas (壹、…—低調發展，各取所需) but never a full stop.
  const sentenceLike = /[。]/.test(text) || /[，,；;、]$/.test(text);
  for (const [re, level] of NUMBERED) {
    if (re.test(text) && !sentenceLike) return { level, text, kind: 'body' };
  }
  if (markdownLevel !== undefined) return { level: markdownLevel, text, kind: markdownLevel === 1 ? 'title' : 'body' };
  return undefined;
}
