import fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const owned = (globalThis as { __testNeo4j?: { stop(): Promise<void>; home: string } }).__testNeo4j;
  if (!owned) return;
  await owned.stop();
  fs.rmSync(owned.home, { recursive: true, force: true });
}
