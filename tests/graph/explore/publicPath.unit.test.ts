import path from 'node:path';
import { publicPath } from '../../../graph/explore/publicPath';
import { projectRoot } from '../../../graph/neo4j/paths';

describe("a document's path as the API shows it", () => {
  it('is project-relative inside the project and only a file name elsewhere', () => {
    expect(publicPath(path.join(projectRoot, 'data', 'corpus', 'lng.md'))).toBe('data/corpus/lng.md');
    expect(publicPath('data/corpus/lng.md')).toBe('data/corpus/lng.md');
    expect(publicPath('/home/alice/secret-reports/q3.pdf')).toBe('q3.pdf');
    expect(publicPath('../../etc/passwd.txt')).toBe('passwd.txt');
    expect(publicPath('C:\\Users\\alice\\q3.pdf')).toBe('q3.pdf');
    expect(publicPath(null)).toBeNull();
  });
});
