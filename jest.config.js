/** Unit tests need no database; integration tests each get a fresh PostgreSQL schema (see test/helpers). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: {
    '^.+\\.ts$': 'ts-jest',
    // The ICU message formatter ships only as ES modules: compiled to CommonJS for Jest, as Node loads it as it is.
    '/node_modules/(intl-messageformat|@formatjs)/.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs' }, isolatedModules: true },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(intl-messageformat|@formatjs)/)'],
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
};
