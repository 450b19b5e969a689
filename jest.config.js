/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)s$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  // htmlparser2 and its helpers ship ES modules only; compile them to CommonJS like our code.
  transformIgnorePatterns: ['/node_modules/(?!(htmlparser2|entities|domhandler|domelementtype|domutils|dom-serializer)/)'],
  // One Neo4j for the whole run, started once here and shared by every test file.
  globalSetup: '<rootDir>/tests/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/globalTeardown.ts',
  // Test files share that one database, so they run one after another.
  maxWorkers: 1,
  testTimeout: 60000,
  modulePathIgnorePatterns: ['<rootDir>/var/', '<rootDir>/client/dist/'],
};
