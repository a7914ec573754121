import { toGlobalId } from '../../src/graphql/relay';
import { createOperator, insertRow } from '../helpers/fixtures';
import { insertPersonWithCase, PersonCase } from '../helpers/case-fixtures';
import { startTestServer, TestServer } from '../helpers/test-server';

/*
 * Health data and case history through side doors: match explanations, accommodations, excluded lists and filters.
 * A role that may not read the underlying field does not get it another way; a role that may has the read recorded.
 */

let server: TestServer;
let liaison: string;
let operator: string;
let candidate: PersonCase;
let excludedPerson: PersonCase;

const RANK = `query($id: ID!) { matchCandidates(openingId: $id, includeExcluded: true) {
  totalExcluded
  matches { beneficiary { id familyName } factors { code explanation messageKey params { name } } accommodations { need offered arrangeable } }
  excluded { beneficiary { familyName codiceFiscale } reasons { code explanation } } } }`;

const reads = async (beneficiaryId: string, operatorId: string) =>
  server.dataSource.query(
    `SELECT record_type, fields FROM audit_event WHERE action = 'READ' AND beneficiary_id = $1 AND operator_id = $2 ORDER BY id`,
    [
      beneficiaryId,
      operatorId.length === 36 ? operatorId : Buffer.from(operatorId, 'base64url').toString().split(':')[1],
    ],
  );

beforeAll(async () => {
  server = await startTestServer();
  operator = await createOperator(server, { email: 'op.uno@giustaoccupazione.example', ambito: 1 });
  liaison = await createOperator(server, {
    email: 'liaison@giustaoccupazione.example',
    role: 'EMPLOYER_LIAISON',
    ambito: 1,
  });
  candidate = await insertPersonWithCase(server, { town: 'Brescia', familyName: 'Abeni' });
  // A candidate: the employer can arrange the step-free access she needs, and her past internship there went well.
  await server.dataSource.query(`UPDATE opening SET accommodations_arrangeable = true WHERE id = $1`, [
    candidate.openingId,
  ]);
  await server.dataSource.query(
    `UPDATE placement SET status = 'COMPLETED', outcome = 'POSITIVE', end_reason = NULL WHERE id = $1`,
    [candidate.records.Placement],
  );
  // Excluded from the same opening: the job involves heavy lifting, which she must avoid.
  excludedPerson = await insertPersonWithCase(server, { town: 'Brescia', familyName: 'Bonetti', givenName: 'Carla' });
  await server.dataSource.query(`UPDATE opening SET physical_demands = '{HEAVY_LIFTING}' WHERE id = $1`, [
    excludedPerson.openingId,
  ]);
  await server.dataSource.query(
    `UPDATE beneficiary SET residence_municipality_id = (SELECT residence_municipality_id FROM beneficiary WHERE id = $1) WHERE id = $2`,
    [candidate.beneficiaryId, excludedPerson.beneficiaryId],
  );
});
afterAll(() => server.close());

describe('an employer-liaison ranking people for an opening', () => {
  it('sees candidates but not who was left out, nor why', async () => {
    const { data, errors } = await server.gql(
      RANK,
      { id: toGlobalId('Opening', excludedPerson.openingId) },
      { as: liaison },
    );
    expect(errors).toBeUndefined();
    expect(data!.matchCandidates.excluded).toBeNull();
    const everyone = await server.gql(RANK, { id: toGlobalId('Opening', excludedPerson.openingId) }, { as: operator });
    expect(everyone.data!.matchCandidates.excluded.map((e: any) => e.beneficiary.familyName)).toContain('Bonetti');
  });

  it('reads no placement history in the explanations', async () => {
    const mine = await server.gql(RANK, { id: toGlobalId('Opening', candidate.openingId) }, { as: operator });
    const theirs = await server.gql(RANK, { id: toGlobalId('Opening', candidate.openingId) }, { as: liaison });
    const past = (ranking: any) =>
      ranking.matches
        .find((m: any) => m.beneficiary.familyName === 'Abeni')
        .factors.find((f: any) => f.code === 'PAST_PLACEMENT');
    expect(past(mine.data!.matchCandidates).explanation).toMatch(/andati bene/);
    expect(past(mine.data!.matchCandidates).messageKey).toBe('matching.factor.pastPositive');
    // Neither the sentence, nor its key, nor its parameters tell the liaison how a past placement went.
    expect(past(theirs.data!.matchCandidates).explanation).not.toMatch(/tirocinio|prova|andati bene/i);
    expect(past(theirs.data!.matchCandidates).messageKey).toBe('matching.factor.pastHidden');
    expect(past(theirs.data!.matchCandidates).params).toEqual([]);
  });

  it('reads a person’s workplace needs only once the person is proposed to that employer, and the read is recorded', async () => {
    const needsOf = async () => {
      const { data } = await server.gql(RANK, { id: toGlobalId('Opening', candidate.openingId) }, { as: liaison });
      return data!.matchCandidates.matches.find((m: any) => m.beneficiary.familyName === 'Abeni').accommodations;
    };
    expect(await needsOf()).toBeNull();
    expect(await reads(candidate.beneficiaryId, liaison)).toEqual([]);

    await insertRow(server, 'placement', {
      beneficiary_id: candidate.beneficiaryId,
      employer_id: candidate.employerId,
      opening_id: candidate.openingId,
      kind: 'TIROCINIO_INCLUSIONE',
      starts_on: '2027-01-11',
      planned_end_on: '2027-04-10',
      weekly_hours: 20,
      status: 'PROPOSED',
    });
    expect(await needsOf()).toEqual([{ need: 'STEP_FREE_ACCESS', offered: false, arrangeable: true }]);
    expect(await reads(candidate.beneficiaryId, liaison)).toEqual([
      { record_type: 'WorkConstraints', fields: ['accessibilityNeeds'] },
    ]);
  });

  it('reads no limitations or needs on the person’s own record', async () => {
    const { data } = await server.gql(
      `query($id: ID!) { node(id: $id) { ... on Beneficiary { workConstraints { physicalLimitations accessibilityNeeds } } } }`,
      { id: toGlobalId('Beneficiary', candidate.beneficiaryId) },
      { as: liaison },
    );
    expect(data!.node.workConstraints).toEqual({ physicalLimitations: null, accessibilityNeeds: null });
  });
});

describe('a case worker ranking people', () => {
  it('has reads of needs and of reasons quoting limitations recorded like direct reads', async () => {
    const { data } = await server.gql(RANK, { id: toGlobalId('Opening', excludedPerson.openingId) }, { as: operator });
    const bonetti = data!.matchCandidates.excluded.find((e: any) => e.beneficiary.familyName === 'Bonetti');
    expect(bonetti.reasons.map((r: any) => r.code)).toContain('PHYSICAL_LIMITATION');
    expect(await reads(excludedPerson.beneficiaryId, operator)).toEqual(
      expect.arrayContaining([
        { record_type: 'WorkConstraints', fields: expect.arrayContaining(['physicalLimitations']) },
      ]),
    );
  });
});

describe('filters on sensitive attributes', () => {
  it('are recorded like a read, since with totalCount they tell how many people have the attribute', async () => {
    const { errors } = await server.gql(`{ beneficiaries(filter: { law381: true }) { totalCount } }`, undefined, {
      as: operator,
    });
    expect(errors).toBeUndefined();
    const rows = await server.dataSource.query(
      `SELECT record_type, record_id, fields, operation FROM audit_event WHERE action = 'READ' AND record_type = 'BeneficiaryFilter'`,
    );
    expect(rows).toEqual([
      {
        record_type: 'BeneficiaryFilter',
        record_id: 'filter.law381',
        fields: ['law381Category'],
        operation: 'beneficiaries',
      },
    ]);
  });
});

describe('a person’s skills', () => {
  it('are case records: an admin cannot fetch one by ID', async () => {
    const { errors } = await server.gql(
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: toGlobalId('BeneficiarySkill', candidate.records.BeneficiarySkill) },
      { as: server.adminId },
    );
    expect(errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'id' });
  });
});
