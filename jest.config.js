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
 * `integration`: the real Neo4j, started once for the run by globalSetup and shared by every
 * file, so its files run one after another (npm run test:integration, --runInBand).
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
      testPathIgnorePatterns: ['\\.unit\\.test\\.ts$'],
      globalSetup: '<rootDir>/tests/globalSetup.ts',
      globalTeardown: '<rootDir>/tests/globalTeardown.ts',
    },
  ],
};
