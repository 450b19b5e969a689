import { htmlToText } from '../../../ingest/load/html';

describe('HTML to text', () => {
  it('keeps block boundaries as lines, headings as headings, and drops scripts and styles', () => {
    const html = `<!doctype html><html><head><title>Arctic LNG 2</title><style>p{color:red}</style>
      <script>var x = "<p>not text</p>";</script></head>
      <body><h1>Sanctions</h1><p>The United States sanctioned <b>Arctic LNG 2</b> in November 2023.</p>
      <div>Mitsui &amp; Co. holds 10%.<br>JOGMEC holds 15%.</div><ul><li>one</li><li>two</li></ul></body></html>`;
    const text = htmlToText(html);
    expect(text.split('\n').filter((line) => line !== '')).toEqual([
      '# Arctic LNG 2',
      '# Sanctions',
      'The United States sanctioned Arctic LNG 2 in November 2023.',
      'Mitsui & Co. holds 10%.',
      'JOGMEC holds 15%.',
      'one',
      'two',
    ]);
    expect(text).not.toMatch(/color|var x/);
  });

  it('survives markup nested a hundred thousand levels deep', () => {
    const depth = 100_000;
    const html = `${'<div><span>'.repeat(depth)}deep text${'</span></div>'.repeat(depth)}`;
    expect(htmlToText(html)).toBe('deep text');
  });
});
