import fc from 'fast-check';
import { findEligiblePairs } from '../../src/modules/matching/reads/candidate-search';
import { countCandidates, preRankCandidates } from '../../src/modules/matching/reads/candidate-ranking';
import { DEFAULT_WEIGHTS, MatchFactorCode } from '../../src/modules/matching/rules/factors';
import { preRankOpenings } from '../../src/modules/matching/reads/opening-ranking';
import { openingToRank } from '../../src/modules/matching/reads/opening-to-rank';
import { scoreEligiblePairs } from '../../src/modules/matching/pair-scoring';
import { PRE_SCORE_TOLERANCE } from '../../src/modules/matching/sql/scoring-sql';
import { setMatchingWeights } from '../../src/modules/matching/weights.service';
import { MatchFilter } from '../../src/modules/matching/sql/pair-query';
import { toGlobalId } from '../../src/graphql/relay';
import { seedDemoData } from '../../src/seed/demo-data';
import { weightsArb } from '../helpers/matching-arbitraries';
import { openingsToRank } from '../helpers/fixtures';
import { startTestServer, TestServer } from '../helpers/test-server';

let server: TestServer;
let openingIds: string[];

beforeAll(async () => {
  server = await startTestServer();
  await seedDemoData(server.dataSource);
  openingIds = await openingsToRank(server, 30);
}, 120_000);
afterAll(() => server.close());

const EVERYONE = 1_000_000;

/** The people the profile-based pre-rank admits, and those the hard constraints over the source tables admit. */
async function admittedBothWays(
  openingId: string,
  filter: MatchFilter,
): Promise<{ profile: string[]; tables: string[] }> {
  const manager = server.dataSource.manager;
  const profile = (await preRankCandidates(manager, openingId, filter, EVERYONE)).map((r) => r.id).sort();
  const tables = [
    ...new Set((await findEligiblePairs(manager, { openingId }, filter)).map((p) => p.beneficiaryId)),
  ].sort();
  return { profile, tables };
}

/** The two derived tables, each with its key and the call that rebuilds it from the source tables. */
const PROFILES = {
  people: {
    table: 'match_profile',
    key: 'beneficiary_id',
    rebuild: 'refresh_match_profiles(ARRAY(SELECT id FROM beneficiary))',
  },
  openings: {
    table: 'opening_match_profile',
    key: 'opening_id',
    rebuild: 'refresh_opening_match_profiles(ARRAY(SELECT id FROM opening))',
  },
};
type Profile = (typeof PROFILES)[keyof typeof PROFILES];

/**
 * A profile's rows, comparable between its kept and rebuilt forms: bit strings read without trailing zeros, since
 * a rebuild makes them as long as the catalogue is now, and a skill added to it since is held by nobody it did not touch.
 */
function comparable(rows: Array<Record<string, unknown>>): unknown[] {
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([column, value]) => [
        column,
        column.startsWith('skills_from_level_') ? String(value).replace(/0+$/, '') : value,
      ]),
    ),
  );
}

async function keptRows({ table, key }: Profile): Promise<unknown[]> {
  return comparable(await server.dataSource.query(`SELECT * FROM ${table} ORDER BY ${key}`));
}

/** The table as a rebuild from the source tables makes it; rolled back, so the kept one is untouched. */
async function rebuiltRows({ table, key, rebuild }: Profile): Promise<unknown[]> {
  const runner = server.dataSource.createQueryRunner();
  await runner.startTransaction();
  try {
    await runner.query(`DELETE FROM ${table}`);
    await runner.query(`SELECT ${rebuild}`);
    return comparable(await runner.query(`SELECT * FROM ${table} ORDER BY ${key}`));
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

describe('the match profile behind the candidate ranking', () => {
  it('admits and counts exactly the people the hard constraints admit, for every opening and each filter', async () => {
    const [{ municipalityId }] = await server.dataSource.query(
      `SELECT residence_municipality_id AS "municipalityId" FROM beneficiary GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    );
    const filters: MatchFilter[] = [
      {},
      { ambito: 3 },
      { municipalityId },
      { caseStatuses: ['ORIENTATION' as never] },
      { maxCommuteKm: 12 },
    ];
    let admitted = 0;
    for (const openingId of openingIds) {
      for (const filter of filters) {
        const { profile, tables } = await admittedBothWays(openingId, filter);
        expect({ openingId, filter, ids: profile }).toEqual({ openingId, filter, ids: tables });
        expect(await countCandidates(server.dataSource.manager, openingId, filter)).toBe(tables.length);
        admitted += profile.length;
      }
    }
    expect(admitted).toBeGreaterThan(openingIds.length * 10);
  });

  it('holds only people whose case can take a placement', async () => {
    const [{ unavailable }] = await server.dataSource.query(
      `SELECT count(*)::int AS unavailable FROM match_profile p JOIN beneficiary b ON b.id = p.beneficiary_id
       WHERE b.case_status IN ('CLOSED', 'PLACED', 'MONITORING')`,
    );
    const [{ missing }] = await server.dataSource.query(
      `SELECT count(*)::int AS missing FROM beneficiary b WHERE b.case_status NOT IN ('CLOSED', 'PLACED', 'MONITORING')
       AND NOT EXISTS (SELECT 1 FROM match_profile p WHERE p.beneficiary_id = b.id)`,
    );
    expect({ unavailable, missing }).toEqual({ unavailable: 0, missing: 0 });
  });

  it('follows every write through the API, as a rebuild from scratch would make it', async () => {
    const manager = server.dataSource.manager;
    let openingId = openingIds[0];
    let admitted: string[] = [];
    for (const id of openingIds) {
      admitted = (await preRankCandidates(manager, id, {}, EVERYONE)).map((r) => r.id).sort();
      openingId = id;
      if (admitted.length >= 4) break;
    }
    const [opening] = await server.dataSource.query(`SELECT sector FROM opening WHERE id = $1`, [openingId]);
    const before = await keptRows(PROFILES.people);
    expect(admitted.length).toBeGreaterThanOrEqual(4);
    const people = admitted.slice(0, 4).map((id) => ({ id }));
    const [excluding, closing, learning, moving] = people.map((p) => toGlobalId('Beneficiary', p.id));
    const [skill] = await server.dataSource.query(
      `SELECT id FROM skill WHERE id NOT IN (SELECT skill_id FROM beneficiary_skill WHERE beneficiary_id = $1) ORDER BY code LIMIT 1`,
      [people[2].id],
    );
    const [elsewhere] = await server.dataSource.query(
      `SELECT m.id FROM municipality m WHERE m.id <> (SELECT residence_municipality_id FROM beneficiary WHERE id = $1)
       AND m.ambito_number IS NOT NULL ORDER BY m.name LIMIT 1`,
      [people[3].id],
    );
    const [movingSkill] = await server.dataSource.query(
      `SELECT skill_id AS "skillId" FROM beneficiary_skill WHERE beneficiary_id = $1 ORDER BY skill_id LIMIT 1`,
      [people[3].id],
    );
    const writes: Array<[string, Record<string, unknown>]> = [
      [
        `mutation($id: ID!, $sector: Sector!) { setWorkConstraints(beneficiaryId: $id, input: {
          excludedSectors: [$sector], availableShifts: [MORNING], transportModes: [CAR, WALK], maxCommuteMinutes: 40 }) { maxCommuteMinutes } }`,
        { id: excluding, sector: opening.sector },
      ],
      [`mutation($id: ID!) { closeCase(beneficiaryId: $id, reason: "Moved away") { caseStatus } }`, { id: closing }],
      [
        `mutation($id: ID!, $skill: ID!) { setBeneficiarySkill(beneficiaryId: $id, input: { skillId: $skill, level: 3, source: OPERATOR_ASSESSED }) { level } }`,
        { id: learning, skill: toGlobalId('Skill', skill.id) },
      ],
      [
        `mutation($id: ID!, $skill: ID!) { setBeneficiarySkill(beneficiaryId: $id, input: { skillId: $skill, level: 1, source: OPERATOR_ASSESSED }) { level } }`,
        { id: learning, skill: toGlobalId('Skill', skill.id) },
      ],
      [
        `mutation($id: ID!, $skill: ID!) { removeBeneficiarySkill(beneficiaryId: $id, skillId: $skill) { id } }`,
        { id: moving, skill: toGlobalId('Skill', movingSkill.skillId) },
      ],
      [
        `mutation($id: ID!, $municipality: ID!) { updateBeneficiary(id: $id, input: { residenceMunicipalityId: $municipality, hasDrivingLicence: true }) { id } }`,
        { id: moving, municipality: toGlobalId('Municipality', elsewhere.id) },
      ],
    ];
    for (const [query, variables] of writes) {
      const { errors } = await server.gql(query, variables);
      expect(errors).toBeUndefined();
    }

    const kept = await keptRows(PROFILES.people);
    expect(kept).not.toEqual(before);
    expect(kept).toEqual(await rebuiltRows(PROFILES.people));
    const ranked = (await preRankCandidates(manager, openingId, {}, EVERYONE)).map((r) => r.id);
    expect(ranked).not.toContain(people[0].id);
    expect(ranked).not.toContain(people[1].id);
    const { profile, tables } = await admittedBothWays(openingId, {});
    expect(profile).toEqual(tables);
  });

  it('pre-scores every person with the weights of the ambito they live in, as the exact score does', async () => {
    const manager = server.dataSource.manager;
    const asList = (weights: Record<MatchFactorCode, number>) =>
      (Object.keys(weights) as MatchFactorCode[]).map((factor) => ({ factor, weight: weights[factor] }));
    const before: Array<{ ambito: number; factor: string; weight: string }> = await manager.query(
      'SELECT ambito_number AS ambito, factor, weight FROM matching_weight',
    );
    try {
      await fc.assert(
        fc.asyncProperty(weightsArb, weightsArb, async (first, third) => {
          await setMatchingWeights(server.dataSource, 1, asList(first), null);
          await setMatchingWeights(server.dataSource, 3, asList(third), null);
          for (const openingId of openingIds.slice(0, 8)) {
            const opening = await openingToRank(manager, openingId);
            const ranked = await preRankCandidates(manager, openingId, {}, EVERYONE, opening);
            const preScores = new Map(ranked.map((row) => [row.id, row.preScore]));
            const exact = await scoreEligiblePairs(manager, await findEligiblePairs(manager, { openingId }, {}), {
              weights: opening.weights.weightsByAmbito,
              shortfalls: opening.shortfalls,
            });
            expect(preScores.size).toBe(exact.length);
            for (const { beneficiaryId, score } of exact) {
              const off = Math.abs(preScores.get(beneficiaryId)! - score);
              expect({ openingId, beneficiaryId, off: off <= PRE_SCORE_TOLERANCE }).toEqual({
                openingId,
                beneficiaryId,
                off: true,
              });
            }
          }
        }),
        { numRuns: 5 },
      );
    } finally {
      for (const { ambito, factor, weight } of before) {
        await manager.query('UPDATE matching_weight SET weight = $3 WHERE ambito_number = $1 AND factor = $2', [
          ambito,
          factor,
          weight,
        ]);
      }
    }
  });

  it('ranks on a skill added to the catalogue after the profiles were built', async () => {
    const created = await server.gql(
      `mutation { createSkill(input: { code: "LATE_ADDED_SKILL", labelIt: "Competenza aggiunta", labelEn: "Late skill",
        kind: SKILL, sector: LOGISTICS }) { id } }`,
    );
    expect(created.errors).toBeUndefined();
    const skillId = created.data!.createSkill.id;
    const openingId = openingIds[1];
    const [holder] = await preRankCandidates(server.dataSource.manager, openingId, {}, EVERYONE);
    const set = await server.gql(
      `mutation($id: ID!, $skill: ID!) { setBeneficiarySkill(beneficiaryId: $id, input: { skillId: $skill, level: 2, source: OPERATOR_ASSESSED }) { level } }`,
      { id: toGlobalId('Beneficiary', holder.id), skill: skillId },
    );
    expect(set.errors).toBeUndefined();
    const updated = await server.gql(
      `mutation($id: ID!, $skill: ID!) { updateOpening(id: $id, input: {
        requiredSkills: [{ skillId: $skill, requirement: REQUIRED, minimumLevel: 2, indispensable: true }] }) { id } }`,
      { id: toGlobalId('Opening', openingId), skill: skillId },
    );
    expect(updated.errors).toBeUndefined();

    const { profile, tables } = await admittedBothWays(openingId, {});
    expect(profile).toEqual(tables);
    expect(profile).toEqual([holder.id]);
  });
});

describe('the match profiles under concurrent writes', () => {
  /** Two transactions write rows of the same person (or opening); the second's refresh must see the first's. */
  async function concurrently(first: string, second: string, params: [unknown[], unknown[]]): Promise<void> {
    const [one, two] = [server.dataSource.createQueryRunner(), server.dataSource.createQueryRunner()];
    await Promise.all([one.startTransaction(), two.startTransaction()]);
    try {
      await one.query(first, params[0]);
      const [{ pid }] = await two.query(`SELECT pg_backend_pid() AS pid`);
      const blocked = two.query(second, params[1]);
      // The second write waits for the first transaction: commit it only once the second is seen waiting.
      for (let i = 0; i < 200; i++) {
        const [{ waiting }] = await server.dataSource.query(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE pid = $1 AND wait_event_type = 'Lock'`,
          [pid],
        );
        if (waiting) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await one.commitTransaction();
      await blocked;
      await two.commitTransaction();
    } finally {
      await Promise.all([one.release(), two.release()]);
    }
  }

  it.each([
    {
      what: 'two skills added to one person',
      profile: PROFILES.people,
      owners: `SELECT beneficiary_id AS id FROM match_profile ORDER BY beneficiary_id LIMIT 1`,
      held: `SELECT skill_id FROM beneficiary_skill WHERE beneficiary_id = $1`,
      write: `INSERT INTO beneficiary_skill (beneficiary_id, skill_id, level, source, assessed_on)
              VALUES ($1, $2, 3, 'OPERATOR_ASSESSED', current_date)`,
    },
    {
      what: 'two skills asked by one opening',
      profile: PROFILES.openings,
      owners: `SELECT opening_id AS id FROM opening_match_profile ORDER BY opening_id LIMIT 1`,
      held: `SELECT skill_id FROM opening_skill WHERE opening_id = $1`,
      write: `INSERT INTO opening_skill (opening_id, skill_id, requirement, minimum_level, indispensable)
              VALUES ($1, $2, 'REQUIRED', 2, true)`,
    },
  ])('keeps both of $what at the same time', async ({ profile, owners, held, write }) => {
    const [owner] = await server.dataSource.query(owners);
    const skills: Array<{ id: string }> = await server.dataSource.query(
      `SELECT id FROM skill WHERE id NOT IN (${held}) ORDER BY code LIMIT 2`,
      [owner.id],
    );
    await concurrently(write, write, [
      [owner.id, skills[0].id],
      [owner.id, skills[1].id],
    ]);
    expect(await keptRows(profile)).toEqual(await rebuiltRows(profile));
  });
});

describe('the opening profile behind the ranking of openings', () => {
  const weights = { weightsByAmbito: new Map(), defaultWeights: DEFAULT_WEIGHTS };

  async function openingsBothWays(
    beneficiaryId: string,
    filter: MatchFilter,
  ): Promise<{ profile: string[]; tables: string[] }> {
    const manager = server.dataSource.manager;
    const profile = (await preRankOpenings(manager, beneficiaryId, filter, EVERYONE, weights)).sort();
    const tables = [
      ...new Set((await findEligiblePairs(manager, { beneficiaryId }, filter)).map((p) => p.openingId)),
    ].sort();
    return { profile, tables };
  }

  it('admits exactly the openings the hard constraints admit, for many people and each filter', async () => {
    const people: Array<{ id: string }> = await server.dataSource.query(
      `SELECT beneficiary_id AS id FROM match_profile ORDER BY md5(beneficiary_id::text) LIMIT 25`,
    );
    const [{ municipalityId }] = await server.dataSource.query(
      `SELECT s.municipality_id AS "municipalityId" FROM opening o JOIN employer_site s ON s.id = o.site_id
       WHERE o.status = 'OPEN' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    );
    const filters: MatchFilter[] = [{}, { ambito: 1 }, { municipalityId }, { maxCommuteKm: 8 }];
    let admitted = 0;
    for (const { id } of people) {
      for (const filter of filters) {
        const { profile, tables } = await openingsBothWays(id, filter);
        expect({ id, filter, openings: profile }).toEqual({ id, filter, openings: tables });
        admitted += profile.length;
      }
    }
    expect(admitted).toBeGreaterThan(people.length * 10);
  });

  it('holds exactly the open openings', async () => {
    const [{ stray, missing }] = await server.dataSource.query(
      `SELECT (SELECT count(*)::int FROM opening_match_profile mp JOIN opening o ON o.id = mp.opening_id WHERE o.status <> 'OPEN') AS stray,
              (SELECT count(*)::int FROM opening o WHERE o.status = 'OPEN'
                 AND NOT EXISTS (SELECT 1 FROM opening_match_profile mp WHERE mp.opening_id = o.id)) AS missing`,
    );
    expect({ stray, missing }).toEqual({ stray: 0, missing: 0 });
  });

  it('follows every write to openings, their skills and their sites, as a rebuild from scratch would make it', async () => {
    const before = await keptRows(PROFILES.openings);
    const [site] = await server.dataSource.query(
      `SELECT s.id, s.employer_id AS "employerId" FROM employer_site s ORDER BY s.id LIMIT 1`,
    );
    const skills: Array<{ id: string }> = await server.dataSource.query(`SELECT id FROM skill ORDER BY code LIMIT 3`);
    const skill = (i: number) => toGlobalId('Skill', skills[i].id);
    const created = await server.gql(`mutation($input: CreateOpeningInput!) { createOpening(input: $input) { id } }`, {
      input: {
        employerId: toGlobalId('Employer', site.employerId),
        siteId: toGlobalId('EmployerSite', site.id),
        title: 'Magazziniere',
        sector: 'LOGISTICS',
        weeklyHours: 30,
        shifts: ['MORNING'],
        contractType: 'TIROCINIO',
        positions: 1,
        requiredSkills: [{ skillId: skill(0), requirement: 'REQUIRED', minimumLevel: 2, indispensable: true }],
      },
    });
    expect(created.errors).toBeUndefined();
    const openingId = created.data!.createOpening.id;
    const status = (to: string) =>
      server.gql(
        `mutation($id: ID!, $to: OpeningStatus!) { changeOpeningStatus(id: $id, input: { status: $to }) { status } }`,
        {
          id: openingId,
          to,
        },
      );
    expect((await status('OPEN')).errors).toBeUndefined();
    const updated = await server.gql(
      `mutation($id: ID!, $input: UpdateOpeningInput!) { updateOpening(id: $id, input: $input) { id } }`,
      {
        id: openingId,
        input: {
          shifts: ['AFTERNOON', 'WEEKEND'],
          physicalDemands: ['DRIVING'],
          weeklyHours: 20,
          requiredSkills: [
            { skillId: skill(1), requirement: 'PREFERRED', minimumLevel: 3 },
            { skillId: skill(2), requirement: 'REQUIRED', minimumLevel: 1, indispensable: true },
          ],
        },
      },
    );
    expect(updated.errors).toBeUndefined();
    await server.dataSource.query(`UPDATE employer_site SET latitude = latitude + 0.01 WHERE id = $1`, [site.id]);

    const kept = await keptRows(PROFILES.openings);
    expect(kept).not.toEqual(before);
    expect(kept).toEqual(await rebuiltRows(PROFILES.openings));
    const [row] = await server.dataSource.query(
      `SELECT mp.weekly_hours, mp.skill_credit_total, cardinality(mp.indispensable_skills) AS indispensable
       FROM opening_match_profile mp JOIN opening o ON o.id = mp.opening_id WHERE o.title = 'Magazziniere'`,
    );
    expect(row).toEqual({ weekly_hours: 20, skill_credit_total: 3, indispensable: 1 });

    expect((await status('ON_HOLD')).errors).toBeUndefined();
    const [{ held }] = await server.dataSource.query(
      `SELECT count(*)::int AS held FROM opening_match_profile mp JOIN opening o ON o.id = mp.opening_id WHERE o.title = 'Magazziniere'`,
    );
    expect(held).toBe(0);
    expect(await keptRows(PROFILES.openings)).toEqual(await rebuiltRows(PROFILES.openings));
  });
});
