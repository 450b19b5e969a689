import mammoth from 'mammoth';
import { readHtml } from '../html';
import { failed, type Reader } from './types';

/**
 * Word documents through mammoth's HTML (headings by their Word styles, paragraphs, lists,
 * footnotes and endnotes), then the HTML reader's text. Mammoth links each note reference as
 * <sup><a>[1]</a></sup> and lists the notes at the end with a back-link; here the reference
 * becomes <sup>1</sup> and each note a line "1 …", the layout the structure stage pairs.
 */
export const docxReader: Reader = {
  format: 'docx',
  extensions: ['.docx'],
  async read(bytes) {
    let html: string;
    try {
      html = (await mammoth.convertToHtml({ buffer: bytes })).value;
    } catch (err) {
      return failed(`not a readable DOCX: ${(err as Error).message.split('\n')[0]}`);
    }
    const page = readHtml(notesAsLines(html));
    if (page.text.trim().length === 0) return failed('no text in the DOCX');
    return { ok: true, doc: { text: page.text, encoding: 'docx' } };
  },
};

function notesAsLines(html: string): string {
  return html
    .replace(/<sup><a href="#(?:foot|end)note-\d+" id="(?:foot|end)note-ref-\d+">\[(\d+)\]<\/a><\/sup>/g, '<sup>$1</sup>')
    .replace(/<li id="(?:foot|end)note-(\d+)">\s*<p>/g, '<li><p>$1 ')
    .replace(/\s*<a href="#(?:foot|end)note-ref-\d+">↑<\/a>/g, '');
}
