import { uploadLimits } from '../../../server/jobs/limits';
import { safeRelativeName } from '../../../server/jobs/names';
import { shownFileName } from '../../../graph/library';

// The rules an upload meets before any byte is read: the names it may take in the library,
// the limits (from the environment) and what the library shows of a stored path.

describe('a sent file name placed under the library', () => {
  it('keeps the folder part of a dropped folder', () => {
    expect(safeRelativeName('papers/2024/lng.pdf')).toBe('papers/2024/lng.pdf');
    expect(safeRelativeName('papers\\2024\\lng.pdf')).toBe('papers/2024/lng.pdf');
  });
  it('never climbs out or starts at the root', () => {
    expect(safeRelativeName('../../etc/passwd')).toBe('etc/passwd');
    expect(safeRelativeName('/etc/passwd')).toBe('etc/passwd');
    expect(safeRelativeName('a/./b/../c.txt')).toBe('a/b/c.txt');
  });
  it('drops control characters and leaves nothing usable as undefined', () => {
    expect(safeRelativeName('bad\u0000name.txt')).toBe('badname.txt');
    expect(safeRelativeName('../..')).toBeUndefined();
  });
});

describe('upload limits', () => {
  it('default to 8 MB a file, 50 files, 100 MB an upload', () => {
    expect(uploadLimits({})).toEqual({ maxFileBytes: 8 * 1048576, maxFiles: 50, maxTotalBytes: 100 * 1048576 });
  });
  it('read the environment and ignore values that are no positive number', () => {
    expect(uploadLimits({ UPLOAD_MAX_FILE_MB: '2', UPLOAD_MAX_FILES: '3', UPLOAD_MAX_TOTAL_MB: 'lots' })).toEqual({
      maxFileBytes: 2 * 1048576,
      maxFiles: 3,
      maxTotalBytes: 100 * 1048576,
    });
    expect(uploadLimits({ UPLOAD_MAX_FILES: '-1' }).maxFiles).toBe(50);
  });
});

describe('the file name the library shows', () => {
  it('is a project path as stored, and only the file name of an absolute server path', () => {
    expect(shownFileName('data/corpus/01-paper.txt')).toBe('data/corpus/01-paper.txt');
    expect(shownFileName('/srv/uploads/library/notes/a.md')).toBe('a.md');
    expect(shownFileName('C:\\Users\\x\\paper.pdf')).toBe('paper.pdf');
    expect(shownFileName(null)).toBeNull();
  });
});
