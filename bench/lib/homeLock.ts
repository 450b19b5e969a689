import fs from 'node:fs';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * One benchmark process at a time per Neo4j home (two servers on one store would fail): wait for
 * the holder to finish, take over a lock whose process is gone. Returns the release function.
 */
export async function lockHome(home: string, log = console.log): Promise<() => void> {
  const file = `${home}.lock`;
  let told = false;
  for (;;) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(file, { force: true });
    } catch {
      const holder = Number(fs.readFileSync(file, 'utf8'));
      if (!holder || !alive(holder)) {
        fs.rmSync(file, { force: true });
        continue;
      }
      if (!told) log(`  waiting for process ${holder} to finish with ${home}…`);
      told = true;
      await sleep(2000);
    }
  }
}
