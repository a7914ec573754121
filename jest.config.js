/** Unit tests need no database; integration tests each get a fresh PostgreSQL schema (see test/helpers). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: {
    '^.+\\.ts$': 'ts-jest',
    // intl-messageformat and its @formatjs parts ship only as ES modules: Jest runs CommonJS, so they are compiled.
    '^.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs' }, isolatedModules: true }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(intl-messageformat|@formatjs)/)'],
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
};
