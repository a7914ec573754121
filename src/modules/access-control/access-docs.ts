import { GraphQLField, GraphQLSchema, getNamedType, isIntrospectionType, isObjectType } from 'graphql';
import { OperatorRole } from '../operators/operator.entity';
import { MATCH_FIELD_GUARDS } from './match-disclosure';
import {
  Allowed,
  AMBITO_ARGUMENTS,
  CASE_TYPES,
  MATCH_DISCLOSURE,
  PUBLIC,
  ROOT_FIELDS,
  SENSITIVE_FIELDS,
} from './policy';

/*
 * Who reads what, told in the schema's descriptions and derived from the policy the access guard enforces, so the
 * documentation cannot drift from the rule: the roles of each query and mutation, and which roles read `null` where a
 * field is sensitive or leads to a case record.
 */

const ALL_ROLES = Object.values(OperatorRole);

const list = (roles: readonly OperatorRole[]): string => roles.join(', ');

function rootNote(name: string, allowed: Allowed | undefined): string {
  if (allowed === undefined) return 'Access: refused to everyone (not in the access policy).';
  if (allowed === PUBLIC) return 'Access: anyone, signed in or not.';
  const ambito = AMBITO_ARGUMENTS[name] ? ' An OPERATOR gets only the records of their own ambito.' : '';
  return `Access: ${list(allowed)}.${ambito}`;
}

function sensitiveNote(readers: readonly OperatorRole[]): string {
  const others = ALL_ROLES.filter((role) => !readers.includes(role));
  return (
    `Sensitive: read by ${list(readers)}; ${list(others)} read null. ` +
    'Every read of a non-null value is recorded in the audit trail.'
  );
}

function caseRecordNote(typeName: string, readers: readonly OperatorRole[]): string | null {
  const others = ALL_ROLES.filter((role) => !readers.includes(role));
  if (!others.length) return null;
  return `A ${typeName} is a case record: ${list(others)} read null here; an OPERATOR reads only their own ambito's.`;
}

const CASE_WORKERS: readonly OperatorRole[] = MATCH_DISCLOSURE.caseWorkers;
const caseWorkers = (): string => list(CASE_WORKERS);
const othersThanCaseWorkers = (): string => list(ALL_ROLES.filter((role) => !CASE_WORKERS.includes(role)));

/** Matching's side doors (MATCH_DISCLOSURE): one note for each field the match guards decide. */
export const MATCH_NOTES: Readonly<Record<string, () => string>> = {
  'MatchRanking.excluded': () =>
    `Access: ${caseWorkers()} read it; ${othersThanCaseWorkers()} read null (the reasons quote limitations, and ` +
    'the list names people who are not candidates).',
  'ExcludedMatch.reasons': () =>
    'Access: a reason quoting the person’s limitations or needs is recorded in the audit trail as a read of their ' +
    'work constraints.',
  'Match.factors': () =>
    `Access: roles other than ${caseWorkers()} read a neutral explanation of PAST_PLACEMENT (placement history is ` +
    'for case workers); its points stay, so the score adds up.',
  'Match.accommodations': () =>
    `Access: ${caseWorkers()} read it; an EMPLOYER_LIAISON only once the person has a placement ` +
    `(${MATCH_DISCLOSURE.liaisonNeedsPlacementStatuses.join(', ')}) with the opening’s employer; others read null. ` +
    'Each non-empty read is recorded in the audit trail.',
};

/** The access note of one field, or null when every signed-in role reads it as it is. */
export function accessNote(parent: string, field: GraphQLField<unknown, unknown>): string | null {
  if (parent === 'Query' || parent === 'Mutation') return rootNote(field.name, ROOT_FIELDS[field.name]);
  const coordinate = `${parent}.${field.name}`;
  if (MATCH_FIELD_GUARDS[coordinate]) return MATCH_NOTES[coordinate]?.() ?? null;
  const sensitive = SENSITIVE_FIELDS[`${parent}.${field.name}`];
  if (sensitive) return sensitiveNote(sensitive);
  const typeName = getNamedType(field.type).name;
  const readers = CASE_TYPES[typeName];
  return readers ? caseRecordNote(typeName, readers) : null;
}

/** Appends each field's access note to its description (after the build, once the descriptions are in place). */
export function appendAccessNotes(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const note = accessNote(type.name, field);
      if (!note || field.description?.includes(note)) continue;
      field.description = field.description ? `${field.description}\n\n${note}` : note;
    }
  }
}
