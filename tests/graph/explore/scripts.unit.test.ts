import { escapeLucene, foldName, fullTextQuery, queryVariants } from '../../../graph/explore/scripts';

describe('search terms in any script', () => {
  it('keeps the original and adds simplified and lower-case forms', () => {
    expect(queryVariants('三井物產')).toEqual(expect.arrayContaining(['三井物產', '三井物产']));
    expect(queryVariants('Mitsui')).toEqual(expect.arrayContaining(['Mitsui', 'mitsui']));
    expect(queryVariants('三井物産')).toContain('三井物产');
  });

  it('folds names for comparison', () => {
    expect(foldName('  Mitsui  &   Co. ')).toBe('mitsui & co.');
    expect(foldName('三井物產')).toBe(foldName('三井物产'));
  });

  it('escapes every Lucene syntax character', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  it('asks for phrases and word prefixes, with operators typed by the user kept as words', () => {
    expect(fullTextQuery('Arctic LN')).toBe('"arctic ln" OR (arctic* AND ln*)');
    expect(fullTextQuery('a AND b')).toBe('"a and b" OR (a* AND and* AND b*)');
    expect(fullTextQuery('三井物產')).toContain('"三井物产"');
    expect(fullTextQuery('*** ???')).toBeNull();
  });
});
