/** Unit tests need no database; integration tests each get a fresh PostgreSQL schema (see test/helpers). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: {
    '^.+\\.ts$': 'ts-jest',
    // The ICU message formatter ships as ES modules only, which Jest's CommonJS runtime cannot load as they are.
    '^.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'es2022' }, isolatedModules: true }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(intl-messageformat|@formatjs)/)'],
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
};
