import { Parser } from 'htmlparser2';

/**
 * HTML → plain text with block boundaries kept as newlines and headings marked the Markdown
 * way ("## "), so the structure stage reads HTML and Markdown alike. The parser is streaming
 * (callbacks, no tree), so deeply nested markup cannot exhaust the stack.
 */

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul', 'title',
]);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);
const KEPT_IN_HEAD = 'title';

export function htmlToText(html: string): string {
  const out: string[] = [];
  let skipDepth = 0;
  let inTitle = false;
  const newline = (): void => {
    if (out.length > 0 && out[out.length - 1] !== '\n') out.push('\n');
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === KEPT_IN_HEAD) {
          inTitle = true;
          newline();
          out.push('# ');
          return;
        }
        if (SKIPPED.has(name)) {
          skipDepth++;
          return;
        }
        if (skipDepth > 0) return;
        if (BLOCK.has(name)) newline();
        const level = /^h([1-6])$/.exec(name);
        if (level) out.push(`${'#'.repeat(Number(level[1]))} `);
        if (name === 'sup') out.push('<sup>');
      },
      ontext(text) {
        if (skipDepth > 0 && !inTitle) return;
        out.push(text.replace(/[\r\n\t ]+/g, ' '));
      },
      onclosetag(name) {
        if (name === KEPT_IN_HEAD) {
          inTitle = false;
          newline();
          return;
        }
        if (SKIPPED.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth > 0) return;
        if (name === 'sup') out.push('</sup>');
        if (BLOCK.has(name)) newline();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
