/** Unit specs sit beside the pure code in src/; e2e specs in test/ run against real Postgres and Redis. */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.spec.json' }];
module.exports = {
  // testTimeout is read from the top level only (Jest ignores it inside a project): e2e hooks start
  // real processes, which take longer than Jest's 5 s default on a loaded machine.
  testTimeout: 60000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/src'],
      testMatch: ['**/*.spec.ts'],
      transform: { '^.+\\.ts$': tsJest },
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.e2e-spec.ts'],
      transform: { '^.+\\.ts$': tsJest },
      globalSetup: '<rootDir>/test/global-setup.ts',
    },
    {
      // `npm run chaos`: stops and kills servers (its own), so it stays out of `npm test`.
      displayName: 'chaos',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.chaos-spec.ts'],
      transform: { '^.+\\.ts$': tsJest },
    },
  ],
};
