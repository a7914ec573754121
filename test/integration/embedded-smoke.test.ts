import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startPonte } from '../../src/app';
import { loadConfig } from '../../src/config/config';

/** The newcomer's path: no DATABASE_URL, so Ponte runs on PGlite, migrates, loads the demo data and answers. */
describe('Ponte on the embedded PGlite database', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ponte-pglite-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('boots on an empty folder, loads the demo data once, answers, and keeps the data across restarts', async () => {
    const config = loadConfig({ PONTE_DATA_DIR: dataDir, PORT: '0' });
    let firstTotal = 0;
    const ponte = await startPonte(config, () => undefined);
    try {
      const response = await fetch(`${ponte.server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `{ beneficiaries(first: 5) { totalCount edges { node { familyName residence { name ambito { number } } skills { level skill { code } } } } } }`,
        }),
      });
      const { data, errors } = (await response.json()) as any;
      expect(errors).toBeUndefined();
      expect(data.beneficiaries.totalCount).toBeGreaterThanOrEqual(300);
      expect(data.beneficiaries.edges).toHaveLength(5);
      expect(data.beneficiaries.edges[0].node.residence.ambito.number).toEqual(expect.any(Number));
      firstTotal = data.beneficiaries.totalCount;
    } finally {
      await ponte.stop();
    }

    const again = await startPonte(config, () => undefined);
    try {
      const [{ count }] = await again.database.dataSource.query(`SELECT count(*)::int AS count FROM beneficiary`);
      expect(count).toBe(firstTotal);
    } finally {
      await again.stop();
    }
  }, 180_000);
});
