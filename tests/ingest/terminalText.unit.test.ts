import { printable } from '../../ingest/terminalText';
import { reportText } from '../../ingest/reportText';
import { CorpusAggregate } from '../../ingest/aggregate';

describe('text shown on the terminal', () => {
  it('turns escape codes, newlines and direction overrides in file names into visible escapes', () => {
    expect(printable('\u001b[2J\u001b]0;owned\u0007report.txt')).toBe('\\x1b[2J\\x1b]0;owned\\x07report.txt');
    expect(printable('a\nb\r\u009b31m')).toBe('a\\x0ab\\x0d\\x9b31m');
    expect(printable('evil\u202Etxt.exe')).toBe('evil\\u202etxt.exe');
    expect(printable('東京電力 報告.pdf')).toBe('東京電力 報告.pdf');
  });

  it('keeps the ingest report free of control characters whatever the skipped file is called', () => {
    const report = {
      aggregate: new CorpusAggregate(false),
      written: 0,
      unchanged: 0,
      skipped: [{ path: 'docs/\u001b[31mred\u001b[0m.xyz', reason: 'unsupported file type ".xyz\u001b[2J"' }],
      seconds: 0,
      extractSeconds: 0,
      extractedBytes: 0,
    };
    const text = reportText(report, true);
    expect(text).toContain('docs/\\x1b[31mred\\x1b[0m.xyz');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });
});
