import 'reflect-metadata';
import {
  GraphQLField,
  GraphQLInputField,
  GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from 'graphql';
import fc from 'fast-check';
import { buildPonteSchema } from '../../src/app/schema';
import { PhoneNumberScalar, toE164 } from '../../src/graphql/phone-number';

/* One money convention for the whole API, and phone numbers that are what their documentation says. */

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildPonteSchema();
});

/** Every field and input field of the API, with its coordinate. */
function allFields(): { coordinate: string; name: string; type: string; description: string }[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => !type.name.startsWith('__'))
    .flatMap((type) =>
      isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)
        ? Object.values(type.getFields() as Record<string, GraphQLField<unknown, unknown> | GraphQLInputField>).map(
            (field) => ({
              coordinate: `${type.name}.${field.name}`,
              name: field.name,
              type: getNamedType(field.type).name,
              description: field.description ?? '',
            }),
          )
        : [],
    );
}

const MONEY_NAME = /(amount|sanctionPer|sanctionExposure|contribution|allowance|salary|wage|price|cost|fee)/i;
const MONEY_TEXT = /\beuros?\b|€/i;

describe('money', () => {
  it('is always an integer number of euro cents in a field named …Cents, and its description says so', () => {
    // A share of a wage (percentOf…) is a percentage, not money.
    const money = allFields().filter(
      (f) => !/^percent/i.test(f.name) && (MONEY_NAME.test(f.name) || MONEY_TEXT.test(f.description)),
    );
    expect(money.length).toBeGreaterThan(5);
    const wrong = money.filter(
      (f) => !f.name.endsWith('Cents') || f.type !== 'Int' || !/euro cents/i.test(f.description),
    );
    expect(wrong.map((f) => `${f.coordinate}: ${f.type}`)).toEqual([]);
  });

  it('every …Cents field is an Int', () => {
    const cents = allFields().filter((f) => f.name.endsWith('Cents'));
    expect(cents.filter((f) => f.type !== 'Int').map((f) => f.coordinate)).toEqual([]);
  });
});

const E164 = /^\+[1-9]\d{6,14}$/;
const digits = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));
const separator = fc.constantFrom('', ' ', '.', '-', '/');
/** Splits a string of digits with separators, the many ways people write a number. */
const written = (number: string) =>
  fc.array(separator, { minLength: number.length, maxLength: number.length }).map((seps) =>
    number
      .split('')
      .map((d, i) => (i ? seps[i] : '') + d)
      .join(''),
  );

describe('PhoneNumber', () => {
  it('turns the ways people write an Italian number into one E.164 number', () => {
    for (const [given, e164] of [
      ['030 1234567', '+390301234567'],
      ['(030) 123-4567', '+390301234567'],
      ['+39 030 1234567', '+390301234567'],
      ['0039 030 1234567', '+390301234567'],
      ['333 1234567', '+393331234567'],
      ['+39 333 123 4567', '+393331234567'],
      ['+44 20 7946 0958', '+442079460958'],
    ]) {
      expect(PhoneNumberScalar.parseValue(given)).toBe(e164);
    }
  });

  it('refuses what is not a phone number, an extension, or a number that cannot exist', () => {
    for (const bad of [
      '',
      '12',
      '+39 3',
      'abc',
      '030 123 4567 int. 12',
      '+39 333 1234567 ext 12',
      '0301234567x',
      '++390301234567',
      '+0 123 456 789',
      '030\u00001234567',
      ' ',
      '3'.repeat(40),
    ]) {
      expect(() => PhoneNumberScalar.parseValue(bad)).toThrow();
    }
    expect(() => PhoneNumberScalar.parseValue(390301234567)).toThrow();
  });

  it('whatever it accepts, it returns as E.164, and reading that back gives the same number (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const e164 = toE164(text);
        if (e164 === null) return;
        expect(e164).toMatch(E164);
        expect(toE164(e164)).toBe(e164);
      }),
      { numRuns: 2000 },
    );
  });

  it('an Italian mobile number, however spaced, is accepted as +39 and the same digits (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('320', '328', '333', '335', '338', '339', '340', '347', '349'),
        digits(7, 7),
        fc.constantFrom('', '+39', '+39 ', '0039 '),
        (prefix, rest, country) =>
          fc.assert(
            fc.property(written(prefix + rest), (spaced) => {
              expect(toE164(country + spaced)).toBe(`+39${prefix}${rest}`);
            }),
            { numRuns: 5 },
          ),
      ),
      { numRuns: 200 },
    );
  });

  it('the same number written nationally and internationally is one number (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('030', '02', '06', '0365', '030'), digits(6, 7), (area, rest) => {
        const national = toE164(`${area} ${rest}`);
        fc.pre(national !== null);
        expect(toE164(`+39 ${area} ${rest}`)).toBe(national);
        expect(toE164(`0039${area}${rest}`)).toBe(national);
      }),
      { numRuns: 300 },
    );
  });

  it('returns a number recorded in the old free form as E.164, and one it cannot read as written', () => {
    expect(PhoneNumberScalar.serialize('030 1234567')).toBe('+390301234567');
    expect(PhoneNumberScalar.serialize('+39 338 7654321')).toBe('+393387654321');
    expect(PhoneNumberScalar.serialize('12')).toBe('12');
  });

  it('the documentation says what it does: Italian numbers accepted, E.164 returned', () => {
    const scalar = schema.getType('PhoneNumber')!;
    expect(scalar.description).toMatch(/030 1234567/);
    expect(scalar.description).toMatch(/E\.164/);
  });
});
