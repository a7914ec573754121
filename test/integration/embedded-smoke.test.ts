import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORDS } from '../../src/seed/demo-accounts';

/**
 * The newcomer's path, run as a real process (PGlite loads WebAssembly in ways Jest's sandbox cannot host): no
 * DATABASE_URL, so Ponte starts PGlite in a folder, migrates, loads the demo data and answers over HTTP.
 */
const ROOT = path.join(__dirname, '..', '..');

function startPonteProcess(dataDir: string): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [require.resolve('ts-node/dist/bin.js'), '--transpile-only', 'src/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', PONTE_DATA_DIR: dataDir, PORT: '0', NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/GraphQL API at (http:\/\/[^\s]+)\/graphql/);
      if (match) resolve({ child, url: match[1], output: () => output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`Ponte exited with ${code} before serving:\n${output}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

let token = '';

async function gql(url: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: unknown };
}

/** The demo coordinator, with the password the README publishes: demo accounts work on the embedded database. */
async function signInAsDemoCoordinator(url: string, email: string): Promise<void> {
  token = '';
  const { data, errors } = await gql(
    url,
    `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }`,
    {
      email,
      password: DEMO_PASSWORDS.COORDINATOR,
    },
  );
  expect(errors).toBeUndefined();
  token = data.signIn.accessToken;
}

const firstFiveBeneficiaries = (url: string) =>
  gql(
    url,
    `{ beneficiaries(first: 5) { totalCount edges { node { familyName residence { name ambito { number } } skills { level skill { code } } } } } }`,
  );

describe('Ponte on the embedded PGlite database', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ponte-pglite-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('boots on an empty folder, loads the demo data once, answers, and keeps the data across restarts', async () => {
    const first = await startPonteProcess(dataDir);
    let total: number;
    let coordinatorEmail: string;
    try {
      const summary = JSON.parse(first.output().match(/demo data loaded: (\{.*\})/)![1]);
      coordinatorEmail = summary.demoAccounts.find((a: { role: string }) => a.role === 'COORDINATOR').email;
      await signInAsDemoCoordinator(first.url, coordinatorEmail);
      const { data, errors } = await firstFiveBeneficiaries(first.url);
      expect(errors).toBeUndefined();
      expect(data.beneficiaries.totalCount).toBeGreaterThanOrEqual(300);
      expect(data.beneficiaries.edges).toHaveLength(5);
      expect(data.beneficiaries.edges[0].node.residence.ambito.number).toEqual(expect.any(Number));
      total = data.beneficiaries.totalCount;

      // The matching SQL (CTEs, LATERAL joins, arrays) and the plan run on PGlite as on the server.
      const openings = await gql(
        first.url,
        `{ openings(first: 1, filter: { statuses: [OPEN] }) { edges { node { id } } } }`,
      );
      const ranking = await gql(
        first.url,
        `query($id: ID!) { matchCandidates(openingId: $id, first: 3, includeExcluded: true) { totalEligible matches { score } excluded { reasons { code } } } }`,
        { id: openings.data.openings.edges[0].node.id },
      );
      expect(ranking.errors).toBeUndefined();
      expect(ranking.data.matchCandidates.excluded.length).toBeGreaterThan(0);
      const plan = await gql(first.url, `{ placementPlan(ambito: 3) { totalScore assignments { score } } }`);
      expect(plan.errors).toBeUndefined();
      expect(plan.data.placementPlan.assignments.length).toBeGreaterThan(0);
    } finally {
      await stop(first.child);
    }

    const second = await startPonteProcess(dataDir);
    try {
      await signInAsDemoCoordinator(second.url, coordinatorEmail);
      const { data } = await firstFiveBeneficiaries(second.url);
      expect(data.beneficiaries.totalCount).toBe(total);
    } finally {
      await stop(second.child);
    }
  }, 180_000);
});
