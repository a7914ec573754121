import { enumParam } from '../../i18n/translate';
import {
  GraphQLField,
  GraphQLID,
  GraphQLInputType,
  GraphQLResolveInfo,
  GraphQLSchema,
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import {
  ForbiddenError,
  LocalizedError,
  NotFoundError,
  UnauthenticatedError,
  UserInputError,
} from '../../graphql/errors';
import { PonteContext } from '../auth/context';
import { fromGlobalId } from '../../graphql/relay';
import { currentAuditActor } from '../audit/audit-context';
import { OperatorRole } from '../operators/operator.entity';
import { Municipality } from '../territory/municipality.entity';
import { ambitoOf, CASE_ENTITIES, personLink, scopeLink } from './case-scope';
import { MATCH_FIELD_GUARDS } from './match-disclosure';
import { Guard, Next, rootFieldName } from './field-guard';
import { keepDisclosed, RECORD_DISCLOSURE } from './record-disclosure';
import {
  allows,
  AMBITO_ARGUMENTS,
  CASE_TYPES,
  NULL_WHEN_NOT_FOUND,
  PERSON_ITEMS,
  RECORD_TYPES,
  RESIDENCE_ARGUMENTS,
  SENSITIVE_FILTERS,
  ROOT_FIELDS,
  SENSITIVE_FIELDS,
} from './policy';
import { msg } from '../../i18n/message';

/**
 * The single place where access is enforced: roles for each query and mutation, the ambito boundary of operators
 * (arguments before the resolver runs, results after), hidden fields, and the audit of sensitive reads. Resolvers
 * and services never check roles themselves. Only the fields that need a check are wrapped: a wrapper on every
 * field would cost a promise per value of every response (a fifth of a large placement plan's time).
 */
export function guardSchema(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const guard = guardFor(type.name, field)?.run;
      if (!guard) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context, info) =>
        guard(root, args, context, info, () => Promise.resolve(resolve(root, args, context, info)));
    }
  }
  return schema;
}

/**
 * A field's guard, and the roles for which it lets the resolver's value through untouched, recording nothing: for
 * them the field answers exactly what its resolver gives (a direct read may then read it, direct-reads.ts).
 */
interface FieldGuard {
  run: Guard;
  passes(role: OperatorRole | null): boolean;
}

const NEVER_PASSES = () => false;

/**
 * Whether the field answers `role` exactly what its resolver gives, with nothing hidden, filtered or recorded: it
 * has no guard, or its guard lets that role's reads through untouched.
 */
export function answersAsResolved(
  parent: string,
  field: GraphQLField<unknown, unknown>,
  role: OperatorRole | null,
): boolean {
  const guard = guardFor(parent, field);
  return guard === null || guard.passes(role);
}

function guardFor(parent: string, field: GraphQLField<unknown, unknown>): FieldGuard | null {
  if (parent === 'Query' || parent === 'Mutation') return { run: guardRootField, passes: NEVER_PASSES };
  const matchGuard = MATCH_FIELD_GUARDS[`${parent}.${field.name}`];
  if (matchGuard) return { run: matchGuard, passes: NEVER_PASSES };
  const sensitive = SENSITIVE_FIELDS[`${parent}.${field.name}`];
  if (sensitive) return { run: sensitiveGuard(parent, field, sensitive), passes: NEVER_PASSES };
  const caseType = getNamedType(field.type).name;
  const readers = CASE_TYPES[caseType];
  if (!readers) return recordGuard(caseType, field);
  const inAmbito: Guard = (_root, _args, context, _info, next) => {
    const role = context.viewer?.role ?? null;
    if (!allows(readers, role)) return Promise.resolve(null);
    return role === OperatorRole.OPERATOR ? next().then((value) => keepInAmbito(value, caseType, context)) : next();
  };
  const disclosed = RECORD_DISCLOSURE[caseType] !== undefined;
  const passes = (role: OperatorRole | null) => !disclosed && role !== OperatorRole.OPERATOR && allows(readers, role);
  if (!disclosed) return { run: inAmbito, passes };
  return {
    run: (root, args, context, info, next) =>
      inAmbito(root, args, context, info, next).then((value) =>
        keepDisclosed(value, caseType, context, rootFieldName(info)),
      ),
    passes,
  };
}

/** A special-category field: null for roles that may not read it, every read by the others recorded. */
function sensitiveGuard(
  parent: string,
  field: GraphQLField<unknown, unknown>,
  sensitive: readonly OperatorRole[],
): Guard {
  return (root, _args, context, info, next) => {
    if (!allows(sensitive, context.viewer?.role ?? null)) return Promise.resolve(null);
    context.readAudit.record(
      parent,
      String(root.id ?? root.beneficiaryId),
      personLink(parent, root),
      rootFieldName(info),
      field.name,
    );
    return next();
  };
}

/**
 * A record type fetched by `node(id)` only by some roles (the quota module's records, role grants) is read through
 * a parent's field by the same roles: the others read an empty list or null, so no path gives what `node` refuses.
 * Types every signed-in role reads need no wrapper.
 */
function recordGuard(typeName: string, field: GraphQLField<unknown, unknown>): FieldGuard | null {
  const readers = RECORD_TYPES[typeName];
  if (!readers || Object.values(OperatorRole).every((role) => allows(readers, role))) return null;
  const hidden = isListType(getNullableType(field.type)) ? [] : null;
  return {
    run: (_root, _args, context, _info, next) =>
      allows(readers, context.viewer?.role ?? null) ? next() : Promise.resolve(hidden),
    passes: (role) => allows(readers, role),
  };
}

async function guardRootField(
  _root: unknown,
  args: Record<string, any>,
  context: PonteContext,
  info: GraphQLResolveInfo,
  next: Next,
): Promise<unknown> {
  const field = info.fieldName;
  const allowed = ROOT_FIELDS[field];
  const viewer = context.viewer;
  if (!allows(allowed, viewer?.role ?? null)) {
    if (!viewer) throw new UnauthenticatedError(context.authProblem ?? msg('accessControl.signInFirst'));
    throw new ForbiddenError(msg('accessControl.roleMayUse', { role: enumParam('OperatorRole', viewer.role), field }));
  }
  const actor = currentAuditActor();
  if (actor) actor.operation = field;
  if (viewer) checkSensitiveFilters(field, args, context, viewer.role);
  if (viewer) {
    try {
      await checkRecordArguments(info.parentType.getFields()[field], args, context);
    } catch (error) {
      if (error instanceof NotFoundError && NULL_WHEN_NOT_FOUND.has(field)) return null;
      throw error;
    }
  }
  if (info.parentType.name === 'Mutation') context.loaders.clearAll();
  if (viewer?.role !== OperatorRole.OPERATOR) return next().then((value) => disclosedRoot(value, field, context));

  const residencePath = RESIDENCE_ARGUMENTS[field];
  if (residencePath) await checkResidenceInAmbito(args, residencePath, context);
  const ambitoPath = AMBITO_ARGUMENTS[field];
  if (ambitoPath) confineToAmbito(args, ambitoPath, viewer.ambitoNumber);
  const caseType = getNamedType(info.returnType).name;
  const value = await next();
  const kept =
    CASE_TYPES[caseType] || PERSON_ITEMS.has(caseType) ? await keepInAmbito(value, caseType, context) : value;
  return disclosedRoot(kept, field, context);
}

/** A root field's record (by its runtime type: `node` returns an interface) that the viewer may not see reads null. */
function disclosedRoot(value: unknown, field: string, context: PonteContext): unknown {
  const typeName = (value as object | null)?.constructor?.name;
  return typeName && RECORD_DISCLOSURE[typeName] ? keepDisclosed(value, typeName, context, field) : value;
}

/** A filter on a sensitive attribute is refused to roles that may not read it, and recorded like a read otherwise. */
function checkSensitiveFilters(
  field: string,
  args: Record<string, any>,
  context: PonteContext,
  role: OperatorRole,
): void {
  for (const filter of SENSITIVE_FILTERS[field] ?? []) {
    const value = filter.path.reduce<any>((holder, key) => holder?.[key], args);
    if (value === undefined || value === null) continue;
    const where = filter.path.join('.');
    if (!allows(filter.readers, role))
      throw new ForbiddenError(
        msg('accessControl.roleMayFilter', { role: enumParam('OperatorRole', role), attribute: filter.attribute }),
        where,
      );
    const [recordType, attribute] = filter.attribute.split('.');
    context.readAudit.record(`${recordType}Filter`, where, null, field, attribute);
  }
}

/**
 * Every ID in the arguments (anywhere, inputs and lists included, found through the field's declared types) is
 * checked before the resolver runs, and the check fails closed: an ID that does not decode, or names a type the
 * policy does not know, is refused; a role that may not see the type is refused; for an OPERATOR, a case record
 * that cannot be found or lies in another ambito is answered NOT_FOUND alike, so nothing is read or written on it
 * and its existence does not leak.
 */
async function checkRecordArguments(
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  context: PonteContext,
): Promise<void> {
  await Promise.all(field.args.map((arg) => checkValue(arg.type, args[arg.name], arg.name, context)));
}

async function checkValue(type: GraphQLInputType, value: unknown, path: string, context: PonteContext): Promise<void> {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return checkValue(type.ofType, value, path, context);
  if (isListType(type)) {
    if (!Array.isArray(value)) return checkValue(type.ofType, value, path, context);
    await Promise.all(value.map((item, i) => checkValue(type.ofType, item, `${path}.${i}`, context)));
    return;
  }
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    const entries = Object.entries(value as Record<string, unknown>).filter(([key]) => fields[key]);
    await Promise.all(entries.map(([key, item]) => checkValue(fields[key].type, item, `${path}.${key}`, context)));
    return;
  }
  if (getNamedType(type).name === GraphQLID.name) await checkId(String(value), path, context);
}

async function checkId(globalId: string, path: string, context: PonteContext): Promise<void> {
  const decoded = fromGlobalId(globalId);
  const readers = decoded && (CASE_TYPES[decoded.typeName] ?? RECORD_TYPES[decoded.typeName]);
  if (!decoded || !readers) throw new UserInputError(msg('accessControl.ponteId'), path);
  const viewer = context.viewer!;
  if (!allows(readers, viewer.role))
    throw new ForbiddenError(
      msg('accessControl.roleMaySee', { role: enumParam('OperatorRole', viewer.role), typeName: decoded.typeName }),
      path,
    );
  const entity = CASE_ENTITIES[decoded.typeName as keyof typeof CASE_ENTITIES];
  const disclosure = RECORD_DISCLOSURE[decoded.typeName];
  if (!entity || (viewer.role !== OperatorRole.OPERATOR && !disclosure)) return;
  const record = await context.loaders.byId(entity as never).load(decoded.id);
  // A record the role may not see by its classification is answered as a missing one, for every role.
  if (record && disclosure && !disclosure.visible(record, viewer.role)) throw new NotFoundError(decoded.typeName, path);
  if (viewer.role !== OperatorRole.OPERATOR) return;
  const ambito = record ? await ambitoOf(scopeLink(decoded.typeName, record), context.loaders) : undefined;
  if (ambito !== viewer.ambitoNumber) throw new NotFoundError(decoded.typeName, path);
}

/** An OPERATOR cannot place a person outside their own ambito: that person would be another team's case. */
async function checkResidenceInAmbito(
  args: Record<string, any>,
  path: readonly string[],
  context: PonteContext,
): Promise<void> {
  const globalId = path.reduce<any>((holder, key) => holder?.[key], args);
  if (globalId === undefined || globalId === null) return;
  const field = path.join('.');
  const decoded = fromGlobalId(String(globalId));
  if (decoded?.typeName !== 'Municipality')
    throw new UserInputError(msg('accessControl.expectedIdMunicipality'), field);
  const municipality = await context.loaders.byId(Municipality).load(decoded.id);
  if (!municipality) throw new NotFoundError('Municipality', field);
  if (municipality.ambitoNumber !== context.viewer!.ambitoNumber) {
    throw new ForbiddenError(msg('accessControl.outsideYourAmbitoPeople', { name: municipality.name }), field);
  }
}

function confineToAmbito(args: Record<string, any>, path: readonly string[], ambito: number | null): void {
  let holder = args;
  for (const key of path.slice(0, -1)) {
    holder[key] ??= {};
    holder = holder[key];
  }
  const last = path[path.length - 1];
  const asked = holder[last];
  if (asked !== undefined && asked !== null && asked !== ambito) {
    throw new LocalizedError(msg('accessControl.ambitoNotVisible', { ambito: String(asked) }), {
      code: 'NOT_FOUND',
      field: path.join('.'),
    });
  }
  holder[last] = ambito;
}

/** An OPERATOR's view of case records: a list keeps only their ambito's records; a single record elsewhere is not found. */
async function keepInAmbito(value: unknown, typeName: string, context: PonteContext): Promise<unknown> {
  const own = context.viewer!.ambitoNumber;
  const inAmbito = async (record: any) => (await ambitoOf(scopeLink(typeName, record), context.loaders)) === own;
  if (Array.isArray(value)) {
    const keep = await Promise.all(value.map(inAmbito));
    return value.filter((_, i) => keep[i]);
  }
  if (value === null || value === undefined) return value;
  if (!(await inAmbito(value))) throw new NotFoundError(typeName);
  return value;
}
