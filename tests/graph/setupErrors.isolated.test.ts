import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { startLocalNeo4j, freePort } from '../../graph/neo4j/local';
import { checkJava } from '../../graph/neo4j/java';
import { SetupError } from '../../graph/neo4j/errors';
import { Graph } from '../../graph/connection';

describe('start-up errors name the cause and the remedy', () => {
  it('a taken Bolt port', async () => {
    const port = await freePort();
    const blocker = net.createServer().listen(port, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'graph-port-test-'));
    try {
      const attempt = startLocalNeo4j({ home, boltPort: port, heap: '512m', pageCache: '64m', passwordFile: path.join(home, 'pw'), log: () => undefined });
      await expect(attempt).rejects.toThrow(SetupError);
      await expect(attempt).rejects.toThrow(new RegExp(`Bolt port ${port}`));
    } finally {
      blocker.close();
      fs.rmSync(home, { recursive: true, force: true });
    }
  });

  it('a missing Java', () => {
    const saved = process.env.JAVA_HOME;
    process.env.JAVA_HOME = '/nonexistent-jdk';
    try {
      expect(() => checkJava()).toThrow(/Java was not found/);
    } finally {
      if (saved === undefined) delete process.env.JAVA_HOME;
      else process.env.JAVA_HOME = saved;
    }
  });

  it('wrong credentials and an unreachable server', async () => {
    const wrong = new Graph({ uri: process.env.NEO4J_URI!, user: 'neo4j', password: 'wrong-password' });
    await expect(wrong.verify()).rejects.toThrow(/refused the credentials/);
    await wrong.close();
    const nowhere = new Graph({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' });
    await expect(nowhere.verify()).rejects.toThrow(/unreachable/);
    await nowhere.close();
  });
});
