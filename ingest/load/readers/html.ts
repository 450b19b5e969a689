import { readHtml } from '../html';
import { readDecodedText } from './text';
import { failed, type Reader } from './types';

/** Saved web pages: the article's text without the page furniture; title, date, author from <meta>. */
export const htmlReader: Reader = {
  format: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  read(bytes) {
    const decoded = readDecodedText(bytes);
    if (!decoded.ok) return decoded;
    const page = readHtml(decoded.doc.text);
    if (page.text.trim().length === 0) return failed('no text in the HTML');
    return { ok: true, doc: { text: page.text, encoding: decoded.doc.encoding, title: page.title, author: page.author, date: page.date } };
  },
};
