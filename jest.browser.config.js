/** `npm run test:browser`: the review page driven by Chromium against the real API and worker. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.browser-spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.spec.json' }] },
  globalSetup: '<rootDir>/test/global-setup.ts',
  testTimeout: 120000,
};
