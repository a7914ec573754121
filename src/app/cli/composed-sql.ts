import { BuiltSql } from '../../db/built-sql';
import { CaseStatus } from '../../modules/beneficiaries/beneficiary.enums';
import { DEFAULT_WEIGHTS } from '../../modules/matching/rules/factors';
import {
  countCandidatesSql,
  EVERYONE,
  holdersOf,
  OpeningToRank,
  preRankCandidatesSql,
} from '../../modules/matching/sql/candidate-pre-rank-sql';
import { preRankOpeningsSql } from '../../modules/matching/sql/opening-pre-rank-sql';
import { MatchFilter } from '../../modules/matching/sql/pair-query';
import {
  eligiblePairsCountSql,
  eligiblePairsSql,
  excludedPairsSql,
} from '../../modules/matching/sql/pair-statements-sql';
import { openPositionsSql } from '../../modules/matching/sql/plan-sql';
import { WORKLIST_SQL, WorklistArgs } from '../../modules/placements/sql/worklist-sql';

/** A statement Ponte composes from fragments, printed with fixed arguments so that a change is reviewed as SQL. */
export interface ComposedStatement {
  /** The file under `sql/` it is printed to. */
  file: string;
  /** What it answers and with which arguments it is printed. */
  about: string;
  sql: BuiltSql;
}

// Fixed arguments: IDs that read as what they stand for, and an opening with every kind of skill requirement.
const OPENING_ID = '00000000-0000-4000-8000-00000000000a';
const PERSON_ID = '00000000-0000-4000-8000-00000000000b';
const PAST_TRAINEE_ID = '00000000-0000-4000-8000-00000000000c';
const weights = { weightsByAmbito: new Map([[3, DEFAULT_WEIGHTS]]), defaultWeights: DEFAULT_WEIGHTS };
const opening: OpeningToRank = {
  occupationId: null,
  sectorBit: 2,
  skills: [
    { bitPosition: 3, required: true, minimumLevel: 3, indispensable: true },
    { bitPosition: 7, required: true, minimumLevel: 2, indispensable: false },
    { bitPosition: 12, required: false, minimumLevel: 1, indispensable: false },
  ],
  pastPositive: [PAST_TRAINEE_ID],
  weights,
  law68Score: 1,
  shortfalls: new Map(),
};
const inAmbito1: MatchFilter = { ambito: 1 };
const narrowed: MatchFilter = { ambito: 1, caseStatuses: [CaseStatus.ORIENTATION], maxCommuteKm: 25 };

const OPERATOR_ID = '00000000-0000-4000-8000-00000000000d';
const worklistArgs: WorklistArgs = {
  operatorId: OPERATOR_ID,
  operatorAmbito: 1,
  today: '2026-12-03',
  settings: { referralWaitingDays: 15, noContactDays: 60, internshipEndingDays: 14, visitAheadDays: 7 },
};
const worklistStatements: ComposedStatement[] = Object.entries(WORKLIST_SQL).map(([kind, build]) => ({
  file: `worklist-${kind.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.sql`,
  about: `myWorklist: ${kind} of an operator of ambito 1, on 2026-12-03`,
  sql: build(worklistArgs),
}));

export const COMPOSED_STATEMENTS: ComposedStatement[] = [
  {
    file: 'candidates-count.sql',
    about: 'matchCandidates: how many people pass the hard constraints for an opening (ambito 1)',
    sql: countCandidatesSql(OPENING_ID, opening, inAmbito1),
  },
  {
    file: 'candidates-pre-rank-holders.sql',
    about: "matchCandidates: pre-rank of the holders of the opening's skills, best 20 (ambito 1)",
    sql: preRankCandidatesSql(OPENING_ID, opening, inAmbito1, 20, holdersOf(opening)),
  },
  {
    file: 'candidates-pre-rank-everyone.sql',
    about: 'matchCandidates: pre-rank of everyone, best 20, narrowed by case status and distance',
    sql: preRankCandidatesSql(OPENING_ID, { ...opening, skills: [] }, narrowed, 20, EVERYONE),
  },
  {
    file: 'openings-pre-rank.sql',
    about: 'matchOpenings: pre-rank of the open openings for one person, best 20 (ambito 1)',
    sql: preRankOpeningsSql(PERSON_ID, inAmbito1, 20, weights),
  },
  {
    file: 'pairs-eligible-for-opening.sql',
    about: 'the pair query: the pre-ranked people for one opening who pass every hard constraint',
    sql: eligiblePairsSql({ openingId: OPENING_ID, beneficiaryIds: [PERSON_ID, PAST_TRAINEE_ID] }, inAmbito1),
  },
  {
    file: 'pairs-eligible-for-person.sql',
    about: 'the pair query: the open openings one person passes every hard constraint for',
    sql: eligiblePairsSql({ beneficiaryId: PERSON_ID }, inAmbito1),
  },
  {
    file: 'pairs-excluded-for-opening.sql',
    about: 'explainExclusions: the first 50 people excluded from one opening, with the values the reasons quote',
    sql: excludedPairsSql({ openingId: OPENING_ID }, inAmbito1, 50),
  },
  {
    file: 'plan-open-positions.sql',
    about: "placementPlan: every open opening's positions still open",
    sql: openPositionsSql(null),
  },
  {
    file: 'plan-pairs.sql',
    about: "placementPlan: every eligible pair of the ambito's people and the plan's open openings",
    sql: eligiblePairsSql({ openingIds: [OPENING_ID], beneficiaryIds: null }, inAmbito1),
  },
  {
    file: 'fairness-pairs.sql',
    about: "matchingFairness: every eligible pair of the ambito's people and all open openings",
    sql: eligiblePairsSql({ openingIds: null, beneficiaryIds: null }, inAmbito1),
  },
  {
    file: 'pairs-eligible-count-for-person.sql',
    about: 'matchOpenings: how many open openings one person passes every hard constraint for',
    sql: eligiblePairsCountSql({ beneficiaryId: PERSON_ID }, {}),
  },
  ...worklistStatements,
];

/** The file's text: a header, the statement, and its parameters. */
export function printStatement(statement: ComposedStatement): string {
  const params = statement.sql.params.map((value, i) => `--   $${i + 1} = ${JSON.stringify(value)}`);
  return [
    '-- Written by `npm run sql:print` (src/app/cli/composed-sql.ts); do not edit.',
    `-- ${statement.about}`,
    ...(params.length ? ['-- Parameters:', ...params] : []),
    '',
    `${statement.sql.text.trim()};`,
    '',
  ].join('\n');
}
