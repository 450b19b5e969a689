import { readDecodedText } from './text';
import type { Reader } from './types';

/** Markdown is read as written: the structure stage knows its "#" headings and footnote lines. */
export const markdownReader: Reader = {
  format: 'markdown',
  extensions: ['.md', '.markdown'],
  read: readDecodedText,
};
