import {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';

/** Walks the schema the way an adversary would: every query and mutation, with every argument it takes. */

export type RootField = { kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> };

export function rootFields(schema: GraphQLSchema): RootField[] {
  return [
    ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ kind: 'query' as const, field })),
    ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ kind: 'mutation' as const, field })),
  ];
}

/** The operation that calls one root field with each of its arguments as a variable of the same name. */
export function operationText({ kind, field }: RootField): string {
  // An argument with a default may be left out, so its variable is declared nullable (GraphQL allows that there).
  const typeOf = (arg: GraphQLArgument) =>
    arg.defaultValue !== undefined && isNonNullType(arg.type) ? arg.type.ofType : arg.type;
  const declared = (arg: GraphQLArgument) => `$${arg.name}: ${typeOf(arg).toString()}`;
  const head = field.args.length ? `(${field.args.map(declared).join(', ')})` : '';
  const call = field.args.length ? `(${field.args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind}${head} { ${field.name}${call}${selection} }`;
}

const SCALARS: Record<string, unknown> = {
  String: 'Prova di accesso',
  Int: 1,
  Float: 1,
  Boolean: false,
  PositiveInt: 1,
  LocalDate: '2026-10-05',
  LocalTime: '09:00',
  DateTime: '2026-10-05T10:00:00Z',
  EmailAddress: 'prova@giustaoccupazione.example',
  PhoneNumber: '+390301234567',
  Latitude: 45.5,
  Longitude: 10.2,
};

/**
 * A plausible value for an argument or input field, with every required field of an input filled in; `ids` gives
 * the ID to use for a field of that name (any other ID field gets `ids.default`).
 */
export function dummyValue(type: GraphQLInputType, name: string, ids: Record<string, string>): unknown {
  if (isNonNullType(type)) return dummyValue(type.ofType, name, ids);
  if (isListType(type)) return [dummyValue(type.ofType, name, ids)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter(
      (f) => isNonNullType(f.type) && f.defaultValue === undefined,
    );
    return Object.fromEntries(required.map((f) => [f.name, dummyValue(f.type, f.name, ids)]));
  }
  const named = getNamedType(type).name;
  if (named === 'ID') return ids[name] ?? ids.default;
  if (!(named in SCALARS)) throw new Error(`No dummy value for ${named}`);
  return SCALARS[named];
}

/** Values for the required arguments of a root field, so that the call reaches its resolver. */
export function requiredArguments(
  field: GraphQLField<unknown, unknown>,
  ids: Record<string, string>,
): Record<string, unknown> {
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  return Object.fromEntries(required.map((a) => [a.name, dummyValue(a.type, a.name, ids)]));
}

/**
 * Every element of the schema a client's documentation shows that has no description: types, fields, arguments,
 * input fields, enum values, and the schema itself (introspection's own types left out).
 */
export function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = schema.description?.trim() ? [] : ['schema'];
  const check = (coordinate: string, description: string | null | undefined) => {
    if (!withoutAccessNotes(description ?? '')) missing.push(coordinate);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type)) continue;
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name}:)`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
  }
  return missing;
}

/** A description without the paragraphs the access policy appends: those say who reads, not what it is. */
function withoutAccessNotes(description: string): string {
  return description
    .split('\n\n')
    .filter((paragraph) => !/^(Access: |Sensitive: |An? \w+ is a case record: )/.test(paragraph))
    .join('\n\n')
    .trim();
}
