import { computeCodiceFiscale } from '../../src/modules/beneficiaries/codice-fiscale';
import { completePartitaIva } from '../../src/modules/employers/partita-iva';
import { insertRow, insertEmployer } from './fixtures';
import { TestServer } from './test-server';

/** A person's whole case, with the database key of each record by its GraphQL type. */
export interface PersonCase {
  beneficiaryId: string;
  records: Record<string, string>;
  /** Her enrolment, attendance and observation in the workshop of `records.Workshop`. */
  participation: Record<'WorkshopEnrolment' | 'WorkshopAttendance' | 'WorkshopObservation', string>;
  employerId: string;
  siteId: string;
  openingId: string;
  skillId: string;
}

let sequence = 0;

/**
 * A person with every kind of case record (health data, a referral, case history, a skill, a placement with its
 * history and a visit, a health document, a workshop with her attendance and an observation) and, in the same town,
 * an employer with an open opening.
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
  // A workshop of the person's ambito she took part in, with its session, her attendance and the observation.
  const [{ id: workshopId }] = await server.dataSource.query(
    `INSERT INTO workshop (title, theme, ambito_number, municipality_id, capacity, operator_in_charge_id)
     SELECT 'Laboratorio di ' || name, 'Assemblaggio', ambito_number, id, 8, $2 FROM municipality WHERE id = $1
     RETURNING id`,
    [municipalityId, server.coordinatorId],
  );
  records.Workshop = workshopId;
  records.WorkshopSession = await insert('workshop_session', {
    workshop_id: workshopId,
    held_on: '2026-05-05',
    starts_at: '09:00',
    ends_at: '12:00',
    attendance_recorded_at: new Date('2026-05-05T12:00:00Z'),
  });
  // Kept apart from `records`, which the ID-spelling walk tries in every ID argument: these are found through the
  // person, like the referral and the placement already there; the workshop and its session have a scope of their own.
  const participation = {} as PersonCase['participation'];
  participation.WorkshopEnrolment = await insert('workshop_enrolment', {
    workshop_id: workshopId,
    beneficiary_id: beneficiaryId,
    enrolled_on: '2026-05-01',
  });
  participation.WorkshopAttendance = await insert('workshop_attendance', {
    session_id: records.WorkshopSession,
    enrolment_id: participation.WorkshopEnrolment,
    beneficiary_id: beneficiaryId,
    status: 'PRESENT',
  });
  participation.WorkshopObservation = await insert('workshop_observation', {
    enrolment_id: participation.WorkshopEnrolment,
    beneficiary_id: beneficiaryId,
    skill_id: skillId,
    level: 2,
    note: 'Lavora bene in coppia',
    observed_on: '2026-05-05',
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
  return { beneficiaryId, records, participation, employerId, siteId, openingId, skillId };
}

/**
 * A person taken in and in orientation (unless `caseStatus` says otherwise), with no skills and no limits recorded:
 * nothing but what a test adds keeps them from an opening.
 */
export async function insertPersonInOrientation(
  server: TestServer,
  options: { town: string; familyName: string; givenName?: string; caseStatus?: string },
): Promise<string> {
  const birthDate = '1990-02-03';
  const givenName = options.givenName ?? 'Marco';
  const [{ id: municipalityId }] = await server.dataSource.query(`SELECT id FROM municipality WHERE name = $1`, [
    options.town,
  ]);
  return insertRow(server, 'beneficiary', {
    codice_fiscale: computeCodiceFiscale({
      surname: options.familyName,
      givenName,
      birthDate,
      sex: 'M',
      belfioreCode: 'B157',
    }),
    given_name: givenName,
    family_name: options.familyName,
    birth_date: birthDate,
    residence_municipality_id: municipalityId,
    case_status: options.caseStatus ?? 'ORIENTATION',
    case_opened_at: new Date('2026-03-01T09:00:00Z'),
  });
}

/** An open opening in `town` for which `skillId` is indispensable at `minimumLevel`. */
export async function insertOpeningNeedingSkill(
  server: TestServer,
  options: { town: string; skillId: string; minimumLevel?: number; legalName: string; partitaIvaSeed: number },
): Promise<string> {
  const [{ id: municipalityId, latitude, longitude }] = await server.dataSource.query(
    `SELECT id, latitude, longitude FROM municipality WHERE name = $1`,
    [options.town],
  );
  const employerId = await insertEmployer(server, {
    legalName: options.legalName,
    partitaIva: completePartitaIva(String(8_000_000_000 + options.partitaIvaSeed * 31).slice(0, 10)),
  });
  const siteId = await insertRow(server, 'employer_site', {
    employer_id: employerId,
    name: 'Sede',
    address: 'Via Milano 2',
    municipality_id: municipalityId,
    latitude,
    longitude,
  });
  const openingId = await insertRow(server, 'opening', {
    employer_id: employerId,
    site_id: siteId,
    title: 'Addetto al montaggio',
    sector: 'MANUFACTURING',
    weekly_hours: 20,
    shifts: ['MORNING'],
    contract_type: 'TIROCINIO',
    positions: 1,
    status: 'OPEN',
  });
  await insertRow(server, 'opening_skill', {
    opening_id: openingId,
    skill_id: options.skillId,
    requirement: 'REQUIRED',
    minimum_level: options.minimumLevel ?? 2,
    indispensable: true,
  });
  return openingId;
}

/**
 * Moves every record of contact of a person (case opened, referrals, case and placement history, visits done,
 * contacts logged) to one day, so that the worklist sees them silent since then.
 */
export async function silenceCase(server: TestServer, beneficiaryId: string, since: string): Promise<void> {
  const at = `(($2::date + time '10:00') AT TIME ZONE 'Europe/Rome')`;
  const statements = [
    `UPDATE beneficiary SET case_opened_at = ${at} WHERE id = $1`,
    `UPDATE case_status_change SET changed_at = ${at} WHERE beneficiary_id = $1`,
    `UPDATE referral SET referred_on = $2::date WHERE beneficiary_id = $1`,
    `UPDATE placement_status_change s SET changed_at = ${at} FROM placement p WHERE p.id = s.placement_id AND p.beneficiary_id = $1`,
    `UPDATE monitoring_visit v SET done_on = $2::date FROM placement p
       WHERE p.id = v.placement_id AND p.beneficiary_id = $1 AND v.done_on IS NOT NULL`,
    `UPDATE contact_log SET contacted_at = ${at} WHERE beneficiary_id = $1`,
  ];
  for (const sql of statements) await server.dataSource.query(sql, [beneficiaryId, since]);
}

/**
 * Makes a case note look written `minutes` ago. The database refuses to change a note's date (a trigger), so the
 * fixture steps around the triggers for this one statement, as only a test may.
 */
export async function backdateCaseNote(server: TestServer, noteId: string, minutes: number): Promise<void> {
  await server.dataSource.transaction(async (tx) => {
    await tx.query(`SET LOCAL session_replication_role = replica`);
    await tx.query(
      `UPDATE case_note SET written_at = now() - make_interval(mins => $2), edited_at = NULL WHERE id = $1`,
      [noteId, minutes],
    );
  });
}
