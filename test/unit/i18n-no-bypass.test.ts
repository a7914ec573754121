import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Sentences for people come from the catalogue. Error classes and explanation builders take only catalogue
 * messages (the type checker enforces that); this scan catches the rest: a sentence written as a string literal in
 * a module or the GraphQL layer, outside the places where English is meant (schema descriptions, operator logs).
 */
const ROOTS = ['src/modules', 'src/graphql', 'src/app', 'src/export'];
/** Whole files whose strings are not for people: the ATECO and rule tables quote official Italian names, and so on. */
const EXEMPT_FILES = [
  /\.entity\.ts$/,
  /\/migrations\//,
  /ateco-2025\.ts$/,
  /\/cli\//,
  /\/seed\//,
  /src\/app\/start\.ts$/,
  // The schema's own documentation (descriptions), written for developers, not shown to the people served.
  /src\/app\/schema-docs\//,
  /access-control\/access-docs\.ts$/,
];
/** Object properties whose strings are documentation or data, not sentences shown to people. */
const EXEMPT_PROPERTIES = new Set(['deprecationReason']);
/** Calls whose arguments are for the server's operators: logs and programmer errors. */
const EXEMPT_CALLEES =
  /^(console\.\w+|log\.\w+|logger\.\w+|this\.log\.\w+|options\.log|\w+\.(warn|error|info|debug)|Error|RangeError|TypeError|registerEnumType|ObjectType|InputType|ArgsType|Field|Query|Mutation|Arg|Args|FieldResolver|Resolver|InterfaceType|require|describe|it)$/;

/**
 * Looks like words for people: starts with a capital letter, at least three plain words, and nothing of code about
 * it (no identifiers with dots or underscores, no operators, no SQL keywords).
 */
export function isSentence(text: string): boolean {
  const trimmed = text.trim();
  if (!/^["“‘(]?[A-Z][a-zà-ÿ’']/.test(trimmed)) return false;
  if (/[_=<>{}[\]|@$#]|::|\w\.\w|\/\w/.test(trimmed)) return false;
  if (/\b(SELECT|FROM|WHERE|JOIN|AND|OR|NOT|IN|IS|NULL|ANY|ARRAY)\b/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/).filter((word) => /^[A-Za-zÀ-ÿ’'(),.;:!?–-]+$/.test(word));
  return words.length >= 3;
}

function calleeName(node: ts.CallExpression | ts.NewExpression): string {
  return node.expression.getText();
}

function exempt(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isPropertyAssignment(at) && EXEMPT_PROPERTIES.has(at.name.getText())) return true;
    if ((ts.isCallExpression(at) || ts.isNewExpression(at)) && EXEMPT_CALLEES.test(calleeName(at))) return true;
    if (ts.isDecorator(at)) return true;
    // A description kept in a constant for several decorators is documentation too.
    if (ts.isVariableDeclaration(at) && /DESCRIPTION$/.test(at.name.getText())) return true;
    if (ts.isTaggedTemplateExpression(at)) return true;
    if (
      ts.isStatement(at) &&
      !ts.isReturnStatement(at) &&
      !ts.isThrowStatement(at) &&
      !ts.isVariableStatement(at) &&
      !ts.isExpressionStatement(at)
    ) {
      // keep climbing through blocks: a sentence inside an if is still a sentence
    }
  }
  return false;
}

export function sentencesIn(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    let text: string | null = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node))
      text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' x ');
    if (
      text !== null &&
      !ts.isImportDeclaration(node.parent) &&
      !ts.isExportDeclaration(node.parent) &&
      isSentence(text) &&
      !exempt(node)
    ) {
      const { line } = file.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${fileName}:${line + 1}: ${text.slice(0, 80)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('no sentence bypasses the catalogue', () => {
  it('finds a sentence written as a literal', () => {
    expect(sentencesIn('x.ts', `throw new ConflictError(msg('a.b'));`)).toEqual([]);
    expect(sentencesIn('x.ts', `return { explanation: 'The opening asks for no particular skill' };`)).toHaveLength(1);
    expect(sentencesIn('x.ts', 'const s = `Waiting ${m} months in the caseload`;')).toHaveLength(1);
    expect(sentencesIn('x.ts', `@Field({ description: 'How well the pair does on this factor' }) x: number;`)).toEqual(
      [],
    );
    expect(sentencesIn('x.ts', `console.warn('Database unreachable while answering a request');`)).toEqual([]);
    expect(sentencesIn('x.ts', `const q = 'SELECT id FROM openings WHERE status = $1';`)).toEqual([]);
  });

  it('in the modules, the GraphQL layer, the app and the exports', () => {
    const root = path.join(__dirname, '../..');
    const found = ROOTS.flatMap((dir) => sourceFiles(path.join(root, dir)))
      .filter((file) => !EXEMPT_FILES.some((pattern) => pattern.test(file)))
      .flatMap((file) => sentencesIn(path.relative(root, file), fs.readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});
