import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { startTestServer, TEST_DATABASE_URL, TestServer } from '../helpers/test-server';

/*
 * The first admin and the first coordinator of a new installation come from the command line: through the API an
 * admin can only ask for a coordinator, and there is nobody yet to approve.
 */
let server: TestServer;
const CLI = path.join(__dirname, '..', '..', 'src', 'app', 'cli', 'create-account.ts');
const PASSWORD = 'prima-password-lunga-2026';

async function runCli(args: string[]) {
  const [{ schema }] = await server.dataSource.query(`SELECT current_schema() AS schema`);
  const url = `${TEST_DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return promisify(execFile)(
    path.join(__dirname, '..', '..', 'node_modules', '.bin', 'ts-node'),
    ['--transpile-only', CLI, ...args],
    {
      env: { ...process.env, DATABASE_URL: url, PONTE_ADMIN_PASSWORD: PASSWORD },
    },
  );
}

const signIn = (email: string) =>
  server.gql(
    `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { operator { role } } }`,
    { e: email, p: PASSWORD },
    { as: null },
  );

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

it('creates the first coordinator (--coordinator) and the first admin, each able to sign in at once', async () => {
  const coordinator = await runCli(['--coordinator', 'prima.coordinatrice@comune.example', 'Prima', 'Coordinatrice']);
  expect(coordinator.stdout).toMatch(/COORDINATOR prima.coordinatrice@comune.example created/);
  await runCli(['primo.admin@comune.example', 'Primo', 'Admin']);

  expect((await signIn('prima.coordinatrice@comune.example')).data!.signIn.operator.role).toBe('COORDINATOR');
  expect((await signIn('primo.admin@comune.example')).data!.signIn.operator.role).toBe('ADMIN');
  expect(await server.dataSource.query(`SELECT count(*)::int AS n FROM role_grant`)).toEqual([{ n: 0 }]);
}, 60_000);
