import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Law 68/99 quotas: the versioned rule figures, the per-site breakdown of a headcount (for compensation among
 * sites), the arrangements that reduce or pause a quota, and the liaison's contacts with companies. Overlapping
 * periods of one employer are refused by the service under the employer's row lock rather than by an exclusion
 * constraint, which would need btree_gist (not available in the embedded database).
 */
const HEADCOUNT_GROUPS = [
  'DISABLED_WORKERS',
  'PROTECTED_CATEGORY_WORKERS',
  'DISABLED_IN_SERVICE_WORKERS',
  'SHORT_FIXED_TERM_WORKERS',
  'MANAGERS',
  'APPRENTICES',
  'TEMP_AGENCY_WORKERS',
  'HOME_WORKERS',
  'COOPERATIVE_PARTNERS',
  'WORKERS_ABROAD',
  'SITE_OR_TRAVELLING_STAFF',
];
const ROUNDING_POINTS = ['PART_TIME_BASE', 'DISABLED_PERCENTAGE', 'PROTECTED_PERCENTAGE'];
const CONTACT_TOPICS = [
  'QUOTA_OBLIGATION',
  'PROSPETTO_INFORMATIVO',
  'EXEMPTION',
  'SUSPENSION',
  'CONVENTION',
  'CANDIDATE_PROPOSAL',
  'PLACEMENT_FOLLOW_UP',
  'OTHER',
];

const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');
const oneOf = (column: string, values: string[]) => `CHECK (${column} IN (${list(values)}))`;
const subsetOf = (column: string, values: string[]) => `CHECK (${column} <@ ARRAY[${list(values)}]::text[])`;
const PERIOD = `valid_from date NOT NULL, valid_to date, CHECK (valid_to IS NULL OR valid_to >= valid_from)`;

export class CreateQuotaModel1764200000000 implements MigrationInterface {
  name = 'CreateQuotaModel1764200000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE quota_rule_version (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL UNIQUE,
      ${PERIOD},
      source text NOT NULL,
      confirmed boolean NOT NULL DEFAULT false,
      disabled_bands jsonb NOT NULL CHECK (jsonb_typeof(disabled_bands) = 'array'),
      protected_bands jsonb NOT NULL CHECK (jsonb_typeof(protected_bands) = 'array'),
      excluded_groups text[] NOT NULL ${subsetOf('excluded_groups', HEADCOUNT_GROUPS)},
      rounding_threshold numeric(3, 2) NOT NULL CHECK (rounding_threshold >= 0 AND rounding_threshold < 1),
      rounding_points text[] NOT NULL ${subsetOf('rounding_points', ROUNDING_POINTS)},
      disabled_in_service_min_reduction smallint NOT NULL CHECK (disabled_in_service_min_reduction BETWEEN 0 AND 100),
      grace_days smallint NOT NULL CHECK (grace_days >= 0),
      daily_exemption_contribution numeric(10, 2) NOT NULL CHECK (daily_exemption_contribution > 0),
      sanction_multiplier numeric(5, 2) NOT NULL CHECK (sanction_multiplier > 0),
      max_exemption_percentage numeric(5, 2) NOT NULL CHECK (max_exemption_percentage > 0 AND max_exemption_percentage <= 100),
      convention_caps jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(convention_caps) = 'object'),
      EXCLUDE USING gist (daterange(valid_from, valid_to, '[]') WITH &&)
    )`);

    await q.query(`CREATE TABLE quota_site_headcount (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      snapshot_id uuid NOT NULL REFERENCES headcount_snapshot(id),
      site_id uuid NOT NULL REFERENCES employer_site(id),
      computable_employees numeric(10, 2) NOT NULL CHECK (computable_employees >= 0),
      covering_workers integer NOT NULL CHECK (covering_workers >= 0),
      UNIQUE (snapshot_id, site_id)
    )`);

    await q.query(`CREATE TABLE quota_exemption (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      employer_id uuid NOT NULL REFERENCES employer(id),
      kind text NOT NULL ${oneOf('kind', ['AUTHORISED', 'SELF_CERTIFIED'])},
      percentage numeric(5, 2) NOT NULL CHECK (percentage > 0 AND percentage <= 100),
      ${PERIOD},
      reference text NOT NULL,
      recorded_by_id uuid REFERENCES operator(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX quota_exemption_employer_idx ON quota_exemption (employer_id, valid_from)`);

    await q.query(`CREATE TABLE quota_suspension (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      employer_id uuid NOT NULL REFERENCES employer(id),
      reason text NOT NULL ${oneOf('reason', ['EXTRAORDINARY_WAGE_GUARANTEE', 'SOLIDARITY_CONTRACT', 'COLLECTIVE_DISMISSAL'])},
      ${PERIOD},
      reference text NOT NULL,
      recorded_by_id uuid REFERENCES operator(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX quota_suspension_employer_idx ON quota_suspension (employer_id, valid_from)`);

    await q.query(`CREATE TABLE quota_convention (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      employer_id uuid NOT NULL REFERENCES employer(id),
      kind text NOT NULL ${oneOf('kind', ['ART_11', 'ART_12', 'ART_12_BIS', 'ART_14'])},
      ${PERIOD},
      units integer CHECK (units > 0),
      cooperative_name text,
      reference text NOT NULL,
      recorded_by_id uuid REFERENCES operator(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((kind = 'ART_11') = (units IS NULL)),
      CHECK ((kind = 'ART_11') = (cooperative_name IS NULL))
    )`);
    await q.query(`CREATE INDEX quota_convention_employer_idx ON quota_convention (employer_id, valid_from)`);

    await q.query(`CREATE TABLE quota_convention_hiring (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      convention_id uuid NOT NULL REFERENCES quota_convention(id),
      due_by date NOT NULL,
      units integer NOT NULL CHECK (units > 0)
    )`);
    await q.query(
      `CREATE INDEX quota_convention_hiring_convention_idx ON quota_convention_hiring (convention_id, due_by)`,
    );

    await q.query(`CREATE TABLE consultancy_contact (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      employer_id uuid NOT NULL REFERENCES employer(id),
      contacted_on date NOT NULL,
      operator_id uuid NOT NULL REFERENCES operator(id),
      topic text NOT NULL ${oneOf('topic', CONTACT_TOPICS)},
      outcome text NOT NULL,
      next_step text,
      next_step_due date,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (next_step_due IS NULL OR next_step IS NOT NULL)
    )`);
    await q.query(
      `CREATE INDEX consultancy_contact_employer_idx ON consultancy_contact (employer_id, contacted_on DESC, created_at DESC)`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'consultancy_contact',
      'quota_convention_hiring',
      'quota_convention',
      'quota_suspension',
      'quota_exemption',
      'quota_site_headcount',
      'quota_rule_version',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
