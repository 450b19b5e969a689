import { Tokenizer } from 'htmlparser2';

/**
 * HTML → plain text with block boundaries kept as newlines and headings marked the Markdown
 * way ("## "), so the structure stage reads HTML and Markdown alike. Only htmlparser2's
 * tokenizer is used: it keeps no element stack, so neither deep nesting nor a huge page can
 * exhaust the stack or turn quadratic. We track just what we need: are we inside a left-out
 * element (and how deep in elements of its name), and is this tag a block.
 *
 * A saved web page carries more than its article: navigation, site header and footer, cookie
 * banners, share bars, asides. Those are left out by element (nav, aside…) and by the words
 * sites name them with (class, id, role); the page's <meta> tags give title, date and author.
 */

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul', 'title', 'caption',
]);
/** Elements whose content is never reading text. */
const LEFT_OUT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object',
  'nav', 'aside', 'footer', 'form', 'button', 'dialog', 'select',
]);
/** Elements without an end tag: they never open a left-out stretch. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Class, id or aria-label words of page furniture. */
const FURNITURE = /cookie|consent|gdpr|newsletter|subscribe|paywall|advert|\bads?\b|share|social|breadcrumb|related|sidebar|skip-link|site-header|site-footer|masthead/i;
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search']);

export interface HtmlDocument {
  text: string;
  title?: string;
  author?: string;
  date?: string;
}

export function htmlToText(html: string): string {
  return readHtml(html).text;
}

export function readHtml(html: string): HtmlDocument {
  const out: string[] = [];
  const meta = new PageMeta();
  let leftOut: { name: string; depth: number } | undefined;
  let inHead = false;
  let inTitle = false;
  /** Inside article or main, a header is the article's own (its heading, its byline). */
  let articleDepth = 0;
  let tagName = '';
  let attribs = new Map<string, string>();
  let attrName = '';
  let attrValue = '';

  const newline = (): void => {
    if (out.length > 0 && out[out.length - 1] !== '\n') out.push('\n');
  };
  const visible = (): boolean => !leftOut && (!inHead || inTitle);
  const isFurniture = (name: string): boolean => {
    if (LEFT_OUT.has(name)) return true;
    if (name === 'header' && articleDepth === 0) return true;
    const role = attribs.get('role');
    if (role && FURNITURE_ROLES.has(role.toLowerCase())) return true;
    if (attribs.get('aria-hidden') === 'true' || attribs.has('hidden')) return true;
    return FURNITURE.test(`${attribs.get('class') ?? ''} ${attribs.get('id') ?? ''} ${attribs.get('aria-label') ?? ''}`);
  };

  const openTag = (name: string): void => {
    if (leftOut) {
      if (name === leftOut.name && !VOID.has(name)) leftOut.depth++;
      return;
    }
    if (name === 'meta') return meta.take(attribs);
    if (name === 'head') inHead = true;
    if (name === 'title') {
      inTitle = true;
      newline();
      out.push('# ');
      return;
    }
    if (inHead) return;
    if (!VOID.has(name) && name !== 'html' && name !== 'body' && isFurniture(name)) {
      leftOut = { name, depth: 1 };
      return;
    }
    if (name === 'article' || name === 'main') articleDepth++;
    if (BLOCK.has(name)) newline();
    const level = /^h([1-6])$/.exec(name);
    if (level) out.push(`${'#'.repeat(Number(level[1]))} `);
    if (name === 'sup') out.push('<sup>');
  };
  const closeTag = (name: string): void => {
    if (leftOut) {
      if (name === leftOut.name && --leftOut.depth === 0) leftOut = undefined;
      return;
    }
    if (name === 'head') inHead = false;
    if (name === 'title') {
      inTitle = false;
      newline();
      return;
    }
    if (inHead) return;
    if ((name === 'article' || name === 'main') && articleDepth > 0) articleDepth--;
    if (name === 'sup') out.push('</sup>');
    if (BLOCK.has(name)) newline();
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      ontext(start, end) {
        if (visible()) {
          const text = html.slice(start, end).replace(/[\r\n\t ]+/g, ' ');
          out.push(text);
          if (inTitle) meta.pageTitle += text;
        }
      },
      ontextentity(codepoint) {
        if (visible()) out.push(String.fromCodePoint(codepoint));
      },
      onopentagname(start, end) {
        tagName = html.slice(start, end).toLowerCase();
        attribs = new Map();
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
      onattribname(start, end) {
        attrName = html.slice(start, end).toLowerCase();
        attrValue = '';
      },
      onattribdata(start, end) {
        attrValue += html.slice(start, end);
      },
      onattribentity(codepoint) {
        attrValue += String.fromCodePoint(codepoint);
      },
      onattribend() {
        if (!attribs.has(attrName)) attribs.set(attrName, attrValue);
      },
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  const text = out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, ...meta.result() };
}

/** What the page's <meta> tags say about it; scholarly (citation_*) tags first, then Open Graph. */
class PageMeta {
  pageTitle = '';
  private values = new Map<string, string[]>();

  take(attribs: Map<string, string>): void {
    const key = (attribs.get('name') ?? attribs.get('property') ?? attribs.get('itemprop') ?? '').toLowerCase();
    const content = attribs.get('content')?.replace(/\s+/g, ' ').trim();
    if (!key || !content) return;
    this.values.set(key, [...(this.values.get(key) ?? []), content]);
  }

  private first(...keys: string[]): string | undefined {
    for (const key of keys) {
      const found = this.values.get(key)?.[0];
      if (found) return found;
    }
    return undefined;
  }

  result(): Omit<HtmlDocument, 'text'> {
    const title = this.first('citation_title', 'og:title', 'dc.title', 'twitter:title') ?? (this.pageTitle.trim() || undefined);
    const authors = this.values.get('citation_author') ?? this.values.get('author') ?? this.values.get('dc.creator') ?? this.values.get('article:author')?.filter((a) => !/^https?:/.test(a));
    const date = this.first('citation_publication_date', 'citation_date', 'article:published_time', 'dc.date', 'datepublished', 'date', 'pubdate');
    return { title, author: authors && authors.length > 0 ? authors.join('; ') : undefined, date };
  }
}
