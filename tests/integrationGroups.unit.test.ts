import { integrationGroups, pathPattern } from './integrationGroups';

// npm test runs the integration files in groups (integrationGroups.json); every file runs once.

test('every integration and isolated file is in exactly one group, and the listed ones exist', () => {
  const { alone, concurrent, ownData, ownNeo4j, isolatedRest } = integrationGroups();
  const all = [...alone, ...concurrent, ...ownData, ...ownNeo4j, ...isolatedRest];
  expect(new Set(all).size).toBe(all.length);
  expect([...ownNeo4j, ...isolatedRest].every((f) => f.endsWith('.isolated.test.ts'))).toBe(true);
  expect([...alone, ...concurrent, ...ownData].some((f) => f.endsWith('.isolated.test.ts'))).toBe(false);
  // The files that reset or re-ingest the sample corpus never run beside another file.
  expect(alone).toEqual(expect.arrayContaining(['tests/ingest/write/corpus.test.ts', 'tests/server/analyst/durability.test.ts', 'tests/ingest/write/parallel.test.ts']));
  expect(concurrent.length).toBeGreaterThan(0);
  expect(ownData.length).toBeGreaterThan(0);
});

test('a group pattern matches its own files and no other', () => {
  const pattern = new RegExp(pathPattern(['tests/client/hubs.test.ts', 'tests/server/explore/pathHubs.test.ts']));
  expect(pattern.test('/repo/tests/client/hubs.test.ts')).toBe(true);
  expect(pattern.test('/repo/tests/server/explore/pathHubs.test.ts')).toBe(true);
  expect(pattern.test('/repo/tests/client/pathHubs.test.ts')).toBe(false);
  expect(pattern.test('/repo/tests/client/hubsXtest.ts')).toBe(false);
});
