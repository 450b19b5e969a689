/**
 * Reading a citation: title, author, publisher, date and URL, from the citation styles of
 * Chinese, Japanese and English papers:
 *   服部倫卓，〈3.11 後の…地図〉，《Globe+》，2021 年 3 月 9 日，https://…
 *   小山堅『エネルギーの地政学』、朝日新聞出版、2022 年、56 頁。
 *   Christopher Len, "Understanding …," in …, *The China and Eurasia Forum Quarterly*, Vol. 3 (2005)
 */

export interface CitationFields {
  title?: string;
  author?: string;
  publisher?: string;
  date?: string;
  url?: string;
}

const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06',
  jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};

const pad = (n: string): string => n.padStart(2, '0');

export function parseDate(text: string): string | undefined {
  let m = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/.exec(text);
  if (m) return m[3] ? `${m[1]}-${pad(m[2])}-${pad(m[3])}` : `${m[1]}-${pad(m[2])}`;
  m = /\b((?:19|20)\d{2})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?\b/.exec(text);
  if (m && Number(m[2]) <= 12) return m[3] ? `${m[1]}-${pad(m[2])}-${pad(m[3])}` : `${m[1]}-${pad(m[2])}`;
  m = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b/.exec(text);
  if (m) return `${m[3]}-${MONTHS[m[1].toLowerCase()]}-${pad(m[2])}`;
  m = /\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+((?:19|20)\d{2})\b/.exec(text);
  if (m) return `${m[3]}-${MONTHS[m[2].toLowerCase()]}-${pad(m[1])}`;
  m = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+((?:19|20)\d{2})\b/.exec(text);
  if (m) return `${m[2]}-${MONTHS[m[1].toLowerCase()]}`;
  m = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(text);
  return m ? m[1] : undefined;
}

const MARKDOWN_ESCAPE = /\\+([\\`*_{}[\]()#+\-.!<>|~$])/g;
/** [label](target); a label or target may hold one bracketed date the converter pulled in ("…/166176/[2024-12-15]"). */
const MARKDOWN_LINK = /\[((?:[^[\]]|\[[^\]]*\])*)\]\((https?:\/\/[^()\s]+)\)/g;

/**
 * A citation as a reader sees it: a Markdown link becomes its target (the label is often the
 * same URL with its underscores escaped), and escapes are undone — a backslash left in a URL is
 * read by browsers as "/", which turned shoene\_shinene into shoene/_shinene.
 */
export function plainCitation(text: string): string {
  return text
    .replace(MARKDOWN_LINK, (_, label: string, url: string) => {
      const shown = label.replace(MARKDOWN_ESCAPE, '$1').trim();
      const target = url.replace(/(\S)(\[[\d-]+\])$/, '$1 $2');
      return shown === '' || /^<?https?:\/\//.test(shown) ? target : `${shown} ${target}`;
    })
    .replace(MARKDOWN_ESCAPE, '$1');
}

export function parseUrl(text: string): string | undefined {
  const m = /https?:\/\/[^\s<>()\[\]"'，。、；」』》〉]+/.exec(text.replace(/https?:\/\/\s+/g, (s) => s.trim()));
  if (!m) return undefined;
  return m[0].replace(/[.,;:]+$/, '');
}

/** Pairs of brackets that enclose a title, most specific first. */
const TITLE_BRACKETS: Array<[string, string]> = [['〈', '〉'], ['「', '」'], ['“', '”'], ['"', '"'], ['《', '》'], ['『', '』'], ['*', '*']];
const PUBLICATION_BRACKETS: Array<[string, string]> = [['《', '》'], ['『', '』'], ['*', '*']];

function enclosed(text: string, open: string, close: string, from = 0): { value: string; start: number; end: number } | undefined {
  const s = text.indexOf(open, from);
  if (s < 0) return undefined;
  const e = text.indexOf(close, s + open.length);
  if (e < 0) return undefined;
  const value = text.slice(s + open.length, e).replace(/[,，]$/, '').trim();
  return value ? { value, start: s, end: e + close.length } : undefined;
}

export function parseCitation(text: string): CitationFields {
  const fields: CitationFields = { url: parseUrl(text), date: parseDate(text) };
  let titleAt: { value: string; start: number; end: number } | undefined;
  for (const [open, close] of TITLE_BRACKETS) {
    const hit = enclosed(text, open, close);
    if (hit && (!titleAt || hit.start < titleAt.start)) titleAt = hit;
  }
  if (titleAt) {
    fields.title = titleAt.value;
    for (const [open, close] of PUBLICATION_BRACKETS) {
      const pub = enclosed(text, open, close, titleAt.end);
      if (pub) {
        fields.publisher = pub.value;
        break;
      }
    }
    const lead = text.slice(0, titleAt.start).replace(/^(參見|参见|見|见|See|Cf\.)\s*/i, '').replace(/[，,、：:\s]+$/, '').trim();
    if (lead && lead.length <= 60 && !/https?:/.test(lead)) fields.author = lead;
  } else {
    // No brackets: "Author, Title, Publisher, Year."
    const parts = text.split(/[，,、]\s*/).map((p) => p.trim()).filter(Boolean);
    if (parts.length >= 2 && parts[0].length <= 40) {
      fields.author = parts[0];
      fields.title = parts[1];
      if (parts[2] && !/\d{4}/.test(parts[2]) && !/https?:/.test(parts[2])) fields.publisher = parts[2];
    } else if (parts[0]) fields.title = parts[0].slice(0, 200);
  }
  if (!fields.publisher && titleAt) {
    const rest = text.slice(titleAt.end).split(/[，,、]\s*/).map((p) => p.trim()).filter(Boolean);
    const candidate = rest.find((p) => !/\d{4}|https?:|頁|页|pp?\.|Vol\.|No\./.test(p));
    if (candidate && candidate.length <= 60) fields.publisher = candidate.replace(/^(in|收錄於|收录于)\s*/i, '');
  }
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== '')) as CitationFields;
}
