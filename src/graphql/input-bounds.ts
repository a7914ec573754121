import {
  defaultFieldResolver,
  GraphQLArgument,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { UserInputError } from './errors';
import { Message, msg } from '../i18n/message';

/**
 * The longest list any argument or input field takes. Ponte's lists are filters over closed lists, a few sites or
 * skills, the IDs of a plan: a thousand is far above any real use, and far below what would overflow PostgreSQL's
 * 65,535 parameters of a statement (100,000 enum values did, and the request failed as a lost connection).
 */
export const MAX_LIST_LENGTH = 1000;

/** Lists that may be longer, each bounded by the rule of its own operation: `Type.field.argument` → bound. */
export type LongerLists = Readonly<Record<string, number>>;

interface Problem {
  field: string;
  message: Message;
}

/**
 * The first problem in a coerced value: a list over its bound, or text with a NUL character, which PostgreSQL cannot
 * store (refused here, it never reaches a statement). GraphQL has already made every list value an array.
 */
function problemIn(type: GraphQLInputType, value: unknown, path: string[], listBound: number): Problem | null {
  if (value === null || value === undefined) return null;
  if (isNonNullType(type)) return problemIn(type.ofType, value, path, listBound);
  if (isListType(type)) {
    const items = value as unknown[];
    if (items.length > listBound)
      return { field: path.join('.'), message: msg('graphql.listTooLong', { field: path.join('.'), max: listBound }) };
    for (const [index, item] of items.entries()) {
      const problem = problemIn(type.ofType, item, [...path, String(index)], MAX_LIST_LENGTH);
      if (problem) return problem;
    }
    return null;
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      const problem = problemIn(
        field.type,
        (value as Record<string, unknown>)[field.name],
        [...path, field.name],
        MAX_LIST_LENGTH,
      );
      if (problem) return problem;
    }
    return null;
  }
  if (typeof value === 'string' && value.includes('\u0000')) {
    return { field: path.join('.'), message: msg('graphql.nulCharacter', { field: path.join('.') }) };
  }
  return null;
}

/** Which arguments can hold text or a list; an argument of numbers or booleans alone needs no look. */
function holdsTextOrList(type: GraphQLInputType, seen = new Set<string>()): boolean {
  if (isNonNullType(type)) return holdsTextOrList(type.ofType, seen);
  if (isListType(type)) return true;
  if (isInputObjectType(type)) {
    if (seen.has(type.name)) return false;
    seen.add(type.name);
    return Object.values(type.getFields()).some((field) => holdsTextOrList(field.type, seen));
  }
  return !['Int', 'Float', 'Boolean', 'PositiveInt', 'Latitude', 'Longitude'].includes(type.name);
}

/**
 * Refuses, before anything else runs for a field (access checks included), what no resolver should see: a list
 * longer than its bound, text with a NUL character. Arguments arrive coerced, from the query or from variables alike;
 * the error names the field as every input error does (`input.sites.0.name`).
 */
export function boundInputs(schema: GraphQLSchema, longerLists: LongerLists = {}): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const checked = field.args.filter((arg) => holdsTextOrList(arg.type));
      if (checked.length === 0) continue;
      const bounds = new Map(
        checked.map((arg: GraphQLArgument) => [
          arg.name,
          longerLists[`${type.name}.${field.name}.${arg.name}`] ?? MAX_LIST_LENGTH,
        ]),
      );
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context, info) => {
        for (const arg of checked) {
          const problem = problemIn(arg.type, args[arg.name], [arg.name], bounds.get(arg.name)!);
          if (problem) throw new UserInputError(problem.message, problem.field);
        }
        return resolve(root, args, context, info);
      };
    }
  }
  return schema;
}
