import { Tokenizer } from 'htmlparser2';

/**
 * HTML → plain text with block boundaries kept as newlines and headings marked the Markdown
 * way ("## "), so the structure stage reads HTML and Markdown alike. Only htmlparser2's
 * tokenizer is used: it keeps no element stack, so neither deep nesting nor a huge page can
 * exhaust the stack or turn quadratic. We track just what we need: are we inside a skipped
 * element (script, style…), and is this tag a block.
 */

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul', 'title', 'caption',
]);
/** Elements whose content is not reading text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'iframe', 'object']);

export function htmlToText(html: string): string {
  const out: string[] = [];
  // Per skipped element name, how many are open (they may nest: <svg><svg>…).
  const skipping = new Map<string, number>();
  let skipDepth = 0;
  let inTitle = false;
  let tagName = '';

  const newline = (): void => {
    if (out.length > 0 && out[out.length - 1] !== '\n') out.push('\n');
  };
  const visible = (): boolean => skipDepth === 0 || inTitle;

  const openTag = (name: string): void => {
    if (name === 'title') {
      inTitle = true;
      newline();
      out.push('# ');
      return;
    }
    if (SKIPPED.has(name)) {
      skipping.set(name, (skipping.get(name) ?? 0) + 1);
      skipDepth++;
      return;
    }
    if (skipDepth > 0) return;
    if (BLOCK.has(name)) newline();
    const level = /^h([1-6])$/.exec(name);
    if (level) out.push(`${'#'.repeat(Number(level[1]))} `);
    if (name === 'sup') out.push('<sup>');
  };
  const closeTag = (name: string): void => {
    if (name === 'title') {
      inTitle = false;
      newline();
      return;
    }
    if (SKIPPED.has(name)) {
      const open = skipping.get(name) ?? 0;
      if (open > 0) {
        skipping.set(name, open - 1);
        skipDepth--;
      }
      return;
    }
    if (skipDepth > 0) return;
    if (name === 'sup') out.push('</sup>');
    if (BLOCK.has(name)) newline();
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      ontext(start, end) {
        if (visible()) out.push(html.slice(start, end).replace(/[\r\n\t ]+/g, ' '));
      },
      ontextentity(codepoint) {
        if (visible()) out.push(String.fromCodePoint(codepoint));
      },
      onopentagname(start, end) {
        tagName = html.slice(start, end).toLowerCase();
      },
      onopentagend() {
        openTag(tagName);
      },
      onselfclosingtag() {
        openTag(tagName);
        if (!BLOCK.has(tagName) || tagName === 'br' || tagName === 'hr') closeTag(tagName);
      },
      onclosetag(start, end) {
        closeTag(html.slice(start, end).toLowerCase());
      },
      onattribdata() {},
      onattribentity() {},
      onattribend() {},
      onattribname() {},
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
