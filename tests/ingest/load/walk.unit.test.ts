import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listInputFiles } from '../../../ingest/load/files';
import { varDir } from '../../../graph/neo4j/paths';

/** A folder of documents with the links an attacker or an accident leaves in one. */
function craftedFolder(): { root: string; docs: string; secret: string; home: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'walk-'));
  const docs = path.join(root, 'docs');
  const home = path.join(root, 'home');
  fs.mkdirSync(path.join(docs, 'loop'), { recursive: true });
  fs.mkdirSync(path.join(home, 'secrets'), { recursive: true });
  const secret = path.join(home, 'secrets', 'admin-password.txt');
  fs.writeFileSync(secret, 'hunter2-hunter2\n');
  fs.writeFileSync(path.join(docs, 'a.txt'), 'Japan imports LNG from Qatar.\n');
  fs.writeFileSync(path.join(docs, 'loop', 'b.md'), '# B\nRussia exports gas.\n');
  fs.writeFileSync(path.join(root, 'outside.txt'), 'outside the folder\n');
  fs.symlinkSync('..', path.join(docs, 'loop', 'up'));
  fs.symlinkSync('.', path.join(docs, 'self'));
  fs.symlinkSync('self2', path.join(docs, 'self2'));
  fs.symlinkSync(secret, path.join(docs, 'password.txt'));
  fs.symlinkSync(path.join(root, 'outside.txt'), path.join(docs, 'outside.txt'));
  fs.symlinkSync('a.txt', path.join(docs, 'same-as-a.txt'));
  return { root, docs, secret, home };
}

describe('walking the folders given to the ingest', () => {
  it('follows no symbolic link unless asked, and names each one it left', () => {
    const { docs, home } = craftedFolder();
    const { files, skipped } = listInputFiles([docs], { forbidden: [home] });
    expect(files.map((f) => path.relative(docs, f))).toEqual(['a.txt', path.join('loop', 'b.md')]);
    const reasons = new Map(skipped.map((s) => [path.relative(docs, s.path), s.reason]));
    expect(reasons.get('password.txt')).toMatch(/symbolic link, not followed/);
    expect(reasons.get(path.join('loop', 'up'))).toMatch(/symbolic link, not followed/);
  });

  it('with --follow-symlinks follows links inside the folder only, each real folder and file once', () => {
    const { docs, home } = craftedFolder();
    const { files, skipped } = listInputFiles([docs], { followSymlinks: true, forbidden: [home] });
    // The loop (loop/up → ..), the self-links and the second name of a.txt add nothing.
    expect(files.map((f) => path.relative(docs, f))).toEqual(['a.txt', path.join('loop', 'b.md')]);
    const reasons = new Map(skipped.map((s) => [path.relative(docs, s.path), s.reason]));
    expect(reasons.get('password.txt')).toMatch(/leading outside the folder/);
    expect(reasons.get('outside.txt')).toMatch(/leading outside the folder/);
    expect(reasons.get('self2')).toMatch(/dangling|not found/);
  });

  it("never reads inside the product's var/ folder, even when named or reached through a link", () => {
    const { root, docs, secret, home } = craftedFolder();
    expect(listInputFiles([secret], { forbidden: [home] })).toEqual({ files: [], skipped: [{ path: secret, reason: expect.stringMatching(/var\/ folder/) }] });
    // The folder given is itself a link into the home: refused too.
    fs.symlinkSync(path.join(home, 'secrets'), path.join(root, 'innocent'));
    expect(listInputFiles([path.join(root, 'innocent')], { forbidden: [home] }).files).toEqual([]);
    // By default the home is the project's var/.
    expect(listInputFiles([varDir]).skipped[0].reason).toMatch(/var\/ folder/);
    expect(listInputFiles([docs], { forbidden: [home] }).files).not.toContain(path.join(docs, 'password.txt'));
  });

  it('finishes on a folder holding nothing but links to itself', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'walk-self-'));
    fs.symlinkSync('.', path.join(root, 'x'));
    fs.symlinkSync('.', path.join(root, 'y'));
    fs.writeFileSync(path.join(root, 'only.txt'), 'one file\n');
    const { files } = listInputFiles([root], { followSymlinks: true });
    expect(files).toEqual([path.join(root, 'only.txt')]);
  });
});
