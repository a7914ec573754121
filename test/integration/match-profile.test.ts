import { findEligiblePairs } from '../../src/modules/matching/candidate-search';
import { preRankCandidates } from '../../src/modules/matching/candidate-ranking';
import { MatchFilter } from '../../src/modules/matching/pair-query';
import { toGlobalId } from '../../src/graphql/relay';
import { seedDemoData } from '../../src/seed/demo-data';
import { startTestServer, TestServer } from '../helpers/test-server';

let server: TestServer;
let openingIds: string[];

beforeAll(async () => {
  server = await startTestServer();
  await seedDemoData(server.dataSource);
  openingIds = (await server.dataSource.query(`SELECT id FROM opening WHERE status = 'OPEN' ORDER BY id LIMIT 30`)).map(
    (r: { id: string }) => r.id,
  );
}, 120_000);
afterAll(() => server.close());

const EVERYONE = 1_000_000;

/** The people the profile-based pre-rank admits, and those the hard constraints over the source tables admit. */
async function admittedBothWays(openingId: string, filter: MatchFilter): Promise<{ profile: string[]; tables: string[] }> {
  const manager = server.dataSource.manager;
  const profile = (await preRankCandidates(manager, openingId, filter, EVERYONE)).map((r) => r.id).sort();
  const tables = [...new Set((await findEligiblePairs(manager, { openingId }, filter)).map((p) => p.beneficiaryId))].sort();
  return { profile, tables };
}

async function profileSnapshot(): Promise<unknown[]> {
  return server.dataSource.query(`SELECT * FROM match_profile ORDER BY beneficiary_id`);
}

/** The profile as a rebuild from the source tables makes it; rolled back, so the kept one is untouched. */
async function rebuiltSnapshot(): Promise<unknown[]> {
  const runner = server.dataSource.createQueryRunner();
  await runner.startTransaction();
  try {
    await runner.query(`DELETE FROM match_profile`);
    await runner.query(`SELECT refresh_match_profiles(ARRAY(SELECT id FROM beneficiary))`);
    return await runner.query(`SELECT * FROM match_profile ORDER BY beneficiary_id`);
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

describe('the match profile behind the candidate ranking', () => {
  it('admits exactly the people the hard constraints admit, for every opening and each filter', async () => {
    const [{ municipalityId }] = await server.dataSource.query(
      `SELECT residence_municipality_id AS "municipalityId" FROM beneficiary GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    );
    const filters: MatchFilter[] = [{}, { ambito: 3 }, { municipalityId }, { caseStatuses: ['ORIENTATION' as never] }, { maxCommuteKm: 12 }];
    let admitted = 0;
    for (const openingId of openingIds) {
      for (const filter of filters) {
        const { profile, tables } = await admittedBothWays(openingId, filter);
        expect({ openingId, filter, ids: profile }).toEqual({ openingId, filter, ids: tables });
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
    const before = await profileSnapshot();
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

    const kept = await profileSnapshot();
    expect(kept).not.toEqual(before);
    expect(kept).toEqual(await rebuiltSnapshot());
    const ranked = (await preRankCandidates(manager, openingId, {}, EVERYONE)).map((r) => r.id);
    expect(ranked).not.toContain(people[0].id);
    expect(ranked).not.toContain(people[1].id);
    const { profile, tables } = await admittedBothWays(openingId, {});
    expect(profile).toEqual(tables);
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
