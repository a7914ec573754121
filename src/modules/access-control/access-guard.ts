import {
  FieldNode,
  GraphQLError,
  GraphQLField,
  GraphQLResolveInfo,
  GraphQLSchema,
  defaultFieldResolver,
  getNamedType,
  isObjectType,
} from 'graphql';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../../graphql/errors';
import { PonteContext } from '../../graphql/context';
import { fromGlobalId } from '../../graphql/relay';
import { currentAuditActor } from '../audit/audit-context';
import { OperatorRole } from '../operators/operator.entity';
import { Municipality } from '../territory/municipality.entity';
import { ambitoOf, CASE_ENTITIES, personLink } from './case-scope';
import { allows, AMBITO_ARGUMENTS, CASE_TYPES, PERSON_ITEMS, ROOT_FIELDS, SENSITIVE_FIELDS } from './policy';

type Next = () => Promise<unknown>;
type Guard = (root: any, args: Record<string, any>, context: PonteContext, info: GraphQLResolveInfo, next: Next) => Promise<unknown>;

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
      const guard = guardFor(type.name, field);
      if (!guard) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context, info) =>
        guard(root, args, context, info, () => Promise.resolve(resolve(root, args, context, info)));
    }
  }
  return schema;
}

function guardFor(parent: string, field: GraphQLField<unknown, unknown>): Guard | null {
  if (parent === 'Query' || parent === 'Mutation') return guardRootField;
  const sensitive = SENSITIVE_FIELDS[`${parent}.${field.name}`];
  if (sensitive) {
    return (root, _args, context, info, next) => {
      if (!allows(sensitive, context.viewer?.role ?? null)) return Promise.resolve(null);
      context.readAudit.record(parent, String(root.id ?? root.beneficiaryId), personLink(parent, root), rootFieldName(info), field.name);
      return next();
    };
  }
  const caseType = getNamedType(field.type).name;
  const readers = CASE_TYPES[caseType];
  if (!readers) return null;
  return (_root, _args, context, _info, next) => {
    const role = context.viewer?.role ?? null;
    if (!allows(readers, role)) return Promise.resolve(null);
    return role === OperatorRole.OPERATOR ? next().then((value) => keepInAmbito(value, caseType, context)) : next();
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
    if (!viewer) throw new UnauthenticatedError(context.authProblem ?? 'Sign in first: call signIn and send "Authorization: Bearer <accessToken>"');
    throw new ForbiddenError(`The ${viewer.role} role may not use ${field}`);
  }
  const actor = currentAuditActor();
  if (actor) actor.operation = field;
  if (viewer) await checkRecordArguments(args, '', context);
  if (info.parentType.name === 'Mutation') context.loaders.clearAll();
  if (viewer?.role !== OperatorRole.OPERATOR) return next();

  const ambitoPath = AMBITO_ARGUMENTS[field];
  if (ambitoPath) confineToAmbito(args, ambitoPath, viewer.ambitoNumber);
  const caseType = getNamedType(info.returnType).name;
  const value = await next();
  return CASE_TYPES[caseType] || PERSON_ITEMS.has(caseType) ? keepInAmbito(value, caseType, context) : value;
}

/**
 * Every argument naming a case record (anywhere in the arguments, inputs included) is checked before the resolver
 * runs: a role that may not see the type is refused, and an OPERATOR naming a record of another ambito is told it
 * does not exist, so nothing is read or written on it and its existence does not leak.
 */
async function checkRecordArguments(value: unknown, path: string, context: PonteContext): Promise<void> {
  if (typeof value === 'string' && path.endsWith('residenceMunicipalityId')) {
    await checkResidenceInAmbito(value, path, context);
  } else if (typeof value === 'string') {
    const decoded = value.length < 200 ? fromGlobalId(value) : null;
    const entity = decoded && CASE_ENTITIES[decoded.typeName as keyof typeof CASE_ENTITIES];
    if (!decoded || !entity) return;
    const viewer = context.viewer!;
    if (!allows(CASE_TYPES[decoded.typeName], viewer.role)) {
      throw new ForbiddenError(`The ${viewer.role} role may not see a ${decoded.typeName}`, path);
    }
    if (viewer.role !== OperatorRole.OPERATOR) return;
    const record = await context.loaders.byId(entity as never).load(decoded.id);
    if (!record) return;
    const ambito = await ambitoOf(personLink(decoded.typeName, record), context.loaders);
    if (ambito !== viewer.ambitoNumber) throw new NotFoundError(decoded.typeName, path);
    return;
  }
  if (Array.isArray(value)) {
    await Promise.all(value.map((item, i) => checkRecordArguments(item, `${path}.${i}`, context)));
  } else if (value && typeof value === 'object') {
    await Promise.all(
      Object.entries(value).map(([key, item]) => checkRecordArguments(item, path ? `${path}.${key}` : key, context)),
    );
  }
}

/** An OPERATOR cannot place a person outside their own ambito: that person would be another team's case. */
async function checkResidenceInAmbito(globalId: string, path: string, context: PonteContext): Promise<void> {
  const viewer = context.viewer!;
  const decoded = fromGlobalId(globalId);
  if (viewer.role !== OperatorRole.OPERATOR || decoded?.typeName !== 'Municipality') return;
  const municipality = await context.loaders.byId(Municipality).load(decoded.id);
  if (municipality && municipality.ambitoNumber !== viewer.ambitoNumber) {
    throw new ForbiddenError(
      `${municipality.name} is outside your ambito: people living there are followed by its own operators or the coordinator`,
      path,
    );
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
    throw new GraphQLError(`No ambito ${asked} is visible to you`, { extensions: { code: 'NOT_FOUND', field: path.join('.') } });
  }
  holder[last] = ambito;
}

/** An OPERATOR's view of case records: a list keeps only their ambito's records; a single record elsewhere is not found. */
async function keepInAmbito(value: unknown, typeName: string, context: PonteContext): Promise<unknown> {
  const own = context.viewer!.ambitoNumber;
  const inAmbito = async (record: any) => (await ambitoOf(personLink(typeName, record), context.loaders)) === own;
  if (Array.isArray(value)) {
    const keep = await Promise.all(value.map(inAmbito));
    return value.filter((_, i) => keep[i]);
  }
  if (value === null || value === undefined) return value;
  if (!(await inAmbito(value))) throw new NotFoundError(typeName);
  return value;
}

/** The query or mutation a nested field belongs to, named in the audit trail. */
function rootFieldName(info: GraphQLResolveInfo): string {
  let path = info.path;
  while (path.prev) path = path.prev;
  const responseKey = String(path.key);
  const field = info.operation.selectionSet.selections.find(
    (s): s is FieldNode => s.kind === 'Field' && (s.alias?.value ?? s.name.value) === responseKey,
  );
  return field?.name.value ?? responseKey;
}
