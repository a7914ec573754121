import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { COMPOSED_STATEMENTS, printStatement } from '../../src/app/cli/composed-sql';

const SQL_FOLDER = path.join(__dirname, '..', '..', 'sql');
const SRC = path.join(__dirname, '..', '..', 'src', 'modules');

describe('checked-in composed SQL', () => {
  it.each(COMPOSED_STATEMENTS.map((s) => [s.file, s]))(
    '%s matches what the code composes (run `npm run sql:print` after changing a query)',
    (file, statement) => {
      expect(readFileSync(path.join(SQL_FOLDER, file), 'utf8')).toBe(printStatement(statement));
    },
  );

  it('holds no file the code no longer composes', () => {
    expect(readdirSync(SQL_FOLDER).sort()).toEqual(COMPOSED_STATEMENTS.map((s) => s.file).sort());
  });

  it('SQL builders write closed-list values through the one helper, never as hand-quoted literals', () => {
    const builders = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /(^|\/)sql\/[^/]+\.ts$|-sql\.ts$/.test(f),
    );
    expect(builders.length).toBeGreaterThan(5);
    const quoted = builders.flatMap((file) =>
      [...readFileSync(path.join(SRC, file), 'utf8').matchAll(/'[A-Z][A-Z0-9_]{2,}'/g)].map((m) => `${file}: ${m[0]}`),
    );
    expect(quoted).toEqual([]);
  });
});
