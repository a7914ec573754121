import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Placements (internships, work trials, workshops, hirings, renewals), their status history, their monitoring visits
 * and the monitoring rhythm. Same style as the foundation: unqualified table names, closed lists as text + CHECK.
 *
 * Names other modules rely on (matching reads "a positive past internship or work trial with the same employer" as
 * kind IN ('TIROCINIO_INCLUSIONE','WORK_TRIAL') AND (status = 'CONVERTED_TO_HIRING' OR (status = 'COMPLETED' AND
 * outcome = 'POSITIVE'))): placement.beneficiary_id, employer_id, kind, status, outcome. Keep them.
 */
const KINDS = ['TIROCINIO_INCLUSIONE', 'WORK_TRIAL', 'WORKSHOP', 'HIRING', 'CONTRACT_RENEWAL'];
const STATUSES = ['PROPOSED', 'ACTIVE', 'SUSPENDED', 'COMPLETED', 'ENDED_EARLY', 'CONVERTED_TO_HIRING'];
const OUTCOMES = ['POSITIVE', 'NEUTRAL', 'NEGATIVE'];
const CONTRACT_TYPES = ['FIXED_TERM', 'PERMANENT', 'APPRENTICESHIP'];
const VISIT_OUTCOMES = ['GOING_WELL', 'NEEDS_SUPPORT', 'AT_RISK'];

const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');
const oneOf = (column: string, values: string[]) => `CHECK (${column} IN (${list(values)}))`;

export class CreatePlacements1764300000000 implements MigrationInterface {
  name = 'CreatePlacements1764300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE placement (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      beneficiary_id uuid NOT NULL REFERENCES beneficiary(id),
      opening_id uuid REFERENCES opening(id),
      employer_id uuid REFERENCES employer(id),
      kind text NOT NULL ${oneOf('kind', KINDS)},
      status text NOT NULL DEFAULT 'PROPOSED' ${oneOf('status', STATUSES)},
      outcome text ${oneOf('outcome', OUTCOMES)},
      starts_on date NOT NULL,
      planned_end_on date,
      ended_on date,
      weekly_hours smallint NOT NULL CHECK (weekly_hours BETWEEN 1 AND 48),
      tutor_id uuid REFERENCES operator(id),
      company_tutor_name text,
      company_tutor_email text,
      company_tutor_phone text,
      monthly_allowance_cents integer CHECK (monthly_allowance_cents >= 0),
      contract_type text ${oneOf('contract_type', CONTRACT_TYPES)},
      counts_toward_quota boolean NOT NULL DEFAULT false,
      end_reason text,
      converted_from_id uuid REFERENCES placement(id),
      notes text NOT NULL DEFAULT '',
      proposed_by_id uuid REFERENCES operator(id),
      started_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (opening_id IS NOT NULL OR kind = 'WORKSHOP' OR employer_id IS NOT NULL),
      CHECK (planned_end_on IS NULL OR planned_end_on >= starts_on),
      CHECK (ended_on IS NULL OR started_at IS NULL OR ended_on >= starts_on),
      CHECK (kind IN ('HIRING', 'CONTRACT_RENEWAL') OR planned_end_on IS NOT NULL),
      CHECK (monthly_allowance_cents IS NULL OR kind IN ('TIROCINIO_INCLUSIONE', 'WORK_TRIAL')),
      CHECK (contract_type IS NULL OR kind IN ('HIRING', 'CONTRACT_RENEWAL')),
      CHECK (NOT counts_toward_quota OR kind IN ('HIRING', 'CONTRACT_RENEWAL')),
      CHECK (status <> 'ENDED_EARLY' OR end_reason IS NOT NULL),
      CHECK ((status IN ('COMPLETED', 'ENDED_EARLY', 'CONVERTED_TO_HIRING')) = (ended_on IS NOT NULL)),
      CHECK (status <> 'CONVERTED_TO_HIRING' OR kind IN ('TIROCINIO_INCLUSIONE', 'WORK_TRIAL')),
      CHECK (status IN ('PROPOSED', 'ENDED_EARLY') OR started_at IS NOT NULL),
      CHECK (status <> 'PROPOSED' OR started_at IS NULL)
    )`);
    await q.query(`CREATE INDEX placement_beneficiary_employer_idx ON placement (beneficiary_id, employer_id)`);
    await q.query(`CREATE INDEX placement_opening_status_idx ON placement (opening_id, status)`);
    await q.query(`CREATE INDEX placement_employer_idx ON placement (employer_id, kind, status)`);
    await q.query(`CREATE INDEX placement_tutor_status_idx ON placement (tutor_id, status)`);
    await q.query(`CREATE INDEX placement_starts_on_idx ON placement (starts_on)`);
    await q.query(`CREATE INDEX placement_order_idx ON placement (created_at DESC, id DESC)`);

    await q.query(`CREATE TABLE placement_status_change (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      placement_id uuid NOT NULL REFERENCES placement(id),
      from_status text ${oneOf('from_status', STATUSES)},
      to_status text NOT NULL ${oneOf('to_status', STATUSES)},
      effective_on date NOT NULL,
      changed_by_id uuid REFERENCES operator(id),
      changed_at timestamptz NOT NULL DEFAULT now(),
      reason text NOT NULL DEFAULT ''
    )`);
    await q.query(
      `CREATE INDEX placement_status_change_placement_idx ON placement_status_change (placement_id, changed_at)`,
    );

    await q.query(`CREATE TABLE monitoring_visit (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      placement_id uuid NOT NULL REFERENCES placement(id),
      status text NOT NULL DEFAULT 'PLANNED' ${oneOf('status', ['PLANNED', 'DONE', 'CANCELLED'])},
      planned_on date NOT NULL,
      done_on date,
      operator_id uuid REFERENCES operator(id),
      notes text NOT NULL DEFAULT '',
      outcome text ${oneOf('outcome', VISIT_OUTCOMES)},
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((status = 'DONE') = (done_on IS NOT NULL)),
      CHECK (status <> 'DONE' OR (outcome IS NOT NULL AND operator_id IS NOT NULL)),
      CHECK (status = 'DONE' OR outcome IS NULL)
    )`);
    await q.query(`CREATE INDEX monitoring_visit_placement_idx ON monitoring_visit (placement_id, planned_on)`);
    await q.query(`CREATE INDEX monitoring_visit_operator_idx ON monitoring_visit (operator_id, status, planned_on)`);

    /**
     * The service's monitoring rhythm, as data: from `from_day` days after the start of an active placement, a visit
     * is due every `every_days` days. A row with placement_kind NULL applies to every kind that has no rows of its
     * own. Defaults: every 2 weeks in the first two months (days 0-59), monthly after.
     */
    await q.query(`CREATE TABLE monitoring_rhythm (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      placement_kind text ${oneOf('placement_kind', KINDS)},
      from_day smallint NOT NULL CHECK (from_day >= 0),
      every_days smallint NOT NULL CHECK (every_days > 0),
      UNIQUE NULLS NOT DISTINCT (placement_kind, from_day)
    )`);
    await q.query(
      `INSERT INTO monitoring_rhythm (placement_kind, from_day, every_days) VALUES (NULL, 0, 14), (NULL, 60, 30)`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of ['monitoring_rhythm', 'monitoring_visit', 'placement_status_change', 'placement']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
