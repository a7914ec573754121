import 'reflect-metadata';
import { GraphQLSchema, isEnumType, isIntrospectionType, isObjectType } from 'graphql';
import { buildPonteSchema } from '../../src/app/schema';
import { ENUM_LABELS } from '../../src/i18n/enum-labels';
import { LOCALES } from '../../src/i18n/locale';
import { SENSITIVE_FIELDS, ROOT_FIELDS } from '../../src/modules/access-control/policy';
import { MATCH_FIELD_GUARDS } from '../../src/modules/access-control/match-disclosure';
import { MATCH_NOTES } from '../../src/modules/access-control/access-docs';
import { undescribed } from '../helpers/schema-walk';

/* The schema documents itself for a front-end: every element described, every enum value labelled in Italian and
 * English, and who reads what said where it matters. */

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildPonteSchema();
});

const apiEnums = () =>
  Object.values(schema.getTypeMap())
    .filter(isEnumType)
    .filter((type) => !isIntrospectionType(type));

test('every type, field, argument, input field, enum value and the schema itself has a description', () => {
  expect(undescribed(schema)).toEqual([]);
});

test('every value of every enum has a non-empty Italian and English label and meaning, labels distinct per enum', () => {
  const problems: string[] = [];
  for (const type of apiEnums()) {
    for (const locale of LOCALES) {
      const seen = new Map<string, string>();
      for (const { name } of type.getValues()) {
        const text = ENUM_LABELS[type.name]?.[name]?.[locale];
        if (!text?.label.trim() || !text.description.trim()) {
          problems.push(`${type.name}.${name} (${locale}) has no label or meaning`);
          continue;
        }
        const other = seen.get(text.label.toLocaleLowerCase(locale));
        if (other) problems.push(`${type.name}.${name} and ${other} share the ${locale} label "${text.label}"`);
        seen.set(text.label.toLocaleLowerCase(locale), name);
      }
    }
  }
  expect(problems).toEqual([]);
});

test('the label tables name only enums and values the schema has', () => {
  const values = new Map(apiEnums().map((type) => [type.name, new Set(type.getValues().map((v) => v.name))]));
  const stale = Object.entries(ENUM_LABELS).flatMap(([name, table]) =>
    Object.keys(table)
      .filter((value) => !values.get(name)?.has(value))
      .map((value) => `${name}.${value}`),
  );
  expect(stale).toEqual([]);
});

test('each enum value’s SDL description starts with its Italian label, so a generated client shows it', () => {
  for (const type of apiEnums()) {
    for (const value of type.getValues()) {
      expect(value.description?.startsWith(`${ENUM_LABELS[type.name][value.name].it.label} — `)).toBe(true);
    }
  }
});

test('a sensitive field says which roles read it and which read null, as the policy decides', () => {
  for (const [coordinate, readers] of Object.entries(SENSITIVE_FIELDS)) {
    const [typeName, fieldName] = coordinate.split('.');
    const type = schema.getType(typeName) as { getFields(): Record<string, { description?: string | null }> };
    const description = type.getFields()[fieldName].description ?? '';
    expect(description).toContain(`read by ${readers.join(', ')};`);
    expect(description).toMatch(/read null/);
  }
});

test('every query and mutation says which roles may call it, as the policy decides', () => {
  for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
    for (const field of Object.values(root.getFields())) {
      const allowed = ROOT_FIELDS[field.name];
      const expected = allowed === 'PUBLIC' ? 'Access: anyone' : `Access: ${allowed.join(', ')}.`;
      expect(`${field.name}: ${field.description}`).toContain(expected);
    }
  }
});

test('each of matching’s side doors says who reads what, from the disclosure policy', () => {
  for (const coordinate of Object.keys(MATCH_FIELD_GUARDS)) {
    expect(MATCH_NOTES[coordinate]).toBeDefined();
    const [typeName, fieldName] = coordinate.split('.');
    const type = schema.getType(typeName) as { getFields(): Record<string, { description?: string | null }> };
    expect(type.getFields()[fieldName].description).toContain(MATCH_NOTES[coordinate]());
  }
});

test('every object type with an id implements Node, so node(id) finds it', () => {
  const withId = Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !isIntrospectionType(type) && type.getFields().id?.type.toString() === 'ID!');
  expect(withId.length).toBeGreaterThan(20);
  expect(withId.filter((type) => !type.getInterfaces().some((i) => i.name === 'Node')).map((t) => t.name)).toEqual([]);
});
