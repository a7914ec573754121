import type { SchemaDocs } from './apply-docs';

/** The same field descriptions for several types (a create and an update input, say), keyed `Type.field`. */
export function fieldsOf(typeNames: readonly string[], fields: Readonly<Record<string, string>>): SchemaDocs {
  return Object.fromEntries(
    typeNames.flatMap((typeName) =>
      Object.entries(fields).map(([field, description]) => [`${typeName}.${field}`, description]),
    ),
  );
}

/** An ID argument's description: the global ID of the record the operation acts on. */
export const idOf = (typeName: string, what = 'to act on'): string =>
  `Global ID of the ${typeName} ${what} (as read from its \`id\`)`;
