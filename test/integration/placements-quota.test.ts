import { toGlobalId } from '../../src/graphql/relay';
import { completePartitaIva } from '../../src/modules/employers/partita-iva';
import { addDays, todayInItaly } from '../../src/config/calendar';
import {
  createOperator,
  insertEmployer,
  municipalityIds,
  person,
  RECEIVE_REFERRAL,
  REFERRAL,
} from '../helpers/fixtures';
import { startTestServer, TestServer } from '../helpers/test-server';

/** A hiring that counts toward Law 68/99 shows up in the employer's covered count (computed by the quotas module). */
let server: TestServer;
const today = todayInItaly();

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

it('counts a confirmed Law 68/99 hiring toward the employer’s quota, and no longer once it ended', async () => {
  const operator = await createOperator(server, { email: 'quota@giustaoccupazione.example', ambito: 3 });
  const towns = await municipalityIds(server);
  const employer = {
    id: await insertEmployer(server, {
      legalName: 'Meccanica Bresciana S.r.l.',
      partitaIva: completePartitaIva('0400000001'),
      atecoCode: '25.62',
      sector: 'MANUFACTURING',
    }),
  };
  const [site] = await server.dataSource.query(
    `INSERT INTO employer_site (employer_id, name, address, municipality_id, latitude, longitude, is_headquarters)
     SELECT $1, 'Sede', 'Via Industriale 1', m.id, m.latitude, m.longitude, true FROM municipality m WHERE m.name = 'Rezzato' RETURNING id`,
    [employer.id],
  );
  await server.dataSource.query(
    `INSERT INTO headcount_snapshot (employer_id, reference_date, total_employees) VALUES ($1, $2, 40)`,
    [employer.id, addDays(today, -60)],
  );
  const [opening] = await server.dataSource.query(
    `INSERT INTO opening (employer_id, site_id, title, sector, weekly_hours, contract_type, positions, counts_toward_quota, status)
     VALUES ($1, $2, 'Operatore di magazzino', 'MANUFACTURING', 30, 'PERMANENT', 1, true, 'OPEN') RETURNING id`,
    [employer.id, site.id],
  );
  const referral = await server.gql(RECEIVE_REFERRAL, {
    input: {
      referral: { ...REFERRAL, referredOn: today },
      newBeneficiary: person({
        givenName: 'Paolo',
        familyName: 'Quotati',
        birthDate: '1983-05-06',
        residenceMunicipalityId: towns['Rezzato'],
        law68Category: 'DISABLED_ART1',
        invalidityPercentage: 70,
        disabilityKinds: ['PHYSICAL'],
      }),
    },
  });
  const beneficiaryId = referral.data!.receiveReferral.beneficiary.id;
  for (const status of ['INTAKE', 'ORIENTATION']) {
    await server.gql(
      `mutation($id: ID!, $s: CaseStatus!) { changeCaseStatus(beneficiaryId: $id, input: { status: $s, reason: "Colloquio" }) { caseStatus } }`,
      { id: beneficiaryId, s: status },
    );
  }
  const QUOTA = `query($id: ID!) { node(id: $id) { ... on Employer { quota { disabled { due covered shortfall } } } } }`;
  const employerId = toGlobalId('Employer', employer.id);
  const before = (await server.gql(QUOTA, { id: employerId })).data!.node.quota.disabled;

  const proposed = await server.gql(
    `mutation($input: ProposePlacementInput!) { proposePlacement(input: $input) { id countsTowardQuota contractType } }`,
    {
      input: {
        beneficiaryId,
        openingId: toGlobalId('Opening', opening.id),
        kind: 'HIRING',
        startsOn: addDays(today, -1),
      },
    },
    { as: operator },
  );
  expect(proposed.errors).toBeUndefined();
  expect(proposed.data!.proposePlacement).toMatchObject({ countsTowardQuota: true, contractType: 'PERMANENT' });
  const id = proposed.data!.proposePlacement.id;
  // A proposal is not a hiring yet.
  expect((await server.gql(QUOTA, { id: employerId })).data!.node.quota.disabled).toEqual(before);

  await server.gql(`mutation($id: ID!) { confirmPlacement(id: $id) { status } }`, { id });
  const after = (await server.gql(QUOTA, { id: employerId })).data!.node.quota.disabled;
  expect(after.covered).toBe(before.covered + 1);
  expect(after.shortfall).toBe(Math.max(0, before.shortfall - 1));

  await server.gql(
    `mutation($id: ID!) { changePlacementStatus(id: $id, input: { status: ENDED_EARLY, reason: "Dimissioni", effectiveOn: "${addDays(today, -1)}" }) { status } }`,
    { id },
  );
  expect((await server.gql(QUOTA, { id: employerId })).data!.node.quota.disabled).toEqual(before);
});
