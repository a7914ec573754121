import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Logger, parseCrontab, quickAddJob, runOnce } from 'graphile-worker';
import { PonteConfig } from '../../src/config/config';
import { toGlobalId } from '../../src/graphql/relay';
import { FolderDocumentStore } from '../../src/modules/documents/document-store';
import {
  RETENTION_CRONTAB,
  RETENTION_TASK,
  retentionTaskList,
  startRetentionSchedule,
} from '../../src/modules/privacy/retention-schedule';
import { createLogger } from '../../src/ops/logger';
import { insertPersonWithCase, PersonCase } from '../helpers/case-fixtures';
import { SAMPLE_FILES, uploadDocument } from '../helpers/fixtures';
import { startTestServer, TEST_DATABASE_URL, TestServer } from '../helpers/test-server';

let server: TestServer;
let config: PonteConfig;
let folder: string;
let longClosed: PersonCase;
let recentlyClosed: PersonCase;
let open: PersonCase;
let folderDocumentId: string;
const workerSchema = `graphile_worker_${randomBytes(4).toString('hex')}`;
const DAY = 24 * 60 * 60 * 1000;

/** The person's case closed `daysAgo` days ago, as changeCaseStatus would have recorded it. */
async function closeCase(person: PersonCase, daysAgo: number): Promise<void> {
  await server.dataSource.query(
    `INSERT INTO case_status_change (beneficiary_id, from_status, to_status, changed_at, reason)
     VALUES ($1, 'ORIENTATION', 'CLOSED', $2, 'Trasferita fuori provincia, seguita dal CPS')`,
    [person.beneficiaryId, new Date(Date.now() - daysAgo * DAY)],
  );
  await server.dataSource.query(`UPDATE beneficiary SET case_status = 'CLOSED' WHERE id = $1`, [person.beneficiaryId]);
}

/** Every figure the statistics give, for the years the fixtures touch, for the service and for each ambito. */
async function allStatistics(): Promise<unknown[]> {
  const figures = [];
  for (const year of [2014, 2015, 2026])
    for (const ambito of [null, 1, 3]) {
      const { data, errors } = await server.gql(
        `query($year: Int!, $ambito: Int) { serviceStatistics(year: $year, ambito: $ambito) { csv } }`,
        { year, ambito },
      );
      expect(errors).toBeUndefined();
      figures.push(data!.serviceStatistics.csv);
    }
  return figures;
}

/** Runs the retention job as production does: a job on the graphile-worker queue, worked by a worker. */
async function runRetentionJob(): Promise<void> {
  const logger = new Logger(() => () => {});
  const options = { connectionString: TEST_DATABASE_URL, schema: workerSchema, logger };
  await quickAddJob(options, RETENTION_TASK, {});
  await runOnce({
    connectionString: TEST_DATABASE_URL,
    schema: workerSchema,
    noHandleSignals: true,
    logger,
    taskList: retentionTaskList(server.dataSource, config, createLogger('silent')),
  });
}

beforeAll(async () => {
  server = await startTestServer();
  folder = mkdtempSync(path.join(tmpdir(), 'ponte-retention-'));
  config = {
    ...server.config,
    documents: { ...server.config.documents, folder },
    retention: { pseudonymiseAfterDays: 3650, jobEnabled: true },
  };
  longClosed = await insertPersonWithCase(server, { town: 'Brescia', familyName: 'Abeni' });
  recentlyClosed = await insertPersonWithCase(server, { town: 'Rezzato', familyName: 'Rota' });
  open = await insertPersonWithCase(server, { town: 'Brescia', familyName: 'Bonetti', givenName: 'Carla' });
  await server.dataSource.query(
    `UPDATE beneficiary SET address = 'Via Milano 3', email = 'anna@posta.example', phone = '+390301111111'`,
  );
  for (const person of [longClosed, recentlyClosed, open]) {
    await uploadDocument(
      server,
      { beneficiaryId: toGlobalId('Beneficiary', person.beneficiaryId), classification: 'HEALTH' },
      { name: 'certificato.pdf', bytes: SAMPLE_FILES.pdf },
    );
  }
  // A document of the same person kept in the folder store.
  const [row] = await server.dataSource.query(
    `INSERT INTO document (beneficiary_id, classification, content_type, file_name, byte_size, sha256, storage)
     VALUES ($1, 'ADMINISTRATIVE', 'image/png', 'carta.png', $2, repeat('a', 64), 'FOLDER') RETURNING id`,
    [longClosed.beneficiaryId, SAMPLE_FILES.png.length],
  );
  folderDocumentId = row.id;
  await new FolderDocumentStore(folder).write(server.dataSource.manager, folderDocumentId, SAMPLE_FILES.png);
  await closeCase(longClosed, 3651);
  await closeCase(recentlyClosed, 30);
});
afterAll(async () => {
  await server.dataSource.query(`DROP SCHEMA IF EXISTS ${workerSchema} CASCADE`);
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the retention job', () => {
  it('is scheduled daily on the job queue', () => {
    const [item] = parseCrontab(RETENTION_CRONTAB);
    expect(item.task).toBe(RETENTION_TASK);
    expect(item.options.jobKey).toBe(RETENTION_TASK);
  });

  it('pseudonymises only cases closed longer than the period, leaving every statistic unchanged', async () => {
    const statisticsBefore = await allStatistics();
    const people = `SELECT id, given_name, family_name, codice_fiscale, address, email, phone, birth_date::text,
                           case_status, residence_municipality_id, law68_category, pseudonymised_at IS NOT NULL AS done
                    FROM beneficiary ORDER BY id`;
    const before = await server.dataSource.query(people);
    const lastEvent = (await server.dataSource.query(`SELECT max(id) AS m FROM audit_event`))[0].m;

    await runRetentionJob();

    expect(await allStatistics()).toEqual(statisticsBefore);
    const after = await server.dataSource.query(people);
    const byId = (rows: any[], id: string) => rows.find((r) => r.id === id);
    const gone = byId(after, longClosed.beneficiaryId);
    const was = byId(before, longClosed.beneficiaryId);
    expect(gone).toMatchObject({
      given_name: 'Persona',
      family_name: 'Pseudonimizzata',
      address: null,
      email: null,
      phone: null,
      birth_date: `${was.birth_date.slice(0, 4)}-01-01`,
      case_status: 'CLOSED',
      residence_municipality_id: was.residence_municipality_id,
      law68_category: was.law68_category,
      done: true,
    });
    expect(gone.codice_fiscale).toMatch(/^9[0-9A-F]{15}$/);
    expect(gone.codice_fiscale).not.toBe(was.codice_fiscale);
    for (const person of [recentlyClosed, open])
      expect(byId(after, person.beneficiaryId)).toEqual(byId(before, person.beneficiaryId));

    // Notes and free text gone; the records the statistics count kept.
    const [texts] = await server.dataSource.query(
      `SELECT (SELECT string_agg(reason, '') FROM case_status_change WHERE beneficiary_id = $1) AS history,
              (SELECT string_agg(reason || service_name || coalesce(contact_name, ''), '') FROM referral WHERE beneficiary_id = $1) AS referrals,
              (SELECT string_agg(notes || coalesce(end_reason, ''), '') FROM placement WHERE beneficiary_id = $1) AS placements,
              (SELECT string_agg(v.notes, '') FROM monitoring_visit v JOIN placement p ON p.id = v.placement_id WHERE p.beneficiary_id = $1) AS visits,
              (SELECT string_agg(c.reason, '') FROM placement_status_change c JOIN placement p ON p.id = c.placement_id WHERE p.beneficiary_id = $1) AS placement_history,
              (SELECT count(*)::int FROM document WHERE beneficiary_id = $1) AS documents,
              (SELECT count(*)::int FROM case_status_change WHERE beneficiary_id = $1) AS steps,
              (SELECT count(*)::int FROM placement WHERE beneficiary_id = $1) AS placement_count`,
      [longClosed.beneficiaryId],
    );
    expect(texts).toEqual({
      history: '',
      referrals: '',
      placements: '',
      visits: '',
      placement_history: '',
      documents: 0,
      steps: 2,
      placement_count: 1,
    });
    expect(readdirSync(folder)).toEqual([]);
    const kept = await server.dataSource.query(`SELECT count(*)::int AS n FROM document WHERE beneficiary_id <> $1`, [
      longClosed.beneficiaryId,
    ]);
    // Their uploads and the fixture's own certificate each.
    expect(kept[0].n).toBe(4);

    // Audited: every change under the job's operation, with no operator, all about that one person.
    const events = await server.dataSource.query(
      `SELECT DISTINCT operator_id, operation, action, record_type, beneficiary_id FROM audit_event
       WHERE id > $1 AND action IN ('INSERT', 'UPDATE', 'DELETE') ORDER BY record_type, action`,
      [lastEvent],
    );
    expect(events.every((e: any) => e.operation === 'pseudonymiseClosedCases' && e.operator_id === null)).toBe(true);
    expect(events.every((e: any) => e.beneficiary_id === longClosed.beneficiaryId)).toBe(true);
    expect(events.map((e: any) => `${e.action} ${e.record_type}`)).toEqual(
      expect.arrayContaining([
        'UPDATE beneficiary',
        'UPDATE case_status_change',
        'UPDATE referral',
        'UPDATE placement',
        'UPDATE monitoring_visit',
        'DELETE document',
      ]),
    );
  });

  it('leaves nothing identifying in the person’s subject-access export', async () => {
    const { data } = await server.gql(
      `query($id: ID!) { subjectAccessExport(beneficiaryId: $id) { sections { name tables } } }`,
      { id: toGlobalId('Beneficiary', longClosed.beneficiaryId) },
    );
    const text = JSON.stringify(data!.subjectAccessExport.sections);
    for (const trace of [
      'Abeni',
      'Via Milano',
      'anna@posta',
      'CPS Brescia',
      'Crisi in aprile',
      'Stanca',
      'certificato',
    ])
      expect(text).not.toContain(trace);
  });

  it('does nothing more on a second run', async () => {
    const lastEvent = (await server.dataSource.query(`SELECT max(id) AS m FROM audit_event`))[0].m;
    await runRetentionJob();
    const writes = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE id > $1 AND action IN ('INSERT', 'UPDATE', 'DELETE')`,
      [lastEvent],
    );
    expect(writes[0].n).toBe(0);
  });

  it('runs in the process on the embedded database (no graphile-worker there), at start', async () => {
    const later = await insertPersonWithCase(server, { town: 'Brescia', familyName: 'Zanardelli' });
    await closeCase(later, 4000);
    const schedule = await startRetentionSchedule(server.dataSource, config, true, createLogger('silent'));
    expect(schedule.mode).toBe('in-process');
    await schedule.stop();
    const [row] = await server.dataSource.query(`SELECT family_name FROM beneficiary WHERE id = $1`, [
      later.beneficiaryId,
    ]);
    expect(row.family_name).toBe('Pseudonimizzata');
    const off = await startRetentionSchedule(
      server.dataSource,
      { ...config, retention: { ...config.retention, jobEnabled: false } },
      true,
      createLogger('silent'),
    );
    expect(off.mode).toBe('off');
  });
});
