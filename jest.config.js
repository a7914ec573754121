/** Unit tests need no database; integration tests each get a fresh PostgreSQL schema (see test/helpers). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: {
    '^.+\\.ts$': 'ts-jest',
    // The ICU message packages ship ES modules only; Node loads them, Jest's CommonJS runtime needs them compiled.
    '^.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'es2022' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(intl-messageformat|@formatjs)/)'],
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
};
