import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every write to a person (or an opening) refreshes their match profile through a trigger, often twice in one request
 * (the person and the step of their case history). The refresh functions were SQL functions, which PostgreSQL 15
 * plans again at every call, together with every SQL function they call: about 4 ms of planning for a profile that
 * takes well under one to write, a third of the database's time in the load test. As PL/pgSQL functions their
 * statements keep their plans for the session; the closed-list encoders become plain expressions the planner inlines.
 * The statements themselves are unchanged: they are read from the catalogue and run as they are.
 */
const REFRESHES: Array<{ name: string; argument: string; lockedTable: string }> = [
  { name: 'refresh_match_profiles', argument: 'people uuid[]', lockedTable: 'beneficiary' },
  { name: 'refresh_opening_match_profiles', argument: 'openings uuid[]', lockedTable: 'opening' },
];
const ENCODERS = ['shift_bits', 'physical_demand_bits', 'accessibility_bits', 'transport_mode_bits', 'sector_bits'];
const CASELOAD_DAYS = 'earlier_caseload_days';

async function bodyOf(q: QueryRunner, name: string): Promise<string> {
  const [row] = await q.query(
    `SELECT prosrc FROM pg_proc WHERE proname = $1 AND pronamespace = current_schema()::regnamespace`,
    [name],
  );
  if (!row) throw new Error(`${name} is not in the schema`);
  return row.prosrc as string;
}

/** The values of a closed list, in their bit order, as the encoder's SQL body lists them. */
function vocabularyOf(body: string, name: string): string[] {
  const listed = /ARRAY\[([^\]]*)\]::text\[\]/.exec(body);
  if (!listed) throw new Error(`${name}: no list of values in its body`);
  return listed[1].split(',').map((value) => value.trim().replace(/^'(.*)'$/, '$1'));
}

/** The same encoding (a value's bit set once, unknown values and NULL ignored) without a FROM: inlined by the planner. */
function inlinableEncoder(name: string, vocabulary: string[]): string {
  const bits = vocabulary.map((value, i) => `CASE WHEN '${value}' = ANY(vals) THEN ${1 << i} ELSE 0 END`).join(' | ');
  return `CREATE OR REPLACE FUNCTION ${name}(vals text[]) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ${bits}
  $$`;
}

function aggregatingEncoder(name: string, vocabulary: string[]): string {
  const list = vocabulary.map((value) => `'${value}'`).join(', ');
  return `CREATE OR REPLACE FUNCTION ${name}(vals text[]) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(bit_or(1 << (array_position(ARRAY[${list}]::text[], v) - 1)), 0)::int FROM unnest(vals) AS v
      $$`;
}

/** The function's statements in PL/pgSQL: the lock taken by the first one is a PERFORM there. */
function asPlpgsql(body: string, lockedTable: string): string {
  const lock = `SELECT 1 FROM ${lockedTable} WHERE`;
  if (!body.trimStart().startsWith(lock)) throw new Error(`unexpected refresh body: ${body.slice(0, 80)}`);
  return `BEGIN\n      ${body.trimStart().replace(lock, `PERFORM 1 FROM ${lockedTable} WHERE`).trimEnd()};\n    END`;
}

function asSql(body: string, lockedTable: string): string {
  return body
    .replace(/^\s*BEGIN\s*/, '\n      ')
    .replace(/;\s*END\s*$/, '\n    ')
    .replace(`PERFORM 1 FROM ${lockedTable} WHERE`, `SELECT 1 FROM ${lockedTable} WHERE`);
}

export class MatchProfileRefreshPlansKept1764870000000 implements MigrationInterface {
  name = 'MatchProfileRefreshPlansKept1764870000000';

  public async up(q: QueryRunner): Promise<void> {
    for (const name of ENCODERS) {
      await q.query(inlinableEncoder(name, vocabularyOf(await bodyOf(q, name), name)));
    }
    const days = await bodyOf(q, CASELOAD_DAYS);
    await q.query(`CREATE OR REPLACE FUNCTION ${CASELOAD_DAYS}(person uuid) RETURNS int LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
      BEGIN RETURN (${days.trim()}); END
    $$`);
    for (const { name, argument, lockedTable } of REFRESHES) {
      const body = asPlpgsql(await bodyOf(q, name), lockedTable);
      await q.query(`CREATE OR REPLACE FUNCTION ${name}(${argument}) RETURNS void LANGUAGE plpgsql AS $$${body}$$`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const { name, argument, lockedTable } of REFRESHES) {
      const body = asSql(await bodyOf(q, name), lockedTable);
      await q.query(`CREATE OR REPLACE FUNCTION ${name}(${argument}) RETURNS void LANGUAGE sql AS $$${body}$$`);
    }
    const days = (await bodyOf(q, CASELOAD_DAYS)).replace(/^\s*BEGIN RETURN \(/, '').replace(/\); END\s*$/, '');
    await q.query(`CREATE OR REPLACE FUNCTION ${CASELOAD_DAYS}(person uuid) RETURNS int LANGUAGE sql STABLE PARALLEL SAFE AS $$
      ${days}
    $$`);
    for (const name of ENCODERS) {
      const body = await bodyOf(q, name);
      const vocabulary = [...body.matchAll(/WHEN '([^']*)' = ANY/g)].map((match) => match[1]);
      await q.query(aggregatingEncoder(name, vocabulary));
    }
  }
}
