/** @type {import('jest').Config} */
const common = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  transform: { '^.+\\.(t|j)s$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  // htmlparser2 and its helpers ship ES modules only; compile them to CommonJS like our code.
  transformIgnorePatterns: ['/node_modules/(?!(htmlparser2|entities|domhandler|domelementtype|domutils|dom-serializer)/)'],
  testTimeout: 60000,
  modulePathIgnorePatterns: ['<rootDir>/var/', '<rootDir>/client/dist/', '<rootDir>/client/dist-bench/'],
};

/**
 * Two tiers. `unit`: pure code, no database, files run in parallel (npm run test:unit).
 * The integration tier, on the real Neo4j started once for the run by globalSetup, is two
 * projects: `integration`, the files that read and write the data every file shares (the sample
 * corpus, which some of them re-ingest or --reset), so they run one after another (--runInBand);
 * and `isolated` (files named *.isolated.test.ts), the ones no other file's data can disturb and
 * that disturb none — their own Neo4j, dry runs, the server's identity — which `npm test` runs
 * beside the others, against the same Neo4j. npm run test:integration runs both, one by one.
 */
module.exports = {
  // A run-wide option: Jest ignores it inside a project, where the tests would get 5 s.
  testTimeout: common.testTimeout,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['**/*.unit.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['\\.(unit|isolated)\\.test\\.ts$'],
      // Also starts the Chromium its browser files share.
      globalSetup: '<rootDir>/tests/integrationSetup.ts',
      globalTeardown: '<rootDir>/tests/integrationTeardown.ts',
    },
    {
      ...common,
      displayName: 'isolated',
      testMatch: ['**/*.isolated.test.ts'],
      globalSetup: '<rootDir>/tests/globalSetup.ts',
      globalTeardown: '<rootDir>/tests/globalTeardown.ts',
    },
  ],
};
