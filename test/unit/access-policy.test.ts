import {
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { buildPonteSchema } from '../../src/app/schema';
import {
  allows,
  CASE_TYPES,
  RECORD_TYPES,
  ROOT_FIELDS,
  SENSITIVE_FIELDS,
} from '../../src/modules/access-control/policy';
import { OperatorRole } from '../../src/modules/operators/operator.entity';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildPonteSchema();
});

const rootFields = () => [
  ...Object.keys(schema.getQueryType()!.getFields()),
  ...Object.keys(schema.getMutationType()!.getFields()),
];

/**
 * The object types a field can lead to for a role: an interface leads to every type implementing it, except case
 * types the role may not see (the guard refuses their IDs, so `node` cannot fetch them).
 */
function objectTypes(type: GraphQLNamedType, role: OperatorRole): GraphQLObjectType[] {
  if (isObjectType(type)) return [type];
  if (!isInterfaceType(type)) return [];
  return schema
    .getImplementations(type)
    .objects.filter((object) => !CASE_TYPES[object.name] || allows(CASE_TYPES[object.name], role));
}

function hidden(role: OperatorRole, typeName: string, fieldName: string, returnType: string): boolean {
  const sensitive = SENSITIVE_FIELDS[`${typeName}.${fieldName}`];
  if (sensitive && !allows(sensitive, role)) return true;
  const caseType = CASE_TYPES[returnType];
  return caseType !== undefined && !allows(caseType, role);
}

describe('the access policy', () => {
  it('names every query and mutation of the schema, and nothing else', () => {
    expect([...rootFields()].sort()).toEqual(Object.keys(ROOT_FIELDS).sort());
  });

  it('names only fields and types that exist', () => {
    for (const key of Object.keys(SENSITIVE_FIELDS)) {
      const [typeName, fieldName] = key.split('.');
      const type = schema.getType(typeName);
      expect(type && isObjectType(type) && type.getFields()[fieldName]).toBeTruthy();
    }
    for (const typeName of Object.keys(CASE_TYPES)) expect(schema.getType(typeName)).toBeDefined();
  });

  it.each(Object.values(OperatorRole))(
    'gives %s only nullable fields where it hides something, everywhere it can reach',
    (role) => {
      const reachable = new Set<string>();
      const queue: GraphQLObjectType[] = [];
      const visit = (type: GraphQLNamedType) => {
        for (const object of objectTypes(type, role)) {
          if (!reachable.has(object.name)) {
            reachable.add(object.name);
            queue.push(object);
          }
        }
      };
      for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
        for (const field of Object.values(root.getFields())) {
          // A root lookup of a case type the role may not read (beneficiary(id) for an admin) is refused by type.
          const target = getNamedType(field.type);
          if (allows(ROOT_FIELDS[field.name], role) && !hidden(role, root.name, field.name, target.name)) visit(target);
        }
      }
      const wronglyRequired: string[] = [];
      while (queue.length > 0) {
        const type = queue.shift()!;
        for (const field of Object.values(type.getFields())) {
          const target = getNamedType(field.type);
          if (hidden(role, type.name, field.name, target.name)) {
            if (isNonNullType(field.type)) wronglyRequired.push(`${type.name}.${field.name}`);
          } else {
            visit(target);
          }
        }
      }
      expect(wronglyRequired).toEqual([]);
      expect(reachable.size).toBeGreaterThan(5);
    },
  );

  it('keeps case records and health data away from the admin entirely', () => {
    for (const allowed of Object.values(CASE_TYPES)) expect(allows(allowed, OperatorRole.ADMIN)).toBe(false);
    for (const allowed of Object.values(SENSITIVE_FIELDS)) expect(allows(allowed, OperatorRole.ADMIN)).toBe(false);
  });
});

describe('every record type is in the policy', () => {
  it('lists each type with an ID (every Node, and every other object with an id) as a case type or a record type', () => {
    const withIds = Object.values(schema.getTypeMap()).filter(
      (type) =>
        isObjectType(type) && !type.name.startsWith('__') && type !== schema.getMutationType() && type.getFields().id,
    );
    const unlisted = withIds.map((type) => type.name).filter((name) => !CASE_TYPES[name] && !RECORD_TYPES[name]);
    expect(withIds.length).toBeGreaterThan(15);
    expect(unlisted).toEqual([]);
  });

  it('lists no type twice, so one table decides', () => {
    expect(Object.keys(CASE_TYPES).filter((name) => RECORD_TYPES[name])).toEqual([]);
  });
});
