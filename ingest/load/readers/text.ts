import { decodeBytes } from '../decode';
import { failed, type Reader, type ReadResult } from './types';

/** Plain text in any encoding decodeBytes recognises (UTF-8/16, GB18030, Big5…). */
export function readDecodedText(bytes: Buffer): ReadResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return failed(decoded.reason);
  // Line ends are made uniform here so every later offset counts one character per line break.
  const text = decoded.text.replace(/\r\n?/g, '\n');
  if (text.trim().length === 0) return failed('empty file (only whitespace)');
  return { ok: true, doc: { text, encoding: decoded.encoding } };
}

export const textReader: Reader = {
  format: 'text',
  extensions: ['.txt'],
  read: readDecodedText,
};
