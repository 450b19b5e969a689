import { xmlEscape } from '../../client/src/exports/svg';

describe('SVG export', () => {
  test('names from documents are written as text, never as markup', () => {
    expect(xmlEscape('<script>alert("x")</script> & Co')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(xmlEscape("O'Neill")).toBe('O&apos;Neill');
  });
});
