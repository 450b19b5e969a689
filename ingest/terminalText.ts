/**
 * Text from the documents' world (file names, reasons quoting them) made safe for the operator's
 * terminal. A file named with ANSI escape codes could otherwise clear the screen, recolour the
 * report, rewrite earlier lines or set the window title; a newline in a name could forge a report
 * line. Control characters (C0, DEL, C1) and the bidirectional overrides that reorder what is
 * shown become visible escapes (\x1b, \u202e); everything else is left as written.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
