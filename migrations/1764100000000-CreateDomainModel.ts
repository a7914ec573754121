import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The foundation model. Closed lists are text with CHECK constraints rather than enum types: they read plainly in
 * psql, and adding a value later is a one-line constraint change. Table names are unqualified so the same migration
 * runs in any schema (tests run each file in a schema of its own).
 */
const SHIFTS = ['MORNING', 'AFTERNOON', 'EVENING', 'NIGHT', 'WEEKEND'];
const PHYSICAL_DEMANDS = [
  'HEAVY_LIFTING',
  'PROLONGED_STANDING',
  'WORK_AT_HEIGHT',
  'NOISE_EXPOSURE',
  'DRIVING',
  'REPETITIVE_MOVEMENTS',
  'FINE_MANUAL_WORK',
  'OUTDOOR_WORK',
  'CHEMICAL_EXPOSURE',
  'CUSTOMER_CONTACT',
];
const ACCESSIBILITY = [
  'STEP_FREE_ACCESS',
  'ACCESSIBLE_TOILET',
  'ADAPTED_WORKSTATION',
  'QUIET_ENVIRONMENT',
  'ON_SITE_TUTOR',
  'FLEXIBLE_BREAKS',
];
const TRANSPORT = ['WALK', 'BICYCLE', 'PUBLIC_TRANSPORT', 'CAR', 'MOPED', 'ACCOMPANIED_TRANSPORT'];
const SECTORS = [
  'MANUFACTURING',
  'LOGISTICS',
  'CLEANING_FACILITY',
  'FOOD_SERVICE',
  'RETAIL',
  'AGRICULTURE_GREEN',
  'CARE',
  'OFFICE',
  'DIGITAL',
  'LANGUAGES',
  'TRANSVERSAL',
];
const CASE_STATUSES = ['REFERRED', 'INTAKE', 'ORIENTATION', 'TRAINING', 'INTERNSHIP', 'PLACED', 'MONITORING', 'CLOSED'];

const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');
const oneOf = (column: string, values: string[]) => `CHECK (${column} IN (${list(values)}))`;
const subsetOf = (column: string, values: string[]) => `CHECK (${column} <@ ARRAY[${list(values)}]::text[])`;

export class CreateDomainModel1764100000000 implements MigrationInterface {
  name = 'CreateDomainModel1764100000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE ambito (
      number smallint PRIMARY KEY,
      name text NOT NULL
    )`);

    await q.query(`CREATE TABLE municipality (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      istat_code text NOT NULL UNIQUE CHECK (istat_code ~ '^[0-9]{6}$'),
      name text NOT NULL,
      belfiore_code text NOT NULL UNIQUE CHECK (belfiore_code ~ '^[A-Z][0-9]{3}$'),
      postcode text NOT NULL,
      province text NOT NULL,
      ambito_number smallint REFERENCES ambito(number),
      population integer,
      latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
      longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180)
    )`);
    await q.query(`CREATE INDEX municipality_ambito_idx ON municipality (ambito_number)`);

    await q.query(`CREATE TABLE operator (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      given_name text NOT NULL,
      family_name text NOT NULL,
      email text NOT NULL UNIQUE,
      role text NOT NULL ${oneOf('role', ['OPERATOR', 'EMPLOYER_LIAISON', 'COORDINATOR', 'ADMIN'])},
      ambito_number smallint REFERENCES ambito(number),
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);

    await q.query(`CREATE TABLE skill (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL UNIQUE,
      label_it text NOT NULL,
      label_en text NOT NULL,
      kind text NOT NULL ${oneOf('kind', ['SKILL', 'KNOWLEDGE', 'TRANSVERSAL'])},
      sector text NOT NULL ${oneOf('sector', SECTORS)},
      esco_uri text CHECK (esco_uri LIKE 'http://data.europa.eu/esco/%'),
      active boolean NOT NULL DEFAULT true
    )`);

    await q.query(`CREATE TABLE occupation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL UNIQUE,
      label_it text NOT NULL,
      label_en text NOT NULL,
      sector text NOT NULL ${oneOf('sector', SECTORS)},
      esco_uri text CHECK (esco_uri LIKE 'http://data.europa.eu/esco/%')
    )`);

    await q.query(`CREATE TABLE beneficiary (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      codice_fiscale text NOT NULL UNIQUE CHECK (codice_fiscale ~ '^[A-Z0-9]{16}$'),
      given_name text NOT NULL,
      family_name text NOT NULL,
      birth_date date NOT NULL,
      residence_municipality_id uuid NOT NULL REFERENCES municipality(id),
      address text,
      email text,
      phone text,
      law68_category text ${oneOf('law68_category', ['DISABLED_ART1', 'PROTECTED_ART18'])},
      invalidity_percentage smallint CHECK (invalidity_percentage BETWEEN 0 AND 100),
      disability_kinds text[] NOT NULL DEFAULT '{}' ${subsetOf('disability_kinds', ['PHYSICAL', 'SENSORY', 'INTELLECTUAL', 'PSYCHIC'])},
      targeted_placement_enrolled_on date,
      law381_category text ${oneOf('law381_category', [
        'DISABILITY',
        'PSYCHIATRIC',
        'DRUG_ADDICTION',
        'ALCOHOL_ADDICTION',
        'MINOR_IN_DIFFICULTY',
        'PRISONER_OR_ALTERNATIVE_MEASURE',
      ])},
      followed_by_social_services boolean NOT NULL DEFAULT false,
      education_level text ${oneOf('education_level', [
        'NONE',
        'PRIMARY',
        'LOWER_SECONDARY',
        'VOCATIONAL_QUALIFICATION',
        'UPPER_SECONDARY',
        'TERTIARY',
      ])},
      languages text[] NOT NULL DEFAULT '{}',
      has_driving_licence boolean NOT NULL DEFAULT false,
      has_own_vehicle boolean NOT NULL DEFAULT false,
      assigned_operator_id uuid REFERENCES operator(id),
      case_status text NOT NULL ${oneOf('case_status', CASE_STATUSES)},
      case_opened_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX beneficiary_name_order_idx ON beneficiary (family_name, given_name, id)`);
    await q.query(`CREATE INDEX beneficiary_municipality_idx ON beneficiary (residence_municipality_id)`);
    await q.query(`CREATE INDEX beneficiary_case_status_idx ON beneficiary (case_status)`);
    await q.query(`CREATE INDEX beneficiary_operator_idx ON beneficiary (assigned_operator_id)`);

    await q.query(`CREATE TABLE case_status_change (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      beneficiary_id uuid NOT NULL REFERENCES beneficiary(id),
      from_status text ${oneOf('from_status', CASE_STATUSES)},
      to_status text NOT NULL ${oneOf('to_status', CASE_STATUSES)},
      changed_by_id uuid REFERENCES operator(id),
      changed_at timestamptz NOT NULL DEFAULT now(),
      reason text NOT NULL
    )`);
    await q.query(`CREATE INDEX case_status_change_beneficiary_idx ON case_status_change (beneficiary_id, changed_at)`);

    await q.query(`CREATE TABLE beneficiary_skill (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      beneficiary_id uuid NOT NULL REFERENCES beneficiary(id),
      skill_id uuid NOT NULL REFERENCES skill(id),
      level smallint NOT NULL CHECK (level BETWEEN 1 AND 4),
      source text NOT NULL ${oneOf('source', ['SELF_DECLARED', 'OPERATOR_ASSESSED', 'PROVEN_IN_INTERNSHIP', 'PROVEN_IN_WORKSHOP'])},
      assessed_on date NOT NULL,
      UNIQUE (beneficiary_id, skill_id)
    )`);
    await q.query(`CREATE INDEX beneficiary_skill_skill_idx ON beneficiary_skill (skill_id, level)`);

    await q.query(`CREATE TABLE work_constraints (
      beneficiary_id uuid PRIMARY KEY REFERENCES beneficiary(id),
      min_weekly_hours smallint CHECK (min_weekly_hours BETWEEN 0 AND 48),
      max_weekly_hours smallint CHECK (max_weekly_hours BETWEEN 1 AND 48),
      available_shifts text[] NOT NULL DEFAULT '{}' ${subsetOf('available_shifts', SHIFTS)},
      max_commute_minutes smallint CHECK (max_commute_minutes > 0),
      max_commute_km smallint CHECK (max_commute_km > 0),
      transport_modes text[] NOT NULL DEFAULT '{}' ${subsetOf('transport_modes', TRANSPORT)},
      physical_limitations text[] NOT NULL DEFAULT '{}' ${subsetOf('physical_limitations', PHYSICAL_DEMANDS)},
      accessibility_needs text[] NOT NULL DEFAULT '{}' ${subsetOf('accessibility_needs', ACCESSIBILITY)},
      excluded_sectors text[] NOT NULL DEFAULT '{}' ${subsetOf('excluded_sectors', SECTORS)},
      preferred_sectors text[] NOT NULL DEFAULT '{}' ${subsetOf('preferred_sectors', SECTORS)},
      preferred_occupation_ids uuid[] NOT NULL DEFAULT '{}',
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (min_weekly_hours IS NULL OR max_weekly_hours IS NULL OR min_weekly_hours <= max_weekly_hours)
    )`);

    await q.query(`CREATE TABLE referral (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      beneficiary_id uuid NOT NULL REFERENCES beneficiary(id),
      service_kind text NOT NULL ${oneOf('service_kind', [
        'MUNICIPAL_SOCIAL_SERVICE',
        'ASST_DISABILITY_SERVICE',
        'MENTAL_HEALTH_CENTRE',
        'ADDICTION_SERVICE',
        'JUSTICE_PROBATION_OFFICE',
        'OTHER',
      ])},
      service_name text NOT NULL,
      contact_name text,
      contact_email text,
      contact_phone text,
      referred_on date NOT NULL,
      reason text NOT NULL,
      received_by_id uuid REFERENCES operator(id),
      opened_case boolean NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX referral_beneficiary_idx ON referral (beneficiary_id, referred_on)`);

    await q.query(`CREATE TABLE employer (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      legal_name text NOT NULL,
      partita_iva text NOT NULL UNIQUE CHECK (partita_iva ~ '^[0-9]{11}$'),
      codice_fiscale text NOT NULL,
      legal_form text NOT NULL ${oneOf('legal_form', [
        'SOLE_PROPRIETORSHIP',
        'SNC',
        'SAS',
        'SRL',
        'SPA',
        'COOPERATIVE',
        'ASSOCIATION',
        'PUBLIC_BODY',
        'OTHER',
      ])},
      kind text NOT NULL ${oneOf('kind', ['PRIVATE', 'PUBLIC', 'SOCIAL_COOPERATIVE_B'])},
      ateco_code text NOT NULL CHECK (ateco_code ~ '^[0-9]{2}(\\.[0-9]{1,2}){0,2}$'),
      ateco_label text,
      sector text NOT NULL ${oneOf('sector', SECTORS)},
      contact_name text,
      email text,
      phone text,
      liaison_operator_id uuid REFERENCES operator(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX employer_name_order_idx ON employer (legal_name, id)`);
    await q.query(`CREATE INDEX employer_ateco_idx ON employer (ateco_code text_pattern_ops)`);

    await q.query(`CREATE TABLE employer_site (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      employer_id uuid NOT NULL REFERENCES employer(id),
      name text NOT NULL,
      address text NOT NULL,
      municipality_id uuid NOT NULL REFERENCES municipality(id),
      latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
      longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
      is_headquarters boolean NOT NULL DEFAULT false
    )`);
    await q.query(`CREATE INDEX employer_site_employer_idx ON employer_site (employer_id)`);
    await q.query(`CREATE INDEX employer_site_municipality_idx ON employer_site (municipality_id)`);

    await q.query(`CREATE TABLE headcount_snapshot (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      employer_id uuid NOT NULL REFERENCES employer(id),
      reference_date date NOT NULL,
      total_employees integer NOT NULL CHECK (total_employees >= 0),
      part_time_employees integer NOT NULL DEFAULT 0 CHECK (part_time_employees >= 0),
      part_time_fte numeric(10, 2) NOT NULL DEFAULT 0 CHECK (part_time_fte >= 0 AND part_time_fte <= part_time_employees),
      disabled_workers integer NOT NULL DEFAULT 0 CHECK (disabled_workers >= 0),
      protected_category_workers integer NOT NULL DEFAULT 0 CHECK (protected_category_workers >= 0),
      disabled_in_service_workers integer NOT NULL DEFAULT 0 CHECK (disabled_in_service_workers >= 0),
      short_fixed_term_workers integer NOT NULL DEFAULT 0 CHECK (short_fixed_term_workers >= 0),
      managers integer NOT NULL DEFAULT 0 CHECK (managers >= 0),
      apprentices integer NOT NULL DEFAULT 0 CHECK (apprentices >= 0),
      temp_agency_workers integer NOT NULL DEFAULT 0 CHECK (temp_agency_workers >= 0),
      home_workers integer NOT NULL DEFAULT 0 CHECK (home_workers >= 0),
      cooperative_partners integer NOT NULL DEFAULT 0 CHECK (cooperative_partners >= 0),
      workers_abroad integer NOT NULL DEFAULT 0 CHECK (workers_abroad >= 0),
      site_or_travelling_staff integer NOT NULL DEFAULT 0 CHECK (site_or_travelling_staff >= 0),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CHECK (part_time_employees <= total_employees),
      UNIQUE (employer_id, reference_date)
    )`);

    await q.query(`CREATE TABLE opening (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      employer_id uuid NOT NULL REFERENCES employer(id),
      site_id uuid NOT NULL REFERENCES employer_site(id),
      title text NOT NULL,
      occupation_id uuid REFERENCES occupation(id),
      sector text NOT NULL ${oneOf('sector', SECTORS)},
      description text NOT NULL DEFAULT '',
      weekly_hours smallint NOT NULL CHECK (weekly_hours BETWEEN 1 AND 48),
      shifts text[] NOT NULL DEFAULT '{}' ${subsetOf('shifts', SHIFTS)},
      contract_type text NOT NULL ${oneOf('contract_type', ['TIROCINIO', 'FIXED_TERM', 'PERMANENT', 'APPRENTICESHIP'])},
      positions smallint NOT NULL CHECK (positions > 0),
      counts_toward_quota boolean NOT NULL DEFAULT false,
      physical_demands text[] NOT NULL DEFAULT '{}' ${subsetOf('physical_demands', PHYSICAL_DEMANDS)},
      accessibility_features text[] NOT NULL DEFAULT '{}' ${subsetOf('accessibility_features', ACCESSIBILITY)},
      accommodations_arrangeable boolean NOT NULL DEFAULT false,
      status text NOT NULL DEFAULT 'DRAFT' ${oneOf('status', ['DRAFT', 'OPEN', 'ON_HOLD', 'FILLED', 'CLOSED'])},
      opened_on date,
      starts_on date,
      closes_on date,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX opening_order_idx ON opening (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX opening_employer_idx ON opening (employer_id)`);
    await q.query(`CREATE INDEX opening_site_idx ON opening (site_id)`);
    await q.query(`CREATE INDEX opening_status_idx ON opening (status)`);

    await q.query(`CREATE TABLE opening_skill (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      opening_id uuid NOT NULL REFERENCES opening(id),
      skill_id uuid NOT NULL REFERENCES skill(id),
      requirement text NOT NULL ${oneOf('requirement', ['REQUIRED', 'PREFERRED'])},
      minimum_level smallint NOT NULL CHECK (minimum_level BETWEEN 1 AND 4),
      indispensable boolean NOT NULL DEFAULT false,
      CHECK (NOT indispensable OR requirement = 'REQUIRED'),
      UNIQUE (opening_id, skill_id)
    )`);
    await q.query(`CREATE INDEX opening_skill_skill_idx ON opening_skill (skill_id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'opening_skill',
      'opening',
      'headcount_snapshot',
      'employer_site',
      'employer',
      'referral',
      'work_constraints',
      'beneficiary_skill',
      'case_status_change',
      'beneficiary',
      'occupation',
      'skill',
      'operator',
      'municipality',
      'ambito',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
