import {
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
} from 'graphql';
import { ENUM_LABELS, enumValueSdlDescription } from '../../i18n/enum-labels';

/** Descriptions keyed by schema coordinate: `Type`, `Type.field` (also input fields) and `Type.field(argument:)`. */
export type SchemaDocs = Readonly<Record<string, string>>;

interface Describable {
  description?: string | null;
}

/** Every describable element of the schema by its coordinate (introspection types left out: graphql-js owns them). */
export function schemaElements(schema: GraphQLSchema): Map<string, Describable> {
  const elements = new Map<string, Describable>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type)) continue;
    elements.set(type.name, type);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        elements.set(`${type.name}.${field.name}`, field);
        for (const arg of field.args) elements.set(`${type.name}.${field.name}(${arg.name}:)`, arg);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) elements.set(`${type.name}.${field.name}`, field);
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) elements.set(`${type.name}.${value.name}`, value);
    }
  }
  return elements;
}

/**
 * Fills in the schema's descriptions from their homes: enum values from the label tables (`src/i18n/enum-labels`),
 * the rest from `docs` where the code gives none. A coordinate the schema lacks, or one the code already describes
 * differently, is a mistake (stale or doubled documentation) and stops the build.
 */
export function applySchemaDocs(schema: GraphQLSchema, docs: SchemaDocs): void {
  const elements = schemaElements(schema);
  const problems: string[] = [];
  const set = (coordinate: string, description: string, origin: string) => {
    const element = elements.get(coordinate);
    if (!element) problems.push(`${origin} describe ${coordinate}, which the schema does not have`);
    else if (element.description && element.description !== description) {
      problems.push(`${coordinate} is described both in the code and in ${origin}: keep one`);
    } else element.description = description;
  };
  for (const [enumName, values] of Object.entries(ENUM_LABELS)) {
    for (const value of Object.keys(values)) {
      set(`${enumName}.${value}`, enumValueSdlDescription(enumName, value)!, 'the enum labels');
    }
  }
  for (const [coordinate, description] of Object.entries(docs)) set(coordinate, description, 'the schema docs');
  if (problems.length) throw new Error(`Schema documentation:\n${problems.join('\n')}`);
}
