import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { addDays, todayInItaly } from '../src/config/calendar';
import { createPonteDataSource } from '../src/app/data-source';
import { fromGlobalId, toGlobalId } from '../src/graphql/relay';
import { hashPassword } from '../src/modules/auth/passwords';
import { computeCodiceFiscale } from '../src/modules/beneficiaries/codice-fiscale';
import {
  baselineCheckout,
  BENCH_PASSWORD,
  buildCurrent,
  optionValue,
  signIn,
  startTarget,
  Target,
} from './reads/targets';

/**
 * `npm run load [-- --against <commit>]`: 1,000 concurrent requests against the real server, a process of its own
 * started as `npm start` starts it, over a fresh PostgreSQL database on loopback, then checks that every request was
 * answered and that nothing was lost, duplicated or left unaudited. With `--against`, the commit's server (checked out
 * and built beside the repository) takes the same storm from the same harness, the two alternating `LOAD_ROUNDS`
 * times (2 by default). Exits 1 when a check fails, 2 when a run does not finish within the time limit.
 */
const LOAD_URL = process.env.LOAD_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/ponte_load';
const TIME_LIMIT_MS = 120_000;
const REQUEST_TIMEOUT_MS = 60_000;
const POSITIONS = 5;

/** The storm: 1,000 requests in all (each placement chain sends two). */
const MIX = {
  referrals: 250,
  profileUpdates: 100,
  placementChains: 45,
  consultancyContacts: 100,
  beneficiaryLists: 160,
  openingLists: 150,
  matchRankings: 150,
};
/** People brought to orientation before the storm: the first ones compete for the opening's positions. */
const PEOPLE_PER_AMBITO = 50;
const CANDIDATES_PER_AMBITO = 20;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

type Json = Record<string, any>;
interface Answer {
  kind: string;
  ms: number;
  status: number | null;
  networkError?: string;
  data?: Json | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

const RECEIVE_REFERRAL = `mutation($input: ReceiveReferralInput!) {
  receiveReferral(input: $input) { beneficiaryCreated referral { id } beneficiary { id codiceFiscale } } }`;
const CHANGE_CASE = `mutation($id: ID!, $s: CaseStatus!) { changeCaseStatus(beneficiaryId: $id, input: { status: $s, reason: "Colloquio" }) { caseStatus } }`;
const UPDATE = `mutation($id: ID!, $input: BeneficiaryProfileInput!) { updateBeneficiary(id: $id, input: $input) { id address } }`;
const PROPOSE = `mutation($input: ProposePlacementInput!) { proposePlacement(input: $input) { id status } }`;
const CONFIRM = `mutation($id: ID!) { confirmPlacement(id: $id) { id status beneficiary { caseStatus } } }`;
const CONTACT = `mutation($input: LogConsultancyContactInput!) { logConsultancyContact(input: $input) { id outcome } }`;
const BENEFICIARIES = `{ beneficiaries(first: 50) { totalCount edges { node { id familyName caseStatus residence { ambito { number } } } } } }`;
const OPENINGS = `{ openings(first: 20) { totalCount edges { node { id title positions positionsTaken } } } }`;
const MATCH = `query($id: ID!) { matchCandidates(openingId: $id, first: 10) { totalEligible matches { rank score beneficiary { id } } } }`;
const OPENING = `query($id: ID!) { node(id: $id) { ... on Opening { positions positionsTaken } } }`;

/** Codes a request may legitimately get in this storm: the losers of the race for positions and duplicate proposals. */
const EXPECTED_CODES: Record<string, string[]> = { proposePlacement: ['CONFLICT'], confirmPlacement: ['CONFLICT'] };

class LoadClient {
  readonly answers: Answer[] = [];
  constructor(private readonly url: string) {}

  async send(kind: string, token: string, query: string, variables: Json = {}): Promise<Answer> {
    const started = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
    let answer: Answer;
    try {
      const response = await fetch(`${this.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const text = await response.text();
      let body: Json = {};
      try {
        body = JSON.parse(text);
      } catch {
        body = { errors: [{ message: `Not JSON: ${text.slice(0, 200)}` }] };
      }
      answer = { kind, ms: elapsed(), status: response.status, data: body.data, errors: body.errors };
    } catch (error) {
      answer = { kind, ms: elapsed(), status: null, networkError: String((error as Error).message ?? error) };
    }
    this.answers.push(answer);
    return answer;
  }
}

/** Fails the setup loudly: the storm is only meaningful on the data set it expects. */
function must(answer: Answer, what: string): Json {
  if (answer.errors || answer.status !== 200 || !answer.data) {
    throw new Error(`Setup failed at ${what}: ${answer.networkError ?? JSON.stringify(answer.errors)}`);
  }
  return answer.data;
}

async function inBatches<T>(items: T[], size: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    await Promise.all(items.slice(start, start + size).map((item, i) => work(item, start + i)));
  }
}

async function freshDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unexpected database name "${name}"`);
  const admin = new Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** A distinct, valid codice fiscale per person: the birth date alone tells them apart. */
function newPerson(index: number, residenceMunicipalityId: string) {
  const givenName = ['Lucia', 'Marco', 'Sara', 'Davide', 'Elena', 'Paolo'][index % 6];
  const familyName = ['Bonomi', 'Zanetti', 'Ferrari', 'Gatti', 'Rinaldi', 'Belotti', 'Pasotti'][index % 7];
  const sex = index % 2 === 0 ? 'F' : 'M';
  const birthDate = addDays('1965-01-01', index * 7);
  return {
    codiceFiscale: computeCodiceFiscale({ surname: familyName, givenName, birthDate, sex, belfioreCode: 'B157' }),
    givenName,
    familyName,
    birthDate,
    residenceMunicipalityId,
  };
}

/**
 * How many rows of the people's match profiles differ from a rebuild from the source tables, made and compared in a
 * transaction that is rolled back.
 */
async function driftFromRebuild(dataSource: DataSource): Promise<number> {
  const runner = dataSource.createQueryRunner();
  await runner.startTransaction();
  try {
    await runner.query(`CREATE TEMP TABLE kept_profile ON COMMIT DROP AS SELECT * FROM match_profile`);
    await runner.query(`DELETE FROM match_profile`);
    await runner.query(`SELECT refresh_match_profiles(ARRAY(SELECT id FROM beneficiary))`);
    const [{ drift }] = await runner.query(
      `SELECT count(*)::int AS drift FROM (
         (SELECT * FROM kept_profile EXCEPT SELECT * FROM match_profile)
         UNION ALL (SELECT * FROM match_profile EXCEPT SELECT * FROM kept_profile)
       ) AS differing`,
    );
    return drift;
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

interface StormResult {
  requestsPerSecond: number;
  failures: number;
}

/** One storm against a running server, over the database it serves; the harness reads and checks it directly. */
async function storm(url: string, dataSource: DataSource): Promise<StormResult> {
  const today = todayInItaly();
  const client = new LoadClient(url);
  // --- Data set: staff, an employer with a site and an opening of 5 positions, people in orientation. ---------
  // Each staff member signs in over the API: the server's own tokens, whatever version it is.
  const staff: Array<{ id: string; role: string; ambito_number: number | null; email: string }> =
    await dataSource.query(
      `INSERT INTO operator (given_name, family_name, email, role, ambito_number, password_hash) VALUES
           ('Chiara', 'Coordinamento', 'chiara.coordinamento@load.example', 'COORDINATOR', NULL, $1),
           ('Anna', 'Uno', 'anna.uno@load.example', 'OPERATOR', 1, $1),
           ('Bruno', 'Tre', 'bruno.tre@load.example', 'OPERATOR', 3, $1),
           ('Lia', 'Uno', 'lia.uno@load.example', 'EMPLOYER_LIAISON', 1, $1),
           ('Leo', 'Tre', 'leo.tre@load.example', 'EMPLOYER_LIAISON', 3, $1)
         RETURNING id, role, ambito_number, email`,
      [await hashPassword(BENCH_PASSWORD)],
    );
  const tokenOf = async (role: string, ambito: number | null) => {
    const operator = staff.find((o) => o.role === role && o.ambito_number === ambito)!;
    return { id: operator.id, token: await signIn(url, operator.email) };
  };
  const coordinator = await tokenOf('COORDINATOR', null);
  const operators = new Map([
    [1, await tokenOf('OPERATOR', 1)],
    [3, await tokenOf('OPERATOR', 3)],
  ]);
  const liaisons = [await tokenOf('EMPLOYER_LIAISON', 1), await tokenOf('EMPLOYER_LIAISON', 3)];

  const towns: Array<{ id: string; name: string; ambito_number: number }> = await dataSource.query(
    `SELECT id, name, ambito_number FROM municipality WHERE name IN ('Brescia', 'Rezzato') ORDER BY ambito_number`,
  );
  const townOf = new Map(towns.map((t) => [t.ambito_number, toGlobalId('Municipality', t.id)]));
  if (townOf.size !== 2 || !townOf.has(1) || !townOf.has(3))
    throw new Error('Brescia (ambito 1) and Rezzato (ambito 3) are expected');

  const [employer] = await dataSource.query(
    `INSERT INTO employer (legal_name, partita_iva, codice_fiscale, legal_form, kind, ateco_code, sector)
       VALUES ('Officine Carico S.r.l.', '01234567897', '01234567897', 'SRL', 'PRIVATE', '25.62', 'MANUFACTURING') RETURNING id`,
  );
  const [site] = await dataSource.query(
    `INSERT INTO employer_site (employer_id, name, address, municipality_id, latitude, longitude)
       SELECT $1, 'Stabilimento', 'Via Industria 4', m.id, m.latitude, m.longitude FROM municipality m WHERE m.name = 'Rezzato'
       RETURNING id`,
    [employer.id],
  );
  const [opening] = await dataSource.query(
    `INSERT INTO opening (employer_id, site_id, title, sector, weekly_hours, shifts, contract_type, positions, counts_toward_quota, status)
       VALUES ($1, $2, 'Addetto/a al montaggio', 'MANUFACTURING', 25, '{MORNING}', 'TIROCINIO', $3, false, 'OPEN') RETURNING id`,
    [employer.id, site.id, POSITIONS],
  );
  const openingId = toGlobalId('Opening', opening.id);
  const employerId = toGlobalId('Employer', employer.id);

  const setup: Array<{ id: string; ambito: number }> = [];
  const setupPeople = [1, 3].flatMap((ambito) => Array.from({ length: PEOPLE_PER_AMBITO }, () => ambito));
  await inBatches(setupPeople, 10, async (ambito, i) => {
    const { token } = operators.get(ambito)!;
    const referral = {
      serviceKind: 'MUNICIPAL_SOCIAL_SERVICE',
      serviceName: 'Servizi sociali',
      referredOn: today,
      reason: 'Percorso di inserimento',
    };
    const created = must(
      await client.send('setup', token, RECEIVE_REFERRAL, {
        input: { referral, newBeneficiary: newPerson(i, townOf.get(ambito)!) },
      }),
      'receiveReferral',
    );
    const id = created.receiveReferral.beneficiary.id;
    for (const status of ['INTAKE', 'ORIENTATION'])
      must(await client.send('setup', token, CHANGE_CASE, { id, s: status }), status);
    setup[i] = { id, ambito };
  });
  const [{ count: peopleBefore }] = await dataSource.query(`SELECT count(*)::int AS count FROM beneficiary`);
  client.answers.length = 0;

  // --- The storm. --------------------------------------------------------------------------------------------------
  const referralsSent: Array<{ codiceFiscale: string; operatorId: string; answer?: Answer }> = [];
  const updatesSent: Array<{ id: string; address: string; answer?: Answer }> = [];
  const contactsSent: Array<{ outcome: string; answer?: Answer }> = [];
  const proposals: Answer[] = [];
  const confirmations: Answer[] = [];
  const listsByOperator: Array<{ ambito: number; answer: Answer }> = [];
  const tasks: Array<() => Promise<unknown>> = [];

  for (let i = 0; i < MIX.referrals; i++) {
    const ambito = i % 2 === 0 ? 1 : 3;
    const sender = i % 5 === 4 ? coordinator : operators.get(ambito)!;
    const newBeneficiary = newPerson(setupPeople.length + i, townOf.get(ambito)!);
    const sent: (typeof referralsSent)[number] = {
      codiceFiscale: newBeneficiary.codiceFiscale,
      operatorId: sender.id,
    };
    referralsSent.push(sent);
    const referral = {
      serviceKind: 'MENTAL_HEALTH_CENTRE',
      serviceName: 'CPS Brescia',
      referredOn: today,
      reason: 'Invio per orientamento',
    };
    tasks.push(async () => {
      sent.answer = await client.send('receiveReferral', sender.token, RECEIVE_REFERRAL, {
        input: { referral, newBeneficiary },
      });
    });
  }
  for (let i = 0; i < MIX.profileUpdates; i++) {
    const person = setup[i];
    const sent: (typeof updatesSent)[number] = { id: person.id, address: `Via del Carico ${i + 1}` };
    updatesSent.push(sent);
    tasks.push(async () => {
      sent.answer = await client.send('updateBeneficiary', operators.get(person.ambito)!.token, UPDATE, {
        id: person.id,
        input: { address: sent.address },
      });
    });
  }
  // Candidates are the first people of each ambito; a few are proposed twice at once, by their operator and by the
  // coordinator, as happens when two people work on the same case.
  const candidates = setup.filter((_, i) => i % PEOPLE_PER_AMBITO < CANDIDATES_PER_AMBITO);
  for (let i = 0; i < MIX.placementChains; i++) {
    const person = candidates[i % candidates.length];
    const sender = i < candidates.length ? operators.get(person.ambito)! : coordinator;
    tasks.push(async () => {
      const proposed = await client.send('proposePlacement', sender.token, PROPOSE, {
        input: {
          beneficiaryId: person.id,
          openingId,
          kind: 'TIROCINIO_INCLUSIONE',
          startsOn: today,
          plannedEndOn: addDays(today, 180),
          monthlyAllowanceCents: 50000,
          companyTutor: { name: 'Mario Bettoni', email: 'm.bettoni@officine.example' },
        },
      });
      proposals.push(proposed);
      const placementId = proposed.data?.proposePlacement?.id;
      // Refused, the operator looks at the opening instead: every chain sends two requests.
      if (!placementId) return client.send('opening', sender.token, OPENING, { id: openingId });
      confirmations.push(await client.send('confirmPlacement', sender.token, CONFIRM, { id: placementId }));
    });
  }
  for (let i = 0; i < MIX.consultancyContacts; i++) {
    const sent = { outcome: `Contatto ${i + 1}: disponibilità a un tirocinio` } as (typeof contactsSent)[number];
    contactsSent.push(sent);
    const liaison = liaisons[i % 2];
    tasks.push(async () => {
      sent.answer = await client.send('logConsultancyContact', liaison.token, CONTACT, {
        input: { employerId, contactedOn: today, topic: 'CANDIDATE_PROPOSAL', outcome: sent.outcome },
      });
    });
  }
  for (let i = 0; i < MIX.beneficiaryLists; i++) {
    const ambito = i % 2 === 0 ? 1 : 3;
    tasks.push(async () =>
      listsByOperator.push({
        ambito,
        answer: await client.send('beneficiaries', operators.get(ambito)!.token, BENEFICIARIES),
      }),
    );
  }
  for (let i = 0; i < MIX.openingLists; i++) tasks.push(() => client.send('openings', liaisons[i % 2].token, OPENINGS));
  for (let i = 0; i < MIX.matchRankings; i++) {
    const sender = [coordinator, operators.get(1)!, operators.get(3)!, liaisons[0]][i % 4];
    tasks.push(() => client.send('matchCandidates', sender.token, MATCH, { id: openingId }));
  }
  // Interleaved by a fixed multiplicative hash of their position, so writes and reads of every kind overlap.
  const interleaved = tasks.map((task, i) => ({ task, key: (i * 2654435761) % 2 ** 32 })).sort((a, b) => a.key - b.key);

  const started = process.hrtime.bigint();
  await Promise.all(interleaved.map(({ task }) => task()));
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;

  // --- Checks. -----------------------------------------------------------------------------------------------------
  const failures: string[] = [];
  const check = (ok: boolean, what: string) => {
    console.log(`${ok ? '  ok  ' : '  FAIL'}  ${what}`);
    if (!ok) failures.push(what);
  };
  const answers = client.answers;
  const succeeded = (answer: Answer | undefined) => answer?.status === 200 && !answer.errors && answer.data != null;

  console.log(
    `\nPonte load test — ${answers.length} concurrent requests, the server in a process of its own, PostgreSQL on loopback\n`,
  );
  check(answers.length === 1000, `1,000 requests sent (${answers.length})`);
  const network = answers.filter((a) => a.status === null);
  check(
    network.length === 0,
    `every request answered: no network error or timeout (${network.length}${network[0] ? `, e.g. ${network[0].networkError}` : ''})`,
  );
  const serverErrors = answers.filter((a) => a.status !== null && a.status >= 500);
  check(serverErrors.length === 0, `no 5xx answer (${serverErrors.length})`);
  const unexpected = answers.filter((a) =>
    (a.errors ?? []).some((e) => !(EXPECTED_CODES[a.kind] ?? []).includes(e.extensions?.code ?? '')),
  );
  const unexpectedCodes = [
    ...new Set(unexpected.flatMap((a) => (a.errors ?? []).map((e) => `${a.kind}:${e.extensions?.code}`))),
  ];
  check(
    unexpected.length === 0,
    `no unexpected GraphQL error (${unexpected.length}${unexpectedCodes.length ? `: ${unexpectedCodes.join(', ')}` : ''})`,
  );

  // Referrals: each success left its person and referral; nothing exists for a request that failed.
  const createdOk = referralsSent.filter((r) => succeeded(r.answer));
  const [{ count: peopleAfter }] = await dataSource.query(`SELECT count(*)::int AS count FROM beneficiary`);
  const [persisted] = await dataSource.query(
    `SELECT count(DISTINCT b.id)::int AS people, count(r.id)::int AS referrals
       FROM beneficiary b JOIN referral r ON r.beneficiary_id = b.id WHERE b.codice_fiscale = ANY($1)`,
    [createdOk.map((r) => r.codiceFiscale)],
  );
  check(
    persisted.people === createdOk.length &&
      persisted.referrals === createdOk.length &&
      peopleAfter - peopleBefore === createdOk.length,
    `receiveReferral: ${createdOk.length} of ${referralsSent.length} succeeded; people and referrals found ${persisted.people}/${persisted.referrals}, new rows ${peopleAfter - peopleBefore}`,
  );

  // Profile updates, one per person: each success is in the row.
  const updatesOk = updatesSent.filter((u) => succeeded(u.answer));
  const [{ kept }] = await dataSource.query(
    `SELECT count(*)::int AS kept FROM beneficiary b JOIN unnest($1::uuid[], $2::text[]) AS u(id, address) ON u.id = b.id
       WHERE b.address = u.address`,
    [updatesOk.map((u) => fromGlobalId(u.id)!.id), updatesOk.map((u) => u.address)],
  );
  check(
    updatesOk.length === updatesSent.length && kept === updatesOk.length,
    `updateBeneficiary: ${updatesOk.length} of ${updatesSent.length} succeeded; ${kept} addresses found`,
  );

  // Consultancy contacts.
  const contactsOk = contactsSent.filter((c) => succeeded(c.answer));
  const [contacts] = await dataSource.query(
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE outcome = ANY($1))::int AS matched FROM consultancy_contact`,
    [contactsOk.map((c) => c.outcome)],
  );
  check(
    contactsOk.length === contactsSent.length &&
      contacts.total === contactsOk.length &&
      contacts.matched === contactsOk.length,
    `logConsultancyContact: ${contactsOk.length} of ${contactsSent.length} succeeded; ${contacts.total} rows`,
  );

  // The race for the opening's positions.
  const proposedOk = proposals.filter(succeeded).map((a) => fromGlobalId(a.data!.proposePlacement.id)!.id);
  const confirmedOk = confirmations.filter(succeeded);
  const [placements] = await dataSource.query(
    `SELECT count(*) FILTER (WHERE status IN ('ACTIVE', 'SUSPENDED'))::int AS held,
              count(*)::int AS total,
              count(*) FILTER (WHERE id = ANY($2))::int AS proposed_found
       FROM placement WHERE opening_id = $1`,
    [opening.id, proposedOk],
  );
  const [{ twice }] = await dataSource.query(
    `SELECT count(*)::int AS twice FROM (
         SELECT beneficiary_id FROM placement WHERE opening_id = $1 AND status IN ('PROPOSED', 'ACTIVE', 'SUSPENDED')
         GROUP BY beneficiary_id HAVING count(*) > 1) AS d`,
    [opening.id],
  );
  const [{ stale }] = await dataSource.query(
    `SELECT count(*)::int AS stale FROM placement p JOIN beneficiary b ON b.id = p.beneficiary_id
       WHERE p.opening_id = $1 AND p.status = 'ACTIVE' AND b.case_status <> 'INTERNSHIP'`,
    [opening.id],
  );
  check(
    placements.held <= POSITIONS && placements.held === confirmedOk.length && confirmedOk.length === POSITIONS,
    `positions: ${confirmedOk.length} confirmations succeeded for ${POSITIONS} positions, ${confirmations.length - confirmedOk.length} refused; ${placements.held} held`,
  );
  check(
    twice === 0 &&
      proposedOk.length === candidates.length &&
      placements.proposed_found === proposedOk.length &&
      placements.total === proposedOk.length,
    `proposals: ${proposedOk.length} of ${proposals.length} accepted (${candidates.length} people, ${MIX.placementChains - candidates.length} proposed twice); ${twice} person(s) with two running placements`,
  );
  check(
    stale === 0,
    `every person confirmed on the opening is in INTERNSHIP despite concurrent profile updates (${stale} not)`,
  );

  // Audit trail: one INSERT of each new referral, by the operator who sent it.
  const referralIds = createdOk.map((r) => fromGlobalId(r.answer!.data!.receiveReferral.referral.id)!.id);
  const audited: Array<{ record_id: string; rows: number; operator_id: string | null }> = await dataSource.query(
    `SELECT record_id, count(*)::int AS rows, min(operator_id::text) AS operator_id FROM audit_event
       WHERE action = 'INSERT' AND record_type = 'referral' AND record_id = ANY($1) GROUP BY record_id`,
    [referralIds],
  );
  const byReferral = new Map(audited.map((a) => [a.record_id, a]));
  const badAudit = createdOk.filter((r, i) => {
    const entry = byReferral.get(referralIds[i]);
    return !entry || entry.rows !== 1 || entry.operator_id !== r.operatorId;
  });
  check(
    badAudit.length === 0,
    `audit trail: one INSERT referral row per created referral, with its operator (${badAudit.length} missing or wrong)`,
  );

  // Operators read only their ambito, under load as at rest.
  const leaks = listsByOperator.filter(({ ambito, answer }) =>
    (answer.data?.beneficiaries?.edges ?? []).some((e: Json) => e.node.residence?.ambito?.number !== ambito),
  );
  check(leaks.length === 0, `operators' beneficiary lists hold only their own ambito (${leaks.length} lists leaked)`);

  // The match profiles, written by triggers in each of these concurrent transactions, equal a rebuild from scratch.
  const profileDrift = await driftFromRebuild(dataSource);
  check(profileDrift === 0, `match profiles equal a rebuild from scratch after the load (${profileDrift} rows differ)`);

  // --- Figures. -----------------------------------------------------------------------------------------------------
  const ms = (v: number) => `${v.toFixed(0)} ms`;
  const row = (label: string, list: Answer[]) => {
    const times = list.map((a) => a.ms).sort((a, b) => a - b);
    return `| ${label} | ${list.length} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 95))} | ${ms(percentile(times, 99))} | ${ms(times[times.length - 1])} |`;
  };
  const writes = new Set([
    'receiveReferral',
    'updateBeneficiary',
    'proposePlacement',
    'confirmPlacement',
    'logConsultancyContact',
  ]);
  console.log(
    `\n${answers.length} requests in ${(wallMs / 1000).toFixed(2)} s: ${(answers.length / (wallMs / 1000)).toFixed(0)} requests/s\n`,
  );
  console.log('| requests | n | p50 | p95 | p99 | max |');
  console.log('|---|---|---|---|---|---|');
  console.log(row('all', answers));
  console.log(
    row(
      'writes',
      answers.filter((a) => writes.has(a.kind)),
    ),
  );
  console.log(
    row(
      'reads',
      answers.filter((a) => !writes.has(a.kind)),
    ),
  );
  for (const kind of [...new Set(answers.map((a) => a.kind))])
    console.log(
      row(
        kind,
        answers.filter((a) => a.kind === kind),
      ),
    );

  console.log(failures.length ? `\n${failures.length} check(s) failed` : '\nAll checks passed');
  return { requestsPerSecond: answers.length / (wallMs / 1000), failures: failures.length };
}

/** One run: a fresh database, the target's server started on it (its migrations run), the storm, the server stopped. */
async function runOnce(target: Target): Promise<StormResult> {
  await freshDatabase(LOAD_URL);
  const server = await startTarget({ ...target, databaseUrl: LOAD_URL });
  const dataSource = createPonteDataSource({ url: LOAD_URL, poolSize: 4 });
  await dataSource.initialize();
  const deadline = setTimeout(() => {
    console.error(`The load test did not finish within ${TIME_LIMIT_MS / 1000} s`);
    server.process.kill('SIGKILL');
    process.exit(2);
  }, TIME_LIMIT_MS);
  try {
    console.log(`\n=== ${target.label} ===`);
    return await storm(server.url, dataSource);
  } finally {
    clearTimeout(deadline);
    await dataSource.destroy();
    await server.stop();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function main(): Promise<number> {
  if (!LOOPBACK.has(new URL(LOAD_URL).hostname)) throw new Error(`The load test runs on loopback only: ${LOAD_URL}`);
  const against = optionValue(process.argv.slice(2), '--against');
  const today: Target = { label: 'today', dir: buildCurrent(), databaseUrl: LOAD_URL };
  const targets = against
    ? [{ label: against, dir: baselineCheckout(against), databaseUrl: LOAD_URL }, today]
    : [today];
  const rounds = Number(process.env.LOAD_ROUNDS ?? (against ? 2 : 1));
  const runs = targets.map(() => [] as StormResult[]);
  for (let round = 0; round < rounds; round++) {
    // Alternating which goes first, so neither always runs on a machine the other has just warmed or loaded.
    const order = round % 2 === 0 ? targets.keys() : [...targets.keys()].reverse();
    for (const i of order) runs[i].push(await runOnce(targets[i]));
  }
  if (against) {
    const perSecond = (i: number) => runs[i].map((r) => r.requestsPerSecond);
    console.log(`\n| version | requests/s of each run | median |\n|---|---|---|`);
    targets.forEach((t, i) =>
      console.log(
        `| ${t.label} | ${perSecond(i)
          .map((v) => v.toFixed(0))
          .join(' / ')} | ${median(perSecond(i)).toFixed(0)} |`,
      ),
    );
    console.log(`\ntoday / ${against}: ${(median(perSecond(1)) / median(perSecond(0))).toFixed(2)}×`);
  }
  return runs.flat().some((r) => r.failures > 0) ? 1 : 0;
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
