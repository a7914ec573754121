/**
 * The everyday reads of a front-end, written so that they are valid on today's schema and on the baseline's
 * (commit b759a6c): the comparison runs the very same requests against both servers.
 */
export interface ReadScenario {
  name: string;
  /** Who sends it: the list views as the coordinator, the worklist as an operator (it is theirs). */
  signedInAs: 'COORDINATOR' | 'OPERATOR';
  query: string;
  /** Variables read from the target's own database (its IDs are its own). */
  variables?: (ids: ScenarioIds) => Record<string, unknown>;
}

export interface ScenarioIds {
  employerGlobalId: string;
}

export const READ_SCENARIOS: readonly ReadScenario[] = [
  {
    name: 'openings(first: 50), nested',
    signedInAs: 'COORDINATOR',
    query: `{ openings(first: 50) { edges { cursor node { id title status positions weeklyHours contractType closesOn
      employer { id legalName } site { id name address municipality { id name } }
      requiredSkills { minimumLevel indispensable requirement skill { id code labelIt } } } } pageInfo { hasNextPage endCursor } } }`,
  },
  {
    name: 'beneficiaries(first: 50)',
    signedInAs: 'COORDINATOR',
    query: `{ beneficiaries(first: 50) { edges { node { id familyName givenName caseStatus caseOpenedAt
      residence { id name } skills { level assessedOn skill { id code labelIt } } } } pageInfo { hasNextPage endCursor } } }`,
  },
  {
    name: 'employers(first: 50)',
    signedInAs: 'COORDINATOR',
    query: `{ employers(first: 50) { edges { node { id legalName kind sector
      sites { id name municipality { id name } } latestHeadcount { referenceDate totalEmployees disabledWorkers } } }
      pageInfo { hasNextPage endCursor } } }`,
  },
  {
    name: "an employer's page",
    signedInAs: 'COORDINATOR',
    query: `query($id: ID!) { node(id: $id) { ... on Employer { id legalName codiceFiscale kind sector
      quota { status shortfall compensatedUnits lines { code description value } }
      sites { id name address municipality { id name } } latestHeadcount { referenceDate totalEmployees } } }
      openings(first: 20, filter: { employerId: $id }) { edges { node { id title status positions closesOn } } } }`,
    variables: (ids) => ({ id: ids.employerGlobalId }),
  },
  {
    name: 'myWorklist',
    signedInAs: 'OPERATOR',
    query: `{ myWorklist { kind urgency dueOn daysOverdue summary beneficiary { id familyName givenName } } }`,
  },
];
