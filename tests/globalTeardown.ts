import type { TestNeo4j } from './helpers/testNeo4j';

export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as { __testNeo4j?: TestNeo4j };
  const owned = holder.__testNeo4j;
  if (!owned) return;
  // Every project that names this file runs it: the first stops the server, the others find none.
  holder.__testNeo4j = undefined;
  await owned.stop();
}
