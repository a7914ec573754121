import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Workshops (laboratori di sperimentazione lavorativa e formazione) as the service runs them: a group activity with
 * a schedule of sessions, a capacity and an operator in charge, the people enrolled, their attendance per session
 * and, at the end, an operator's observation of each participant's skills. Until now a workshop could only be
 * recorded as a placement of kind WORKSHOP per person; those rows stay as history (see the module's README).
 *
 * Attendance and observations carry the person's id themselves, so the audit trail and the access rules find the
 * person without a join; a composite foreign key keeps that id equal to the enrolment's.
 */
export class CreateWorkshops1764850000000 implements MigrationInterface {
  name = 'CreateWorkshops1764850000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE workshop (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      title text NOT NULL CHECK (title ~ '\\S' AND length(title) <= 200),
      theme text NOT NULL CHECK (theme ~ '\\S' AND length(theme) <= 2000),
      ambito_number smallint NOT NULL CONSTRAINT workshop_ambito_fk REFERENCES ambito(number),
      municipality_id uuid NOT NULL CONSTRAINT workshop_municipality_fk REFERENCES municipality(id),
      address text CHECK (address IS NULL OR (address ~ '\\S' AND length(address) <= 300)),
      capacity smallint NOT NULL CHECK (capacity BETWEEN 1 AND 100),
      operator_in_charge_id uuid NOT NULL CONSTRAINT workshop_operator_in_charge_fk REFERENCES operator(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX workshop_ambito_idx ON workshop (ambito_number)`);
    await q.query(`CREATE INDEX workshop_operator_in_charge_idx ON workshop (operator_in_charge_id)`);

    await q.query(`CREATE TABLE workshop_skill (
      workshop_id uuid NOT NULL CONSTRAINT workshop_skill_workshop_fk REFERENCES workshop(id) ON DELETE CASCADE,
      skill_id uuid NOT NULL CONSTRAINT workshop_skill_skill_fk REFERENCES skill(id),
      CONSTRAINT workshop_skill_pk PRIMARY KEY (workshop_id, skill_id)
    )`);

    await q.query(`CREATE TABLE workshop_session (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workshop_id uuid NOT NULL CONSTRAINT workshop_session_workshop_fk REFERENCES workshop(id) ON DELETE CASCADE,
      held_on date NOT NULL,
      starts_at time NOT NULL,
      ends_at time NOT NULL,
      attendance_recorded_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT workshop_session_ends_after_start CHECK (ends_at > starts_at),
      CONSTRAINT workshop_session_one_per_start UNIQUE (workshop_id, held_on, starts_at)
    )`);
    // The worklist looks for sessions held and not yet recorded.
    await q.query(`CREATE INDEX workshop_session_to_record_idx ON workshop_session (held_on)
      WHERE attendance_recorded_at IS NULL`);

    await q.query(`CREATE TABLE workshop_enrolment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      workshop_id uuid NOT NULL CONSTRAINT workshop_enrolment_workshop_fk REFERENCES workshop(id) ON DELETE CASCADE,
      beneficiary_id uuid NOT NULL CONSTRAINT workshop_enrolment_beneficiary_fk REFERENCES beneficiary(id),
      enrolled_on date NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT workshop_enrolment_once UNIQUE (workshop_id, beneficiary_id),
      CONSTRAINT workshop_enrolment_person_key UNIQUE (id, beneficiary_id)
    )`);
    await q.query(`CREATE INDEX workshop_enrolment_beneficiary_idx ON workshop_enrolment (beneficiary_id)`);

    await q.query(`CREATE TABLE workshop_attendance (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      session_id uuid NOT NULL CONSTRAINT workshop_attendance_session_fk REFERENCES workshop_session(id) ON DELETE CASCADE,
      enrolment_id uuid NOT NULL,
      beneficiary_id uuid NOT NULL,
      status text NOT NULL CHECK (status IN ('PRESENT', 'ABSENT', 'EXCUSED')),
      recorded_by_id uuid CONSTRAINT workshop_attendance_recorded_by_fk REFERENCES operator(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT workshop_attendance_enrolment_fk FOREIGN KEY (enrolment_id, beneficiary_id)
        REFERENCES workshop_enrolment(id, beneficiary_id) ON DELETE CASCADE,
      CONSTRAINT workshop_attendance_once UNIQUE (session_id, enrolment_id)
    )`);
    await q.query(`CREATE INDEX workshop_attendance_enrolment_idx ON workshop_attendance (enrolment_id)`);

    await q.query(`CREATE TABLE workshop_observation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      enrolment_id uuid NOT NULL,
      beneficiary_id uuid NOT NULL,
      skill_id uuid NOT NULL CONSTRAINT workshop_observation_skill_fk REFERENCES skill(id),
      level smallint NOT NULL CHECK (level BETWEEN 1 AND 4),
      note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
      observed_on date NOT NULL,
      observed_by_id uuid CONSTRAINT workshop_observation_observed_by_fk REFERENCES operator(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT workshop_observation_enrolment_fk FOREIGN KEY (enrolment_id, beneficiary_id)
        REFERENCES workshop_enrolment(id, beneficiary_id) ON DELETE CASCADE,
      CONSTRAINT workshop_observation_once UNIQUE (enrolment_id, skill_id)
    )`);

    const audited: Array<[string, string, string[]]> = [
      ['workshop', 'none', ['id']],
      ['workshop_skill', 'none', ['workshop_id', 'skill_id']],
      ['workshop_session', 'none', ['id']],
      ['workshop_enrolment', 'beneficiary_id', ['id']],
      ['workshop_attendance', 'beneficiary_id', ['id']],
      ['workshop_observation', 'beneficiary_id', ['id']],
    ];
    for (const [table, link, key] of audited) {
      const args = [link, ...key].map((arg) => `'${arg}'`).join(', ');
      await q.query(`CREATE TRIGGER ${table}_audit AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION audit_row_change(${args})`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE workshop_observation`);
    await q.query(`DROP TABLE workshop_attendance`);
    await q.query(`DROP TABLE workshop_enrolment`);
    await q.query(`DROP TABLE workshop_session`);
    await q.query(`DROP TABLE workshop_skill`);
    await q.query(`DROP TABLE workshop`);
  }
}
