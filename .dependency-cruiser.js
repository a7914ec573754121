/**
 * Ponte's layers, checked on every test run (npm test runs `npm run lint:deps` first):
 *   infrastructure  src/config, src/db, src/graphql, src/export, src/lib, src/ops, src/shared-state — knows no feature
 *   modules         src/modules/<feature> — may use infrastructure and one another
 *   composition     src/app (and the data generators of src/seed, the entry point src/index.ts) — lists every module
 * Arrows run downward only, and no file imports itself back through others. Inside a module, rules/ (pure functions)
 * import no SQL builder (sql/), database read (reads/) or GraphQL type (api/).
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'A cycle ties files that should be understood apart: move what both need into a third file.',
      from: { path: '^src' },
      to: { circular: true },
    },
    {
      name: 'infrastructure-knows-no-feature',
      severity: 'error',
      comment:
        'graphql/, db/, config/ and export/ serve every module and import none; pass what they need in from src/app.',
      from: { path: '^src/(config|db|graphql|export|lib|ops|shared-state)/' },
      to: { path: '^src/(modules|app|seed|index)' },
    },
    {
      name: 'modules-do-not-reach-up',
      severity: 'error',
      comment: 'Only the composition root lists modules; a module never imports it or the data generators.',
      from: { path: '^src/modules/' },
      to: { path: '^src/(app|seed|index)' },
    },
    {
      name: 'seed-is-not-the-app',
      severity: 'error',
      comment: 'The data generators write through the modules and the database; the app starts them, not the reverse.',
      from: { path: '^src/seed/' },
      to: { path: '^src/(app|index)' },
    },
    {
      name: 'rules-are-pure',
      severity: 'error',
      comment:
        'A folder named rules/ holds pure functions over plain data: no SQL, no database reads, no GraphQL types.',
      from: { path: '^src/modules/.+/rules/' },
      to: { path: '(^src/modules/.+/(sql|reads|api)/|node_modules/(typeorm|pg|type-graphql)/)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
