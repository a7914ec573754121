import fc from 'fast-check';
import { computeCodiceFiscale } from '../../src/modules/beneficiaries/codice-fiscale';
import { findEligiblePairs } from '../../src/modules/matching/reads/candidate-search';
import { MatchingWeights } from '../../src/modules/matching/rules/factors';
import { openingsSeenFromSql } from '../../src/modules/matching/sql/match-profile-sql';
import { scoreEligiblePairs } from '../../src/modules/matching/pair-scoring';
import { preScoreSql, WAITING_FACTOR_SQL } from '../../src/modules/matching/sql/scoring-sql';
import { waitingCutoffs } from '../../src/modules/matching/reads/people-without-skills';
import { DAYS_FOR_FULL_WAITING } from '../../src/modules/matching/rules/scoring';
import { daysBetween, todayInItaly } from '../../src/config/calendar';
import { ITALIAN_TODAY_SQL } from '../../src/db/italian-calendar-sql';
import { seedDemoData } from '../../src/seed/demo-data';
import { insertRow } from '../helpers/fixtures';
import { weightsArb } from '../helpers/matching-arbitraries';
import { startTestServer, TestServer } from '../helpers/test-server';

/*
 * Fairness as properties over generated people on the demo data: the exact scorer (Node), the SQL pre-score run by
 * PostgreSQL over the match profiles, and the placement plan. Each generated person is inserted twice, as twins
 * that differ only in what the property is about.
 */

let server: TestServer;
let municipalities: Array<{ id: string; ambito: number }>;
let skills: string[];
const SECTORS = ['MANUFACTURING', 'LOGISTICS', 'CLEANING_FACILITY', 'FOOD_SERVICE', 'RETAIL', 'CARE', 'OFFICE'];
const MODES = ['WALK', 'BICYCLE', 'PUBLIC_TRANSPORT', 'CAR', 'MOPED', 'ACCOMPANIED_TRANSPORT'];
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64url');

beforeAll(async () => {
  server = await startTestServer();
  await seedDemoData(server.dataSource);
  municipalities = await server.dataSource.query(`SELECT id, ambito_number AS ambito FROM municipality ORDER BY name`);
  skills = (await server.dataSource.query(`SELECT id FROM skill ORDER BY code`)).map((s: { id: string }) => s.id);
}, 180_000);
afterAll(() => server.close());

interface GeneratedPerson {
  municipality: number;
  waitingDays: number;
  licence: boolean;
  skills: Array<{ skill: number; level: number }>;
  modes: string[];
  maxCommuteMinutes: number | null;
  preferredSectors: string[];
  maxWeeklyHours: number | null;
}

const personArb: fc.Arbitrary<GeneratedPerson> = fc.record({
  municipality: fc.nat(),
  waitingDays: fc.integer({ min: 0, max: 800 }),
  licence: fc.boolean(),
  skills: fc.array(fc.record({ skill: fc.nat(), level: fc.integer({ min: 1, max: 4 }) }), { maxLength: 5 }),
  modes: fc.subarray(MODES),
  maxCommuteMinutes: fc.option(fc.integer({ min: 20, max: 120 })),
  preferredSectors: fc.subarray(SECTORS, { maxLength: 2 }),
  maxWeeklyHours: fc.option(fc.integer({ min: 20, max: 40 })),
});

let seq = 0;
function surname(n: number): string {
  let s = '';
  for (let k = n + 26 * 26; k > 0; k = Math.floor(k / 26)) s += String.fromCharCode(65 + (k % 26));
  return `Fair${s}`;
}

/** Inserts one person as generated, with `extra` beneficiary columns; returns their id. */
async function insertPerson(
  p: GeneratedPerson,
  extra: Record<string, unknown>,
  constraints: Partial<GeneratedPerson> = {},
): Promise<string> {
  seq += 1;
  const family = surname(seq);
  const birthDate = new Date(Date.UTC(1960, 0, 1) + seq * 86_400_000).toISOString().slice(0, 10);
  const id = await insertRow(server, 'beneficiary', {
    codice_fiscale: computeCodiceFiscale({
      surname: family,
      givenName: 'Gemello',
      birthDate,
      sex: 'F',
      belfioreCode: 'B157',
    }),
    given_name: 'Gemello',
    family_name: family,
    birth_date: birthDate,
    residence_municipality_id: municipalities[p.municipality % municipalities.length].id,
    case_status: 'ORIENTATION',
    has_driving_licence: p.licence,
    case_opened_at: new Date(Date.now() - p.waitingDays * 86_400_000 - 3_600_000),
    ...extra,
  });
  const held = new Map(p.skills.map((s) => [skills[s.skill % skills.length], s.level]));
  for (const [skill, level] of held) {
    await insertRow(server, 'beneficiary_skill', {
      beneficiary_id: id,
      skill_id: skill,
      level,
      source: 'OPERATOR_ASSESSED',
      assessed_on: '2026-01-10',
    });
  }
  const c = { ...p, ...constraints };
  await server.dataSource.query(
    `INSERT INTO work_constraints (beneficiary_id, transport_modes, max_commute_minutes, preferred_sectors, max_weekly_hours)
     VALUES ($1, $2, $3, $4, $5)`,
    [id, c.modes, c.maxCommuteMinutes, c.preferredSectors, c.maxWeeklyHours],
  );
  return id;
}

/** Every open opening's exact score for each person (Node scorer, with these weights in every ambito). */
async function exactScores(people: string[], weights: MatchingWeights): Promise<Map<string, number>> {
  const manager = server.dataSource.manager;
  const pairs = await findEligiblePairs(manager, { openingIds: null, beneficiaryIds: people }, {});
  const scored = await scoreEligiblePairs(manager, pairs, {
    weights: new Map([
      [1, weights],
      [3, weights],
    ]),
  });
  return new Map(scored.map((m) => [`${m.beneficiaryId}|${m.openingId}`, m.score]));
}

/** Every open opening's SQL pre-score for one person, over the match profiles, the quota factor at `quotaScore`. */
async function preScores(person: string, weights: MatchingWeights, quotaScore: number): Promise<Map<string, number>> {
  const sql = preScoreSql(
    { weightsByAmbito: new Map(), defaultWeights: weights },
    { skills: '0.5::float8', pastPositive: 'false', quotaScore: `${quotaScore}::float8` },
  );
  const rows: Array<{ id: string; score: number }> = await server.dataSource.query(
    `WITH p AS MATERIALIZED (SELECT * FROM match_profile WHERE beneficiary_id = $1),
     home AS MATERIALIZED (SELECT * FROM municipality WHERE id = (SELECT residence_municipality_id FROM p)),
     o AS MATERIALIZED (${openingsSeenFromSql('true')})
     SELECT o.opening_id AS id, ${sql} AS score FROM o CROSS JOIN p`,
    [person],
  );
  return new Map(rows.map((r) => [r.id, Number(r.score)]));
}

function pairedScores(scores: Map<string, number>, a: string, b: string): Array<[string, number, number]> {
  const out: Array<[string, number, number]> = [];
  for (const [key, score] of scores) {
    const [person, opening] = key.split('|');
    if (person !== a) continue;
    const other = scores.get(`${b}|${opening}`);
    if (other !== undefined) out.push([opening, score, other]);
  }
  return out;
}

describe('Law 68/99 eligibility never lowers a score', () => {
  it('gives the disabled twin a score at least equal to the other’s on every opening (exact scorer)', async () => {
    await fc.assert(
      fc.asyncProperty(personArb, weightsArb, async (p, weights) => {
        const disabled = await insertPerson(p, { law68_category: 'DISABLED_ART1', invalidity_percentage: 67 });
        const other = await insertPerson(p, {});
        const pairs = pairedScores(await exactScores([disabled, other], weights), disabled, other);
        for (const [opening, eligible, notEligible] of pairs) {
          expect({ opening, eligible }).toEqual({ opening, eligible: Math.max(eligible, notEligible) });
        }
      }),
      { numRuns: 12 },
    );
  });

  it('gives the disabled twin a pre-score at least equal to the other’s in PostgreSQL, for every value of the quota factor', async () => {
    await fc.assert(
      fc.asyncProperty(personArb, weightsArb, fc.constantFrom(0, 0.6, 0.8, 1), async (p, weights, quotaScore) => {
        const disabled = await insertPerson(p, { law68_category: 'DISABLED_ART1' });
        const other = await insertPerson(p, {});
        const [mine, theirs] = [
          await preScores(disabled, weights, quotaScore),
          await preScores(other, weights, quotaScore),
        ];
        expect(mine.size).toBe(theirs.size);
        for (const [opening, score] of mine)
          expect({ opening, score }).toEqual({ opening, score: Math.max(score, theirs.get(opening)!) });
      }),
      { numRuns: 12 },
    );
  });

  it('gives the disabled twin a plan value at least equal to the other’s, for an opening counting toward the quota', async () => {
    const [quotaOpening] = await server.dataSource.query(
      `SELECT o.id, m.ambito_number AS ambito FROM opening o JOIN employer_site s ON s.id = o.site_id
       JOIN municipality m ON m.id = s.municipality_id
       WHERE o.status = 'OPEN' AND o.counts_toward_quota AND m.ambito_number IN (1, 3) ORDER BY o.id LIMIT 1`,
    );
    const home = municipalities.findIndex((m) => m.ambito === quotaOpening.ambito);
    await fc.assert(
      fc.asyncProperty(weightsArb, async (weights) => {
        const set = await server.gql(
          `mutation($a: Int!, $w: [FactorWeightInput!]!) { setMatchingWeights(ambito: $a, weights: $w) { weight } }`,
          {
            a: quotaOpening.ambito,
            w: Object.entries(weights).map(([factor, weight]) => ({ factor, weight })),
          },
        );
        expect(set.errors).toBeUndefined();
        // No limits that could exclude the pair, and the opening's own skills, so both are candidates.
        const p: GeneratedPerson = {
          municipality: home,
          waitingDays: 30,
          licence: true,
          skills: [],
          modes: ['CAR'],
          maxCommuteMinutes: null,
          preferredSectors: [],
          maxWeeklyHours: null,
        };
        const disabled = await insertPerson(p, { law68_category: 'DISABLED_ART1' });
        const other = await insertPerson(p, {});
        // Each twin alone: the score the plan gives the pair, assigned or shown as the best alternative.
        const planScore = async (id: string): Promise<number | undefined> => {
          const { data, errors } = await server.gql(
            `query($a: Int!, $o: [ID!], $b: [ID!]) { placementPlan(ambito: $a, openingIds: $o, beneficiaryIds: $b) {
               assignments { score } openings { bestAlternative { match { score } } } } }`,
            { a: quotaOpening.ambito, o: [gid('Opening', quotaOpening.id)], b: [gid('Beneficiary', id)] },
          );
          expect(errors).toBeUndefined();
          const plan = data!.placementPlan;
          return plan.assignments[0]?.score ?? plan.openings[0].bestAlternative?.match.score;
        };
        const [mine, theirs] = [await planScore(disabled), await planScore(other)];
        expect(mine === undefined).toBe(theirs === undefined);
        if (mine !== undefined) expect(mine).toBeGreaterThanOrEqual(theirs!);
      }),
      { numRuns: 8 },
    );
  });
});

describe('the commute limit is a constraint, not a scale', () => {
  it('leaves every score unchanged when a person’s limit is tightened, on the openings still within it', async () => {
    await fc.assert(
      fc.asyncProperty(personArb, weightsArb, fc.integer({ min: 20, max: 60 }), async (p, weights, tighter) => {
        const loose = await insertPerson(p, {}, { maxCommuteMinutes: 120 });
        const tight = await insertPerson(p, {}, { maxCommuteMinutes: tighter });
        for (const [opening, tightScore, looseScore] of pairedScores(
          await exactScores([tight, loose], weights),
          tight,
          loose,
        )) {
          expect({ opening, tightScore }).toEqual({ opening, tightScore: looseScore });
        }
        const [a, b] = [await preScores(tight, weights, 0), await preScores(loose, weights, 0)];
        for (const [opening, score] of a) expect({ opening, score }).toEqual({ opening, score: b.get(opening) });
      }),
      { numRuns: 12 },
    );
  });
});

describe('what is never an input of the score', () => {
  it('gives the same scores to twins who differ in disability kinds, invalidity, Law 381/91 category, referring service and health notes', async () => {
    const sensitiveArb = fc.record({
      disability_kinds: fc.subarray(['PHYSICAL', 'SENSORY', 'INTELLECTUAL', 'PSYCHIC']),
      invalidity_percentage: fc.option(fc.integer({ min: 34, max: 100 })),
      law381_category: fc.option(
        fc.constantFrom(
          'DISABILITY',
          'PSYCHIATRIC',
          'DRUG_ADDICTION',
          'ALCOHOL_ADDICTION',
          'PRISONER_OR_ALTERNATIVE_MEASURE',
        ),
      ),
      followed_by_social_services: fc.boolean(),
    });
    const referralArb = fc.record({
      service_kind: fc.constantFrom(
        'MUNICIPAL_SOCIAL_SERVICE',
        'ASST_DISABILITY_SERVICE',
        'MENTAL_HEALTH_CENTRE',
        'ADDICTION_SERVICE',
        'JUSTICE_PROBATION_OFFICE',
      ),
      service_name: fc.constantFrom('CPS Brescia Nord', 'SerD Rezzato', 'Servizi sociali Gussago'),
      reason: fc.constantFrom('Ricovero recente', 'Percorso di recupero', 'Dimesso dalla comunità'),
    });
    await fc.assert(
      fc.asyncProperty(personArb, weightsArb, sensitiveArb, referralArb, async (p, weights, sensitive, referral) => {
        const plain = await insertPerson(p, {});
        const marked = await insertPerson(p, sensitive);
        await insertRow(server, 'referral', {
          beneficiary_id: marked,
          ...referral,
          referred_on: '2026-01-05',
          opened_case: true,
        });
        for (const [opening, markedScore, plainScore] of pairedScores(
          await exactScores([marked, plain], weights),
          marked,
          plain,
        )) {
          expect({ opening, markedScore }).toEqual({ opening, markedScore: plainScore });
        }
        const [a, b] = [await preScores(marked, weights, 1), await preScores(plain, weights, 1)];
        expect([...a.entries()]).toEqual([...b.entries()]);
      }),
      { numRuns: 10 },
    );
  });
});

describe('waiting time across re-referrals', () => {
  /** Holding no skill and no preference, with a licence: eligible for the openings that require no skill. */
  const waitingPerson: GeneratedPerson = {
    municipality: 0,
    waitingDays: 0,
    licence: true,
    skills: [],
    modes: [],
    maxCommuteMinutes: null,
    preferredSectors: [],
    maxWeeklyHours: null,
  };

  it('never lowers the waiting credit when a case is closed and the person referred again', async () => {
    const manager = server.dataSource.manager;
    const periodArb = fc.record({
      inCaseload: fc.integer({ min: 1, max: 300 }),
      closed: fc.integer({ min: 1, max: 200 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(periodArb, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 200 }),
        async (periods, current) => {
          // Days before today: each earlier period opened, then closed; the current one opened `current` days ago.
          const total = periods.reduce((sum, x) => sum + x.inCaseload + x.closed, 0) + current;
          // Noon (UTC) of each day counted back from today in Italy: every step lands on the same date in Italy and in UTC.
          const noon = Date.parse(`${todayInItaly()}T12:00:00Z`);
          const day = (daysAgo: number) => new Date(noon - daysAgo * 86_400_000);
          const id = await insertPerson({ ...waitingPerson, waitingDays: current }, { case_opened_at: day(current) });
          let at = total;
          const steps: Array<[string | null, string, number]> = [];
          for (const x of periods) {
            steps.push(
              [steps.length ? 'CLOSED' : null, 'REFERRED', at],
              ['REFERRED', 'ORIENTATION', at - 1],
              ['ORIENTATION', 'CLOSED', at - x.inCaseload],
            );
            at -= x.inCaseload + x.closed;
          }
          steps.push(['CLOSED', 'REFERRED', current], ['REFERRED', 'ORIENTATION', Math.max(current - 1, 0)]);
          for (const [from, to, daysAgo] of steps) {
            await insertRow(server, 'case_status_change', {
              beneficiary_id: id,
              from_status: from,
              to_status: to,
              changed_at: day(daysAgo),
              reason: 'test',
            });
          }
          const [pair] = await findEligiblePairs(manager, { beneficiaryId: id }, {});
          const beforeClosing = periods.reduce((sum, x) => sum + x.inCaseload, 0);
          if (pair) expect(pair.waitingDays).toBe(beforeClosing + current);
          const [profile] = await server.dataSource.query(
            `SELECT ${ITALIAN_TODAY_SQL} - waiting_since AS days FROM match_profile WHERE beneficiary_id = $1`,
            [id],
          );
          expect(profile.days).toBe(beforeClosing + current);
        },
      ),
      { numRuns: 15 },
    );
  });
  it('counts the wait in Italian calendar days, at any hour of the day and whatever the database session’s time zone', async () => {
    const MINUTE = 60_000;
    const DAY = 86_400_000;
    const italianDay = (at: number) => todayInItaly(new Date(at));
    // A step: whole days after the one before, at a minute of the day (UTC), mostly the hours around Italy's midnight.
    const stepArb = fc.record({
      days: fc.integer({ min: 0, max: 150 }),
      minute: fc.oneof(fc.integer({ min: 21 * 60, max: 24 * 60 - 1 }), fc.integer({ min: 0, max: 24 * 60 - 1 })),
    });
    const periodArb = fc.record({ opened: stepArb, closed: stepArb });
    await fc.assert(
      fc.asyncProperty(
        fc.array(periodArb, { maxLength: 3 }),
        stepArb,
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom('UTC', 'Europe/Rome', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Sao_Paulo'),
        async (periods, current, daysSince, timeZone) => {
          const now = Date.now();
          const steps = [...periods.flatMap((x) => [x.opened, x.closed]), current];
          const span = steps.reduce((sum, step) => sum + step.days, 0);
          // The current case opened `daysSince` days before today (UTC), each step before it `days` after the last.
          let day = Math.floor(now / DAY) * DAY - (span + daysSince) * DAY;
          let last = -Infinity;
          const at = steps.map((step) => {
            day += step.days * DAY;
            last = Math.max(day + step.minute * MINUTE, last + MINUTE);
            return last;
          });
          const opened = at[at.length - 1];
          fc.pre(opened + MINUTE < now);
          const id = await insertPerson(waitingPerson, {
            case_opened_at: new Date(opened),
            case_status: 'ORIENTATION',
          });
          const history: Array<[string | null, string, number]> = [];
          periods.forEach((_, i) => {
            history.push([i ? 'CLOSED' : null, 'REFERRED', at[2 * i]], ['REFERRED', 'CLOSED', at[2 * i + 1]]);
          });
          history.push(
            [periods.length ? 'CLOSED' : null, 'REFERRED', opened],
            ['REFERRED', 'ORIENTATION', opened + MINUTE],
          );
          for (const [from, to, changed] of history) {
            await insertRow(server, 'case_status_change', {
              beneficiary_id: id,
              from_status: from,
              to_status: to,
              changed_at: new Date(changed),
              reason: 'test',
            });
          }
          const today = todayInItaly();
          const expected =
            periods.reduce((sum, _, i) => sum + daysBetween(italianDay(at[2 * i]), italianDay(at[2 * i + 1])), 0) +
            daysBetween(italianDay(opened), today);

          const runner = server.dataSource.createQueryRunner();
          try {
            await runner.query(`SET TimeZone = '${timeZone}'`);
            const [pair] = await findEligiblePairs(runner.manager, { beneficiaryId: id }, {});
            const [profile] = await runner.query(
              `SELECT ${WAITING_FACTOR_SQL} AS factor, p.waiting_since::text AS since FROM match_profile p WHERE p.beneficiary_id = $1`,
              [id],
            );
            const thresholds = [expected - 1, expected, expected + 1].filter((d) => d > 0);
            const cutoffs = await waitingCutoffs(runner.manager, thresholds);
            fc.pre(todayInItaly() === today);
            expect(pair?.waitingDays).toBe(expected);
            expect(Number(profile.factor)).toBeCloseTo(Math.min(expected / DAYS_FOR_FULL_WAITING, 1), 9);
            for (const d of thresholds) {
              expect({ d, waitedThatLong: profile.since < cutoffs.get(d)! }).toEqual({
                d,
                waitedThatLong: expected >= d,
              });
            }
          } finally {
            await runner.query('RESET TimeZone');
            await runner.release();
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('matchingFairness', () => {
  const FAIRNESS = `query($a: Int!, $asOf: LocalDate) { matchingFairness(ambito: $a, asOf: $asOf) { ambito asOf openings eligiblePairs
    groups { dimension value suppressed people poolShare topShare meanScore meanRank ratio flagged } } }`;

  it('answers on the demo data for a coordinator, with every definition holding, and is audited as a read of health data', async () => {
    const { data, errors } = await server.gql(FAIRNESS, { a: 1 });
    expect(errors).toBeUndefined();
    const report = data!.matchingFairness;
    expect(report.openings).toBeGreaterThan(0);
    expect(report.eligiblePairs).toBeGreaterThan(0);
    const dimensions = new Set(report.groups.map((g: any) => g.dimension));
    expect([...dimensions].sort()).toEqual([
      'AGE_BAND',
      'DISABILITY_KIND',
      'LAW381_CATEGORY',
      'LAW68_ART1',
      'SOCIAL_SERVICES',
      'TRANSPORT_MODE',
    ]);
    for (const g of report.groups) {
      if (g.suppressed) {
        expect(g).toMatchObject({
          people: null,
          poolShare: null,
          topShare: null,
          meanScore: null,
          meanRank: null,
          ratio: null,
          flagged: false,
        });
      } else {
        expect(g.people).toBeGreaterThanOrEqual(5);
        // Both shares are rounded to 4 decimals before this division: a relative tolerance.
        expect(Math.abs(g.ratio - g.topShare / g.poolShare)).toBeLessThan(0.02 * Math.max(g.ratio, 0.05));
        expect(g.flagged).toBe(g.ratio < 0.8);
      }
    }
    const law68 = report.groups.filter((g: any) => g.dimension === 'LAW68_ART1' && !g.suppressed);
    if (law68.length === 2) expect(law68[0].poolShare + law68[1].poolShare).toBeCloseTo(1, 3);

    const [read] = await server.dataSource.query(
      `SELECT record_type, record_id, fields, operation FROM audit_event WHERE action = 'READ' AND record_type = 'MatchingFairness' ORDER BY id DESC LIMIT 1`,
    );
    expect(read).toEqual({
      record_type: 'MatchingFairness',
      record_id: `ambito 1 on ${report.asOf}`,
      fields: ['groups'],
      operation: 'matchingFairness',
    });
  });

  it('is for coordinators only, and measures today only', async () => {
    const [operator] = await server.dataSource.query(
      `INSERT INTO operator (given_name, family_name, email, role, ambito_number) VALUES ('Anna', 'Bassi', 'fair-op@giustaoccupazione.example', 'OPERATOR', 1) RETURNING id`,
    );
    const refused = await server.gql(FAIRNESS, { a: 1 }, { as: operator.id });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const past = await server.gql(FAIRNESS, { a: 1, asOf: '2024-01-01' });
    expect(past.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
  });
});
