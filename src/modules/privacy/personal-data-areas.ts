import { EntityManager } from 'typeorm';
import type { MessageKey } from '../../i18n/messages';

/*
 * Every kind of personal data Ponte holds about a person, listed once. The subject-access export (GDPR art. 15)
 * reads each area; the retention job pseudonymises each area that holds identifying data or free text. A table with
 * a link to a person that no area lists fails test/integration/subject-access.test.ts: a new kind of personal data
 * takes one entry here.
 *
 * Rows are exported as stored (`SELECT *`, column names as in the database), so a new column is exported without
 * a change here; only document bytes are left out (the list says what each document is; it is downloaded apart).
 */

/** Rows as the database returns them. */
export type Rows = Record<string, unknown>[];

export interface PersonalDataArea {
  /** The section's key in the export. */
  name: string;
  /** Its title in the readable export. */
  title: MessageKey;
  /** The rows about the person, by table: every table listed in `tables`. */
  export(manager: EntityManager, beneficiaryId: string): Promise<Record<string, Rows>>;
  /** The tables whose rows about the person this area exports. */
  tables: readonly string[];
  /**
   * Removes identifying data and free text from a closed case, keeping what the statistics count; runs inside the
   * retention job's transaction for the person. Areas without it hold neither.
   */
  pseudonymise?(manager: EntityManager, beneficiaryId: string): Promise<void>;
}

const byPerson = (table: string, order: string) => async (manager: EntityManager, id: string) => ({
  [table]: (await manager.query(`SELECT * FROM ${table} WHERE beneficiary_id = $1 ORDER BY ${order}`, [id])) as Rows,
});

const byPlacementOf = (table: string, order: string) => async (manager: EntityManager, id: string) => ({
  [table]: (await manager.query(
    `SELECT t.* FROM ${table} t JOIN placement p ON p.id = t.placement_id WHERE p.beneficiary_id = $1 ORDER BY ${order}`,
    [id],
  )) as Rows,
});

/** The areas, in the order the readable export shows them. */
export const PERSONAL_DATA_AREAS: readonly PersonalDataArea[] = [
  {
    name: 'profile',
    title: 'privacy.section.profile',
    tables: ['beneficiary'],
    export: async (manager, id) => ({
      beneficiary: await manager.query(`SELECT * FROM beneficiary WHERE id = $1`, [id]),
    }),
    // Name, codice fiscale and contacts go; the birth date keeps its year (the age groups of the statistics and of
    // the fairness report). A pseudonymous codice fiscale starts with a digit: no real one of 16 characters does.
    pseudonymise: async (manager, id) => {
      await manager.query(
        `UPDATE beneficiary
         SET given_name = 'Persona', family_name = 'Pseudonimizzata',
             codice_fiscale = '9' || upper(substr(replace(id::text, '-', ''), 1, 15)),
             address = NULL, email = NULL, phone = NULL,
             birth_date = date_trunc('year', birth_date)::date,
             pseudonymised_at = now(), updated_at = now()
         WHERE id = $1`,
        [id],
      );
    },
  },
  {
    name: 'caseHistory',
    title: 'privacy.section.caseHistory',
    tables: ['case_status_change'],
    export: byPerson('case_status_change', 'changed_at, id'),
    pseudonymise: async (manager, id) => {
      await manager.query(`UPDATE case_status_change SET reason = '' WHERE beneficiary_id = $1 AND reason <> ''`, [id]);
    },
  },
  {
    name: 'referrals',
    title: 'privacy.section.referrals',
    tables: ['referral'],
    export: byPerson('referral', 'referred_on, id'),
    pseudonymise: async (manager, id) => {
      await manager.query(
        `UPDATE referral SET reason = '', service_name = '', contact_name = NULL, contact_email = NULL,
           contact_phone = NULL, void_reason = CASE WHEN void_reason IS NULL THEN NULL ELSE '' END
         WHERE beneficiary_id = $1`,
        [id],
      );
    },
  },
  {
    name: 'referralAssignments',
    title: 'privacy.section.referralAssignments',
    tables: ['referral_assignment'],
    export: async (manager, id) => ({
      referral_assignment: await manager.query(
        `SELECT a.* FROM referral_assignment a
         WHERE a.known_beneficiary_id = $1 OR a.referral_id IN (SELECT r.id FROM referral r WHERE r.beneficiary_id = $1)
         ORDER BY a.received_at, a.id`,
        [id],
      ),
    }),
    // The referral and the profile as the operator sent them: a copy of everything identifying.
    pseudonymise: async (manager, id) => {
      await manager.query(
        `UPDATE referral_assignment SET referral_details = '{}', new_beneficiary = '{}', resolution_note = NULL
         WHERE known_beneficiary_id = $1 OR referral_id IN (SELECT r.id FROM referral r WHERE r.beneficiary_id = $1)`,
        [id],
      );
    },
  },
  {
    name: 'placements',
    title: 'privacy.section.placements',
    tables: ['placement'],
    export: byPerson('placement', 'starts_on, id'),
    pseudonymise: async (manager, id) => {
      await manager.query(
        `UPDATE placement SET notes = '', end_reason = CASE WHEN end_reason IS NULL THEN NULL ELSE '' END
         WHERE beneficiary_id = $1`,
        [id],
      );
    },
  },
  {
    name: 'placementHistory',
    title: 'privacy.section.placementHistory',
    tables: ['placement_status_change'],
    export: byPlacementOf('placement_status_change', 't.changed_at, t.id'),
    pseudonymise: async (manager, id) => {
      await manager.query(
        `UPDATE placement_status_change SET reason = ''
         WHERE reason <> '' AND placement_id IN (SELECT p.id FROM placement p WHERE p.beneficiary_id = $1)`,
        [id],
      );
    },
  },
  {
    name: 'visits',
    title: 'privacy.section.visits',
    tables: ['monitoring_visit'],
    export: byPlacementOf('monitoring_visit', 't.planned_on, t.id'),
    pseudonymise: async (manager, id) => {
      await manager.query(
        `UPDATE monitoring_visit SET notes = ''
         WHERE notes <> '' AND placement_id IN (SELECT p.id FROM placement p WHERE p.beneficiary_id = $1)`,
        [id],
      );
    },
  },
  {
    name: 'skills',
    title: 'privacy.section.skills',
    tables: ['beneficiary_skill'],
    export: async (manager, id) => ({
      beneficiary_skill: await manager.query(
        `SELECT bs.*, s.code AS skill_code, s.label_it AS skill_label FROM beneficiary_skill bs
         JOIN skill s ON s.id = bs.skill_id WHERE bs.beneficiary_id = $1 ORDER BY s.code, bs.id`,
        [id],
      ),
    }),
  },
  {
    name: 'workConstraints',
    title: 'privacy.section.workConstraints',
    tables: ['work_constraints'],
    export: byPerson('work_constraints', 'beneficiary_id'),
  },
  {
    name: 'matchProfile',
    title: 'privacy.section.matchProfile',
    tables: ['match_profile'],
    export: byPerson('match_profile', 'beneficiary_id'),
  },
  {
    name: 'matchEvidence',
    title: 'privacy.section.matchEvidence',
    tables: ['placement_match_evidence'],
    export: byPlacementOf('placement_match_evidence', 't.recorded_at, t.placement_id'),
  },
  {
    name: 'documents',
    title: 'privacy.section.documents',
    tables: ['document', 'document_content'],
    export: async (manager, id) => ({
      ...(await byPerson('document', 'uploaded_at, id')(manager, id)),
      document_content: await manager.query(
        `SELECT c.document_id, octet_length(c.bytes) AS stored_bytes FROM document_content c
         JOIN document d ON d.id = c.document_id WHERE d.beneficiary_id = $1 ORDER BY d.uploaded_at, d.id`,
        [id],
      ),
    }),
    // Rows and bytes stored in the database go here; files in a folder are erased by the job after the commit.
    pseudonymise: async (manager, id) => {
      await manager.query(`DELETE FROM document WHERE beneficiary_id = $1`, [id]);
    },
  },
  {
    name: 'contacts',
    title: 'privacy.section.contacts',
    tables: ['contact_log'],
    export: byPerson('contact_log', 'contacted_at, id'),
    // The rows stay (they are the dates of the case work); the other party and the note go.
    pseudonymise: async (manager, id) => {
      await manager.query(`UPDATE contact_log SET with_whom = '-', note = '' WHERE beneficiary_id = $1`, [id]);
    },
  },
  {
    name: 'caseNotes',
    title: 'privacy.section.caseNotes',
    tables: ['case_note'],
    export: byPerson('case_note', 'written_at, id'),
    // A note cannot be blank: notes are deleted, amendments with them in one statement.
    pseudonymise: async (manager, id) => {
      await manager.query(`DELETE FROM case_note WHERE beneficiary_id = $1`, [id]);
    },
  },
  {
    name: 'codiceFiscaleHistory',
    title: 'privacy.section.codiceFiscaleHistory',
    tables: ['codice_fiscale_change'],
    export: byPerson('codice_fiscale_change', 'changed_at, id'),
    pseudonymise: async (manager, id) => {
      await manager.query(`DELETE FROM codice_fiscale_change WHERE beneficiary_id = $1`, [id]);
    },
  },
  {
    name: 'workshops',
    title: 'privacy.section.workshops',
    tables: ['workshop_enrolment', 'workshop_attendance', 'workshop_observation'],
    export: async (manager, id) => ({
      ...(await byPerson('workshop_enrolment', 'enrolled_on, id')(manager, id)),
      ...(await byPerson('workshop_attendance', 'created_at, id')(manager, id)),
      ...(await byPerson('workshop_observation', 'observed_on, id')(manager, id)),
    }),
    // Attendance and observed levels stay (the statistics count participants); the observer's words go.
    pseudonymise: async (manager, id) => {
      await manager.query(`UPDATE workshop_observation SET note = '' WHERE beneficiary_id = $1`, [id]);
    },
  },
  {
    name: 'auditTrail',
    title: 'privacy.section.auditTrail',
    tables: ['audit_event'],
    export: async (manager, id) => ({
      audit_event: await manager.query(
        `SELECT e.*, o.given_name AS operator_given_name, o.family_name AS operator_family_name, o.role AS operator_role
         FROM audit_event e LEFT JOIN operator o ON o.id = e.operator_id
         WHERE e.beneficiary_id = $1 ORDER BY e.id`,
        [id],
      ),
    }),
  },
];
