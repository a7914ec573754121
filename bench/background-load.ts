import { toGlobalId } from '../src/graphql/relay';

/**
 * A steady background of everyday work while matching is measured: list reads as the front-end sends them and
 * profile updates (a person's own vehicle changed, which rewrites their match profile through its trigger), sent at
 * a fixed rate whatever the server's speed, as many clients would. Every answer is checked: a failure is counted,
 * never ignored.
 */
export interface BackgroundLoad {
  /** Stops sending and waits for the requests still under way; reports what was sent. */
  stop(): Promise<{ sent: number; failed: number; seconds: number }>;
}

const LIST_READS = [
  `{ openings(first: 50) { edges { node { id title status employer { id legalName } site { municipality { name } }
    requiredSkills { minimumLevel skill { code } } } } } }`,
  `{ beneficiaries(first: 50) { edges { node { id familyName givenName caseStatus residence { name }
    skills { level skill { code } } } } } }`,
  `{ employers(first: 50) { edges { node { id legalName sites { name } latestHeadcount { totalEmployees } } } } }`,
];
const UPDATE = `mutation($id: ID!, $own: Boolean) { updateBeneficiary(id: $id, input: { hasOwnVehicle: $own }) { id } }`;

/**
 * Sends `perSecond` requests a second to `url`: of every four, three list reads and one profile update of one of
 * `peopleIds` (database keys), in turn.
 */
export function startBackgroundLoad(
  url: string,
  headers: Record<string, string>,
  peopleIds: readonly string[],
  perSecond: number,
): BackgroundLoad {
  const started = Date.now();
  const running = new Set<Promise<void>>();
  let sent = 0;
  let failed = 0;
  const send = (body: unknown) => {
    sent += 1;
    const request = fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify(body) })
      .then(async (response) => {
        const answer = (await response.json()) as { errors?: unknown };
        if (!response.ok || answer.errors) failed += 1;
      })
      .catch(() => {
        failed += 1;
      })
      .finally(() => running.delete(request));
    running.add(request);
  };
  const timer = setInterval(() => {
    const turn = sent % 4;
    if (turn < 3) send({ query: LIST_READS[turn] });
    else {
      const person = peopleIds[(sent >> 2) % peopleIds.length];
      send({ query: UPDATE, variables: { id: toGlobalId('Beneficiary', person), own: (sent >> 2) % 2 === 0 } });
    }
  }, 1000 / perSecond);
  return {
    async stop() {
      clearInterval(timer);
      await Promise.all(running);
      return { sent, failed, seconds: (Date.now() - started) / 1000 };
    },
  };
}
