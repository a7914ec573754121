import { addDays, todayInItaly } from '../../src/config/calendar';
import { computeCodiceFiscale } from '../../src/modules/beneficiaries/codice-fiscale';
import { completePartitaIva } from '../../src/modules/employers/partita-iva';
import { createOperator, insertRow, insertEmployer } from '../helpers/fixtures';
import { startTestServer, TestServer } from '../helpers/test-server';

let server: TestServer;
const town: Record<string, { id: string; latitude: number; longitude: number }> = {};
const skill: Record<string, string> = {};
const person: Record<string, string> = {};
const opening: Record<string, string> = {};
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64url');
let employerSeq = 0;
let personSeq = 0;

const insert = (table: string, row: Record<string, unknown>) => insertRow(server, table, row);

async function addOpening(
  name: string,
  fields: Record<string, unknown>,
  skills: Array<{
    code: string;
    requirement: 'REQUIRED' | 'PREFERRED';
    minimum_level: number;
    indispensable?: boolean;
  }>,
  where = 'Rezzato',
) {
  employerSeq += 1;
  const employerId = await insertEmployer(server, {
    legalName: `${name} S.r.l.`,
    partitaIva: completePartitaIva(`${String(employerSeq).padStart(7, '0')}017`),
  });
  const siteId = await insert('employer_site', {
    employer_id: employerId,
    name: `Sede di ${where}`,
    address: 'Via Roma 1',
    municipality_id: town[where].id,
    latitude: town[where].latitude,
    longitude: town[where].longitude,
  });
  opening[name] = await insert('opening', {
    employer_id: employerId,
    site_id: siteId,
    title: name,
    sector: 'LOGISTICS',
    weekly_hours: 30,
    shifts: ['MORNING'],
    contract_type: 'TIROCINIO',
    positions: 1,
    physical_demands: ['PROLONGED_STANDING'],
    accessibility_features: ['STEP_FREE_ACCESS'],
    status: 'OPEN',
    ...fields,
  });
  for (const s of skills) {
    await insert('opening_skill', {
      opening_id: opening[name],
      skill_id: skill[s.code],
      requirement: s.requirement,
      minimum_level: s.minimum_level,
      indispensable: s.indispensable ?? false,
    });
  }
  return { employerId, openingId: opening[name] };
}

/**
 * An instant of the Italian calendar day `days` before today (its 11:00 UTC, or now if that is still to come): a case
 * opened then has waited exactly that many days at any hour the test runs. An instant an hour before "now" fell on
 * the day before in the first hour after midnight, and the test failed at that hour.
 */
function dayAgoInItaly(days: number): Date {
  return new Date(Math.min(Date.now(), Date.parse(`${addDays(todayInItaly(), -days)}T11:00:00Z`)));
}

async function addPerson(
  name: string,
  fields: {
    where?: string;
    status?: string;
    waitingDays?: number;
    openedAt?: Date;
    licence?: boolean;
    law68?: boolean;
  },
  skills: Record<string, number>,
  constraints: Record<string, unknown> | null,
) {
  personSeq += 1;
  const birthDate = `${1950 + (personSeq % 50)}-03-0${1 + (personSeq % 9)}`;
  person[name] = await insert('beneficiary', {
    codice_fiscale: computeCodiceFiscale({
      surname: name,
      givenName: 'Test',
      birthDate,
      sex: 'M',
      belfioreCode: 'H256',
    }),
    given_name: 'Test',
    family_name: name,
    birth_date: birthDate,
    residence_municipality_id: town[fields.where ?? 'Rezzato'].id,
    case_status: fields.status ?? 'ORIENTATION',
    has_driving_licence: fields.licence ?? false,
    law68_category: fields.law68 ? 'DISABLED_ART1' : null,
    case_opened_at: fields.openedAt ?? dayAgoInItaly(fields.waitingDays ?? 0),
  });
  for (const [code, level] of Object.entries(skills)) {
    await insert('beneficiary_skill', {
      beneficiary_id: person[name],
      skill_id: skill[code],
      level,
      source: 'OPERATOR_ASSESSED',
      assessed_on: '2026-01-10',
    });
  }
  if (constraints) {
    await server.dataSource.query(
      `INSERT INTO work_constraints (beneficiary_id, ${Object.keys(constraints).join(', ')}) VALUES ($1, ${Object.keys(
        constraints,
      )
        .map((_, i) => `$${i + 2}`)
        .join(', ')})`,
      [person[name], ...Object.values(constraints)],
    );
  }
}

const MATCH_CANDIDATES = `query($id: ID!, $filter: MatchFilterInput, $includeExcluded: Boolean) {
  matchCandidates(openingId: $id, filter: $filter, includeExcluded: $includeExcluded) {
    totalEligible totalExcluded
    matches { rank score beneficiary { familyName } factors { code weight factorScore points explanation }
      skillGaps { requirement levelNeeded levelHeld skill { code } }
      commute { distanceKm estimatedMinutes fastestMode }
      accommodations { need offered arrangeable } }
    excluded { beneficiary { familyName } reasons { code explanation } } } }`;

const WAREHOUSE_SKILLS = [
  { code: 'LOG_PICKING', requirement: 'REQUIRED' as const, minimum_level: 2 },
  { code: 'LOG_PACKING', requirement: 'PREFERRED' as const, minimum_level: 1 },
];

beforeAll(async () => {
  server = await startTestServer();
  for (const m of await server.dataSource.query(`SELECT id, name, latitude, longitude FROM municipality`))
    town[m.name] = m;
  for (const s of await server.dataSource.query(`SELECT id, code FROM skill`)) skill[s.code] = s.id;

  await addOpening('Magazzino', {}, WAREHOUSE_SKILLS);
  await addPerson(
    'Best',
    { waitingDays: 400 },
    { LOG_PICKING: 3, LOG_PACKING: 2 },
    {
      min_weekly_hours: 20,
      max_weekly_hours: 35,
      available_shifts: ['MORNING'],
      transport_modes: ['PUBLIC_TRANSPORT'],
      max_commute_minutes: 60,
      preferred_sectors: ['LOGISTICS'],
      accessibility_needs: ['STEP_FREE_ACCESS'],
    },
  );
  await addPerson('Middle', { waitingDays: 0 }, { LOG_PICKING: 1 }, null);
  await addPerson(
    'Third',
    { waitingDays: 73 },
    { LOG_PICKING: 2 },
    { max_commute_minutes: 30, preferred_sectors: ['CARE'] },
  );

  await addPerson('Closed', { status: 'CLOSED' }, {}, null);
  await addPerson('Placed', { status: 'PLACED' }, {}, null);
  await addPerson('Hours', {}, {}, { max_weekly_hours: 20 });
  await addPerson('Shifts', {}, {}, { available_shifts: ['AFTERNOON'] });
  await addPerson('Standing', {}, {}, { physical_limitations: ['PROLONGED_STANDING'] });
  await addPerson('Quiet', {}, {}, { accessibility_needs: ['QUIET_ENVIRONMENT'] });
  await addPerson('Far', { where: 'Nuvolento' }, {}, { max_commute_km: 5 });
  await addPerson('Sector', {}, {}, { excluded_sectors: ['LOGISTICS'] });
  await addPerson('Several', { status: 'CLOSED' }, {}, { max_weekly_hours: 10, excluded_sectors: ['LOGISTICS'] });
}, 60_000);
afterAll(() => server.close());

describe('matchCandidates', () => {
  it('ranks candidates as computed by hand, each score the exact sum of its factors', async () => {
    const { data, errors } = await server.gql(MATCH_CANDIDATES, { id: gid('Opening', opening.Magazzino) });
    expect(errors).toBeUndefined();
    const ranking = data!.matchCandidates;
    // Best:   skills 1 → 44.44; commute 12 of 60 min → 0.8 × 22.22 = 17.78; preferred sector 0.7 × 16.67 = 11.67;
    //         waiting over a year → 11.11; no past placement → 0.                                        = 85.00
    // Third:  skills (2×1+0)/3 → 29.63; commute 12 of 60 min (its own limit of 30 plays no part) → 17.78;
    //         preference mismatch 0; waiting 73 days → 0.2 × 11.11 = 2.22                                 = 49.63
    // Middle: skills (2×0.25)/3 → 7.41; commute 12 of 60 (reference) → 17.78; no preferences 0.5 → 8.33; 0 = 33.52
    expect(ranking.matches.map((m: any) => [m.rank, m.beneficiary.familyName, m.score])).toEqual([
      [1, 'Best', 85],
      [2, 'Third', 49.63],
      [3, 'Middle', 33.52],
    ]);
    for (const match of ranking.matches) {
      const points = match.factors.reduce((sum: number, f: any) => sum + Math.round(f.points * 100), 0);
      expect(points).toBe(Math.round(match.score * 100));
      expect(match.factors.map((f: any) => f.code)).not.toContain('LAW68_QUOTA');
    }
    expect(ranking.totalEligible).toBe(3);
  });

  it('explains the skill gaps, the commute and the accommodations of a candidate', async () => {
    const { data } = await server.gql(MATCH_CANDIDATES, { id: gid('Opening', opening.Magazzino) });
    const [best, third, middle] = data!.matchCandidates.matches;
    expect(best.skillGaps).toEqual([]);
    expect(best.accommodations).toEqual([{ need: 'STEP_FREE_ACCESS', offered: true, arrangeable: false }]);
    expect(best.commute).toEqual({ distanceKm: 0, estimatedMinutes: 12, fastestMode: 'PUBLIC_TRANSPORT' });
    expect(third.skillGaps).toEqual([
      { requirement: 'PREFERRED', levelNeeded: 1, levelHeld: null, skill: { code: 'LOG_PACKING' } },
    ]);
    expect(middle.skillGaps).toEqual([
      { requirement: 'REQUIRED', levelNeeded: 2, levelHeld: 1, skill: { code: 'LOG_PICKING' } },
      { requirement: 'PREFERRED', levelNeeded: 1, levelHeld: null, skill: { code: 'LOG_PACKING' } },
    ]);
    expect(best.factors.find((f: any) => f.code === 'SKILLS').explanation).toBe(
      'Possiede 1 di 1 competenza richiesta al livello chiesto; 1 di 1 preferita',
    );
  });

  it.each([
    ['Closed', 'CASE_NOT_AVAILABLE', 'Il percorso è chiuso'],
    ['Placed', 'CASE_NOT_AVAILABLE', 'La persona è già inserita'],
    ['Hours', 'WEEKLY_HOURS', "Può lavorare 0–20 ore a settimana; l'offerta è di 30 ore"],
    ['Shifts', 'SHIFTS', "Non può lavorare nel turno richiesto dall'offerta: MORNING"],
    ['Standing', 'PHYSICAL_LIMITATION', 'Il lavoro comporta PROLONGED_STANDING'],
    ['Quiet', 'ACCESSIBILITY', 'Ha bisogno di QUIET_ENVIRONMENT, che il luogo di lavoro non offre'],
    ['Far', 'COMMUTE', 'oltre il limite di 5 km'],
    ['Sector', 'EXCLUDED_SECTOR', "L'operatore ha escluso il settore LOGISTICS"],
  ])('excludes %s for the %s constraint, with the reason', async (name, code, text) => {
    const { data } = await server.gql(MATCH_CANDIDATES, {
      id: gid('Opening', opening.Magazzino),
      includeExcluded: true,
    });
    const excluded = data!.matchCandidates.excluded.find((e: any) => e.beneficiary.familyName === name);
    expect(excluded.reasons).toEqual([{ code, explanation: expect.stringContaining(text) }]);
    expect(data!.matchCandidates.matches.map((m: any) => m.beneficiary.familyName)).not.toContain(name);
  });

  it('lists every hard constraint an excluded candidate fails', async () => {
    const { data } = await server.gql(MATCH_CANDIDATES, {
      id: gid('Opening', opening.Magazzino),
      includeExcluded: true,
    });
    const several = data!.matchCandidates.excluded.find((e: any) => e.beneficiary.familyName === 'Several');
    expect(several.reasons.map((r: any) => r.code)).toEqual(['CASE_NOT_AVAILABLE', 'WEEKLY_HOURS', 'EXCLUDED_SECTOR']);
    expect(data!.matchCandidates.totalExcluded).toBe(9);
  });

  it('excludes a candidate without an indispensable skill, and one without a licence for a driving job', async () => {
    await addOpening('Consegne', { physical_demands: ['DRIVING'], shifts: ['MORNING'] }, [
      { code: 'LOG_PICKING', requirement: 'REQUIRED', minimum_level: 1, indispensable: true },
    ]);
    await addPerson('Driver', { licence: true }, { LOG_PICKING: 1 }, null);
    const { data } = await server.gql(MATCH_CANDIDATES, {
      id: gid('Opening', opening.Consegne),
      includeExcluded: true,
      filter: { caseStatuses: ['ORIENTATION'] },
    });
    expect(data!.matchCandidates.matches.map((m: any) => m.beneficiary.familyName)).toEqual(['Driver']);
    const middle = data!.matchCandidates.excluded.find((e: any) => e.beneficiary.familyName === 'Middle');
    expect(middle.reasons.map((r: any) => r.code)).toEqual(['NO_DRIVING_LICENCE']);
    const quiet = data!.matchCandidates.excluded.find((e: any) => e.beneficiary.familyName === 'Quiet');
    expect(quiet.reasons.map((r: any) => r.code)).toEqual([
      'NO_DRIVING_LICENCE',
      'ACCESSIBILITY',
      'INDISPENSABLE_SKILL',
    ]);
    expect(quiet.reasons[2].explanation).toContain('Manca una competenza che il datore di lavoro non formerà');
  });

  it('lets the employer arrange an accommodation it does not offer yet', async () => {
    await addOpening('Ufficio', { accommodations_arrangeable: true, physical_demands: [] }, []);
    const { data } = await server.gql(MATCH_CANDIDATES, { id: gid('Opening', opening.Ufficio) });
    const quiet = data!.matchCandidates.matches.find((m: any) => m.beneficiary.familyName === 'Quiet');
    expect(quiet.accommodations).toEqual([{ need: 'QUIET_ENVIRONMENT', offered: false, arrangeable: true }]);
  });

  it('applies the filters: minimum score, maximum commute, municipality and ambito', async () => {
    const id = gid('Opening', opening.Magazzino);
    const names = async (filter: object) =>
      (await server.gql(MATCH_CANDIDATES, { id, filter })).data!.matchCandidates.matches.map(
        (m: any) => m.beneficiary.familyName,
      );
    expect(await names({ minScore: 40 })).toEqual(['Best', 'Third']);
    expect(await names({ ambito: 1 })).toEqual([]);
    expect(await names({ ambito: 3, maxCommuteKm: 1 })).toEqual(expect.arrayContaining(['Best', 'Third', 'Middle']));
    expect(await names({ ambito: 3, maxCommuteKm: 1 })).not.toContain('Far');
    expect(await names({ municipalityId: gid('Municipality', town.Brescia.id) })).toEqual([]);
  });

  it('gives the same ranking every time and breaks ties by a stable key', async () => {
    await addOpening('Pari', { physical_demands: [] }, []);
    await addPerson('TwinA', { waitingDays: 10 }, {}, null);
    await addPerson('TwinB', { waitingDays: 10 }, {}, null);
    const run = async () =>
      (await server.gql(MATCH_CANDIDATES, { id: gid('Opening', opening.Pari) })).data!.matchCandidates.matches.map(
        (m: any) => `${m.beneficiary.familyName}:${m.score}`,
      );
    const first = await run();
    expect(await run()).toEqual(first);
    const twins = first.filter((s: string) => s.startsWith('Twin'));
    const [a, b] = [person.TwinA, person.TwinB].sort();
    expect(twins[0].startsWith(a === person.TwinA ? 'TwinA' : 'TwinB')).toBe(true);
    expect(twins[0].split(':')[1]).toBe(twins[1].split(':')[1]);
    expect(b).toBeDefined();
  });

  it('counts the wait in Italian calendar days, for a case opened just after midnight in Italy too', async () => {
    await addOpening('Notte', { physical_demands: [] }, []);
    // Half past midnight in Italy, 73 days ago: still the evening before in UTC, the database session's calendar.
    const [{ at }] = await server.dataSource.query(
      `SELECT (CAST($1 AS date) + time '00:30') AT TIME ZONE 'Europe/Rome' AS at`,
      [addDays(todayInItaly(), -73)],
    );
    await addPerson('Mezzanotte', { openedAt: at }, {}, null);
    await addPerson('Mezzogiorno', { waitingDays: 73 }, {}, null);
    const { data } = await server.gql(MATCH_CANDIDATES, { id: gid('Opening', opening.Notte) });
    const waiting = (name: string) =>
      data!.matchCandidates.matches
        .find((m: any) => m.beneficiary.familyName === name)
        .factors.find((f: any) => f.code === 'WAITING_TIME');
    expect(waiting('Mezzanotte')).toMatchObject({ factorScore: 0.2 });
    expect(waiting('Mezzanotte')).toEqual(waiting('Mezzogiorno'));
  });

  it('rewards a positive past internship with the same employer', async () => {
    const { employerId, openingId } = await addOpening('Ritorno', { physical_demands: [] }, []);
    await addPerson('Returning', { waitingDays: 10 }, {}, null);
    await addPerson('Control', { waitingDays: 10 }, {}, null);
    await insert('placement', {
      beneficiary_id: person.Returning,
      employer_id: employerId,
      opening_id: openingId,
      kind: 'TIROCINIO_INCLUSIONE',
      status: 'COMPLETED',
      outcome: 'POSITIVE',
      starts_on: '2025-01-10',
      planned_end_on: '2025-07-10',
      ended_on: '2025-07-10',
      started_at: '2025-01-10T08:00:00Z',
      weekly_hours: 20,
    });
    const { data } = await server.gql(MATCH_CANDIDATES, { id: gid('Opening', opening.Ritorno) });
    const returning = data!.matchCandidates.matches.find((m: any) => m.beneficiary.familyName === 'Returning');
    expect(returning.factors.find((f: any) => f.code === 'PAST_PLACEMENT')).toMatchObject({ factorScore: 1 });
    const control = data!.matchCandidates.matches.find((m: any) => m.beneficiary.familyName === 'Control');
    // The same person without that internship scores exactly the factor's 5 of 90 points (5.56) less.
    expect(Math.round((returning.score - control.score) * 100)).toBe(556);
  });

  it('counts the employer’s uncovered Law 68/99 quota only for people eligible under Law 68/99', async () => {
    const { employerId } = await addOpening(
      'Quota',
      { physical_demands: [], counts_toward_quota: true, contract_type: 'PERMANENT' },
      [],
    );
    await server.dataSource.query(
      `INSERT INTO headcount_snapshot (employer_id, reference_date, total_employees) VALUES ($1, '2025-06-30', 80)`,
      [employerId],
    );
    await addPerson('Eligible', { waitingDays: 10, law68: true }, {}, null);
    await addPerson('NotEligible', { waitingDays: 10 }, {}, null);
    const { data } = await server.gql(MATCH_CANDIDATES, { id: gid('Opening', opening.Quota) });
    const factorsOf = (name: string) =>
      data!.matchCandidates.matches.find((m: any) => m.beneficiary.familyName === name).factors;
    const quota = factorsOf('Eligible').find((f: any) => f.code === 'LAW68_QUOTA');
    expect(quota.factorScore).toBeGreaterThan(0);
    expect(quota.explanation).toMatch(/deve ancora assumere \d+ lavorator[ei] con disabilità/);
    expect(factorsOf('NotEligible').map((f: any) => f.code)).not.toContain('LAW68_QUOTA');

    const reverse = await server.gql(
      `query($id: ID!) { matchOpenings(beneficiaryId: $id, first: 50) { matches { score opening { title } factors { code factorScore points } } } }`,
      { id: gid('Beneficiary', person.Eligible) },
    );
    const quotaOpening = reverse.data!.matchOpenings.matches.find((m: any) => m.opening.title === 'Quota');
    const forward = data!.matchCandidates.matches.find((m: any) => m.beneficiary.familyName === 'Eligible');
    expect(quotaOpening.score).toBe(forward.score);
    expect(quotaOpening.factors.find((f: any) => f.code === 'LAW68_QUOTA').factorScore).toBe(quota.factorScore);
  });

  it('answers NOT_FOUND for an opening that does not exist and BAD_USER_INPUT for a page too large', async () => {
    const missing = await server.gql(MATCH_CANDIDATES, { id: gid('Opening', '00000000-0000-4000-8000-000000000000') });
    expect(missing.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'openingId' });
    const big = await server.gql(`query($id: ID!) { matchCandidates(openingId: $id, first: 500) { totalEligible } }`, {
      id: gid('Opening', opening.Magazzino),
    });
    expect(big.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('matchOpenings', () => {
  const MATCH_OPENINGS = `query($id: ID!) { matchOpenings(beneficiaryId: $id, first: 50) {
    matches { rank score opening { title } factors { code points } } } }`;

  it('gives a pair the same score in both directions', async () => {
    const forward = await server.gql(MATCH_CANDIDATES, { id: gid('Opening', opening.Magazzino) });
    const reverse = await server.gql(MATCH_OPENINGS, { id: gid('Beneficiary', person.Best) });
    const fromForward = forward.data!.matchCandidates.matches.find((m: any) => m.beneficiary.familyName === 'Best');
    const fromReverse = reverse.data!.matchOpenings.matches.find((m: any) => m.opening.title === 'Magazzino');
    expect(fromReverse.score).toBe(fromForward.score);
    expect(fromReverse.factors).toEqual(fromForward.factors.map((f: any) => ({ code: f.code, points: f.points })));
  });

  it('puts first the opening whose employer the person already did well with, when that outweighs a better fit', async () => {
    const [occupationA, occupationB] = await server.dataSource.query(`SELECT id FROM occupation ORDER BY code LIMIT 2`);
    const plain = { physical_demands: [], accessibility_features: [], shifts: [] };
    await addOpening('PreferredJob', { ...plain, occupation_id: occupationA.id }, []);
    const { employerId } = await addOpening('KnownEmployer', { ...plain, occupation_id: occupationB.id }, []);
    await addPerson(
      'Alumna',
      { waitingDays: 30 },
      {},
      { preferred_occupation_ids: [occupationA.id], preferred_sectors: ['LOGISTICS'] },
    );
    await insert('placement', {
      beneficiary_id: person.Alumna,
      employer_id: employerId,
      kind: 'WORK_TRIAL',
      status: 'COMPLETED',
      outcome: 'POSITIVE',
      starts_on: '2025-02-03',
      planned_end_on: '2025-03-31',
      ended_on: '2025-03-31',
      started_at: '2025-02-03T08:00:00Z',
      weekly_hours: 20,
    });
    // The preferred occupation gives 5.00 points more (16.67 × 0.3) than the preferred sector alone; the good trial 5.56.
    const { data, errors } = await server.gql(
      `query($id: ID!) { matchOpenings(beneficiaryId: $id, first: 1) { matches { score opening { title } } } }`,
      {
        id: gid('Beneficiary', person.Alumna),
      },
    );
    expect(errors).toBeUndefined();
    expect(data!.matchOpenings.matches.map((m: any) => m.opening.title)).toEqual(['KnownEmployer']);
    const both = await server.gql(MATCH_OPENINGS, { id: gid('Beneficiary', person.Alumna) });
    const scoreOf = (title: string) =>
      both.data!.matchOpenings.matches.find((m: any) => m.opening.title === title).score;
    expect(Math.round((scoreOf('KnownEmployer') - scoreOf('PreferredJob')) * 100)).toBe(56);
  });

  it('ranks only open openings, best first', async () => {
    await server.dataSource.query(`UPDATE opening SET status = 'ON_HOLD' WHERE id = $1`, [opening.Ufficio]);
    const { data } = await server.gql(MATCH_OPENINGS, { id: gid('Beneficiary', person.Best) });
    const titles = data!.matchOpenings.matches.map((m: any) => m.opening.title);
    expect(titles).not.toContain('Ufficio');
    const scores = data!.matchOpenings.matches.map((m: any) => m.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    await server.dataSource.query(`UPDATE opening SET status = 'OPEN' WHERE id = $1`, [opening.Ufficio]);
  });
});

describe('placementPlan', () => {
  const PLAN = `query($ambito: Int!, $openingIds: [ID!], $beneficiaryIds: [ID!]) {
    placementPlan(ambito: $ambito, openingIds: $openingIds, beneficiaryIds: $beneficiaryIds) {
      totalScore
      assignments { score beneficiary { familyName } opening { title } }
      openings { opening { title } openPositions filledPositions unfilledReason
        bestAlternative { assignedElsewhere match { score beneficiary { familyName } } } } } }`;

  it('assigns each person at most once, within positions, maximising the total score', async () => {
    const ids = ['Best', 'Third', 'Middle'].map((n) => gid('Beneficiary', person[n]));
    const { data, errors } = await server.gql(PLAN, {
      ambito: 3,
      openingIds: [gid('Opening', opening.Magazzino), gid('Opening', opening.Pari)],
      beneficiaryIds: ids,
    });
    expect(errors).toBeUndefined();
    const plan = data!.placementPlan;
    expect(plan.assignments).toHaveLength(2);
    expect(new Set(plan.assignments.map((a: any) => a.beneficiary.familyName)).size).toBe(2);
    expect(plan.totalScore).toBeCloseTo(
      plan.assignments.reduce((s: number, a: any) => s + a.score, 0),
      2,
    );
    const warehouse = plan.openings.find((o: any) => o.opening.title === 'Magazzino');
    expect(warehouse).toMatchObject({ openPositions: 1, filledPositions: 1, unfilledReason: null });
    expect(warehouse.bestAlternative).not.toBeNull();
  });

  it('says why an opening stays unfilled', async () => {
    const { data } = await server.gql(PLAN, {
      ambito: 3,
      openingIds: [gid('Opening', opening.Consegne)],
      beneficiaryIds: [gid('Beneficiary', person.Middle)],
    });
    expect(data!.placementPlan.openings).toEqual([
      {
        opening: { title: 'Consegne' },
        openPositions: 1,
        filledPositions: 0,
        unfilledReason: 'NO_ELIGIBLE_CANDIDATE',
        bestAlternative: null,
      },
    ]);
  });
});

describe('people without the opening’s skills', () => {
  it('are read by the group of preferences that lets them beat its skill holders, and only then', async () => {
    // All in Collebeato (Ambito 1, default weights), living at the site: by car 5 minutes of the 60 of reference, 0.917.
    const [occupation] = await server.dataSource.query(`SELECT id FROM occupation ORDER BY code LIMIT 1`);
    const near = { where: 'Collebeato' };
    const car = { transport_modes: ['CAR'], max_commute_minutes: 120 };
    const { employerId } = await addOpening(
      'Assistenza',
      { sector: 'CARE', occupation_id: occupation.id, shifts: [], physical_demands: [], accessibility_features: [] },
      [
        { code: 'LOG_PICKING', requirement: 'REQUIRED', minimum_level: 2 },
        { code: 'LOG_PACKING', requirement: 'PREFERRED', minimum_level: 1 },
      ],
      'Collebeato',
    );
    // Four people hold the preferred skill only (1 of 3 credit), prefer another sector and were just referred: 35.19.
    for (const name of ['HolderA', 'HolderB', 'HolderC', 'HolderD']) {
      await addPerson(name, near, { LOG_PACKING: 1 }, { ...car, preferred_sectors: ['RETAIL'] });
    }
    // No skill of the opening, waiting over a year: the occupation preferred 48.15; the sector 43.15; no preference 39.81.
    await addPerson(
      'ByOccupation',
      { ...near, waitingDays: 400 },
      {},
      { ...car, preferred_occupation_ids: [occupation.id] },
    );
    await addPerson('BySector', { ...near, waitingDays: 400 }, {}, { ...car, preferred_sectors: ['CARE'] });
    await addPerson('NoPreference', { ...near, waitingDays: 400 }, {}, car);
    // Other preferences: at most 32.41, below the holder; a positive past trial with the employer lifts one to 37.04.
    await addPerson('Elsewhere', { ...near, waitingDays: 400 }, {}, { ...car, preferred_sectors: ['RETAIL'] });
    await addPerson('TrialWentWell', { ...near, waitingDays: 400 }, {}, { ...car, preferred_sectors: ['RETAIL'] });
    await insert('placement', {
      beneficiary_id: person.TrialWentWell,
      employer_id: employerId,
      kind: 'WORK_TRIAL',
      status: 'COMPLETED',
      outcome: 'POSITIVE',
      starts_on: '2025-03-03',
      planned_end_on: '2025-04-30',
      ended_on: '2025-04-30',
      weekly_hours: 20,
      started_at: '2025-03-03T08:00:00Z',
    });

    const ranked = async (first: number) => {
      const { data, errors } = await server.gql(
        `query($id: ID!, $first: Int!, $filter: MatchFilterInput) {
          matchCandidates(openingId: $id, first: $first, filter: $filter) { matches { score beneficiary { familyName } } } }`,
        {
          id: gid('Opening', opening.Assistenza),
          first,
          filter: { municipalityId: gid('Municipality', town.Collebeato.id) },
        },
      );
      expect(errors).toBeUndefined();
      return data!.matchCandidates.matches.map((m: any) => [m.beneficiary.familyName, m.score]);
    };
    // The fourth best of the holders (and of the trial) sets the score to beat: 35.19 leaves out the other preferences
    // (32.41 at most), so each group above it must be found through its own condition.
    expect(await ranked(4)).toEqual([
      ['ByOccupation', 48.15],
      ['BySector', 43.15],
      ['NoPreference', 39.81],
      ['TrialWentWell', 37.04],
    ]);
    expect(await ranked(1)).toEqual([['ByOccupation', 48.15]]);
    const everyone = (await ranked(20)).map(([name]: [string]) => name);
    expect(everyone.slice(0, 4)).toEqual(['ByOccupation', 'BySector', 'NoPreference', 'TrialWentWell']);
    expect(everyone.slice(4, 8).sort()).toEqual(['HolderA', 'HolderB', 'HolderC', 'HolderD']);
    expect(everyone[8]).toBe('Elsewhere');
  });
});

describe('matching weights', () => {
  it('lets only the coordinator change an ambito’s weights, which must add up to 100', async () => {
    const SET = `mutation($weights: [FactorWeightInput!]!) { setMatchingWeights(ambito: 3, weights: $weights) { factor weight } }`;
    const weights = [
      { factor: 'SKILLS', weight: 50 },
      { factor: 'COMMUTE', weight: 10 },
      { factor: 'PREFERENCES', weight: 15 },
      { factor: 'LAW68_QUOTA', weight: 10 },
      { factor: 'WAITING_TIME', weight: 10 },
      { factor: 'PAST_PLACEMENT', weight: 5 },
    ];
    const operatorId = await createOperator(server, { email: 'op@giustaoccupazione.example', ambito: 3 });
    const coordinatorId = await createOperator(server, {
      email: 'coord@giustaoccupazione.example',
      role: 'COORDINATOR',
      ambito: null,
    });
    const forbidden = await server.gql(SET, { weights }, { as: operatorId });
    expect(forbidden.errors![0].extensions!.code).toBe('FORBIDDEN');
    const wrongTotal = await server.gql(
      SET,
      { weights: weights.map((w) => ({ ...w, weight: 20 })) },
      { as: coordinatorId },
    );
    expect(wrongTotal.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'weights' });
    const ok = await server.gql(SET, { weights }, { as: coordinatorId });
    expect(ok.data!.setMatchingWeights).toContainEqual({ factor: 'SKILLS', weight: 50 });

    const { data } = await server.gql(MATCH_CANDIDATES, { id: gid('Opening', opening.Magazzino) });
    const best = data!.matchCandidates.matches[0];
    expect(best.factors.find((f: any) => f.code === 'SKILLS').weight).toBeCloseTo((50 * 100) / 90, 2);
  });
});
