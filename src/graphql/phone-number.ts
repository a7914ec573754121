import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { currentLocale } from '../i18n/request-locale';
import { translate } from '../i18n/translate';

/*
 * Phone numbers as operators write them ("030 1234567", "333 1234567", "+39 333 123 4567", "0039 …") and as Ponte
 * keeps and returns them: E.164 ("+390301234567"). A number without a country code is Italian. libphonenumber-js
 * (with its full metadata) decides whether a number can exist, so "12" or "+39 3" are refused rather than stored.
 */

/** Only what people write in a phone number: digits, an optional leading +, spaces, dots, dashes, slashes, brackets. */
const WRITTEN_FORM = /^\+?[0-9(][0-9 .\-/()]{3,28}[0-9]$/;

/** The number in E.164, or null when it is not a valid number (or carries an extension, which E.164 cannot hold). */
export function toE164(written: string): string | null {
  const text = written.trim();
  if (!WRITTEN_FORM.test(text)) return null;
  const parsed = parsePhoneNumberFromString(text, { defaultCountry: 'IT', extract: false });
  if (!parsed || parsed.ext || !parsed.isValid()) return null;
  return parsed.number;
}

function parse(value: unknown): string {
  if (typeof value !== 'string') throw new GraphQLError(translate(currentLocale(), 'phone.notText'));
  const e164 = toE164(value);
  if (e164 === null) throw new GraphQLError(translate(currentLocale(), 'phone.invalid', { value: value.slice(0, 40) }));
  return e164;
}

export const PhoneNumberScalar = new GraphQLScalarType({
  name: 'PhoneNumber',
  description:
    'A phone number. Accepted as Italian numbers are written, with or without +39 or 0039 (e.g. "030 1234567", ' +
    '"333 123 4567", "+39 030 1234567"), or international with the country code (e.g. "+44 20 7946 0958"); spaces, ' +
    'dots, dashes and brackets are ignored, extensions are refused, and a number that cannot exist is refused. ' +
    'Always stored and returned in E.164, e.g. "+390301234567". A number recorded before this rule that is not ' +
    'valid is returned as it was written.',
  serialize: (value) => (typeof value === 'string' ? (toE164(value) ?? value) : value),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError(translate(currentLocale(), 'phone.notText'), { nodes: ast });
    return parse(ast.value);
  },
  extensions: { codegenScalarType: 'string' },
});
