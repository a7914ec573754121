import { computeCodiceFiscale } from '../../src/modules/beneficiaries/codice-fiscale';
import { completePartitaIva } from '../../src/modules/employers/partita-iva';
import { insertRow, insertEmployer } from './fixtures';
import { TestServer } from './test-server';

/** A person's whole case, with the database key of each record by its GraphQL type. */
export interface PersonCase {
  beneficiaryId: string;
  records: Record<string, string>;
  employerId: string;
  siteId: string;
  openingId: string;
  skillId: string;
}

let sequence = 0;

/**
 * A person with every kind of case record (health data, a referral, case history, a skill, a placement with its
 * history and a visit, a health document) and, in the same town, an employer with an open opening.
 */
export async function insertPersonWithCase(
  server: TestServer,
  options: { town: string; familyName: string; givenName?: string },
): Promise<PersonCase> {
  sequence += 1;
  const insert = (table: string, row: Record<string, unknown>) => insertRow(server, table, row);
  const birthDate = '1984-05-06';
  const [{ id: municipalityId, latitude, longitude }] = await server.dataSource.query(
    `SELECT id, latitude, longitude FROM municipality WHERE name = $1`,
    [options.town],
  );
  const [{ id: skillId }] = await server.dataSource.query(`SELECT id FROM skill ORDER BY code LIMIT 1`);
  const givenName = options.givenName ?? 'Anna';
  const beneficiaryId = await insert('beneficiary', {
    codice_fiscale: computeCodiceFiscale({
      surname: options.familyName,
      givenName,
      birthDate,
      sex: 'F',
      belfioreCode: 'B157',
    }),
    given_name: givenName,
    family_name: options.familyName,
    birth_date: birthDate,
    residence_municipality_id: municipalityId,
    case_status: 'ORIENTATION',
    law68_category: 'DISABLED_ART1',
    invalidity_percentage: 74,
    disability_kinds: ['PSYCHIC'],
    law381_category: 'PSYCHIATRIC',
    case_opened_at: new Date('2026-03-01T09:00:00Z'),
  });
  await server.dataSource.query(
    `INSERT INTO work_constraints (beneficiary_id, physical_limitations, accessibility_needs) VALUES ($1, '{HEAVY_LIFTING}', '{STEP_FREE_ACCESS}')`,
    [beneficiaryId],
  );
  const partitaIva = completePartitaIva(String(9_000_000_000 + sequence * 17).slice(0, 10));
  const employerId = await insertEmployer(server, { legalName: `Azienda ${options.familyName} S.r.l.`, partitaIva });
  const siteId = await insert('employer_site', {
    employer_id: employerId,
    name: 'Sede',
    address: 'Via Roma 1',
    municipality_id: municipalityId,
    latitude,
    longitude,
  });
  const openingId = await insert('opening', {
    employer_id: employerId,
    site_id: siteId,
    title: 'Magazziniere',
    sector: 'LOGISTICS',
    weekly_hours: 20,
    shifts: ['MORNING'],
    contract_type: 'TIROCINIO',
    positions: 1,
    status: 'OPEN',
  });
  const records: Record<string, string> = { Beneficiary: beneficiaryId };
  records.Referral = await insert('referral', {
    beneficiary_id: beneficiaryId,
    service_kind: 'MENTAL_HEALTH_CENTRE',
    service_name: 'CPS Brescia',
    referred_on: '2026-02-20',
    reason: 'Percorso dopo ricovero',
    opened_case: true,
  });
  records.CaseStatusChange = await insert('case_status_change', {
    beneficiary_id: beneficiaryId,
    to_status: 'ORIENTATION',
    reason: 'Colloquio con la psichiatra',
  });
  records.BeneficiarySkill = await insert('beneficiary_skill', {
    beneficiary_id: beneficiaryId,
    skill_id: skillId,
    level: 2,
    source: 'OPERATOR_ASSESSED',
    assessed_on: '2026-03-10',
  });
  records.Placement = await insert('placement', {
    beneficiary_id: beneficiaryId,
    employer_id: employerId,
    opening_id: openingId,
    kind: 'TIROCINIO_INCLUSIONE',
    starts_on: '2026-04-01',
    planned_end_on: '2026-06-30',
    weekly_hours: 10,
    status: 'ENDED_EARLY',
    started_at: new Date('2026-04-01T08:00:00Z'),
    notes: 'Crisi in aprile',
    end_reason: 'Ricovero',
    ended_on: '2026-04-20',
    outcome: 'NEUTRAL',
  });
  records.PlacementStatusChange = await insert('placement_status_change', {
    placement_id: records.Placement,
    to_status: 'ENDED_EARLY',
    effective_on: '2026-04-20',
    reason: 'Ricovero',
  });
  records.MonitoringVisit = await insert('monitoring_visit', {
    placement_id: records.Placement,
    planned_on: '2026-04-10',
    notes: 'Stanca, terapia cambiata',
  });
  // A health document (an invalidity certificate), stored in the database as the default store keeps it.
  records.Document = await insert('document', {
    beneficiary_id: beneficiaryId,
    classification: 'HEALTH',
    content_type: 'application/pdf',
    file_name: 'verbale-invalidita.pdf',
    byte_size: 9,
    sha256: 'b'.repeat(64),
    storage: 'DATABASE',
  });
  await server.dataSource.query(`INSERT INTO document_content (document_id, bytes) VALUES ($1, $2)`, [
    records.Document,
    Buffer.from('%PDF-1.4\n'),
  ]);
  return { beneficiaryId, records, employerId, siteId, openingId, skillId };
}
