import { INTL_TAG, Locale } from '../i18n/locale';
import { msg, render } from '../i18n/message';
import type { MessageKey } from '../i18n/messages';

/**
 * graphql-js writes its parse, validation and coercion errors in English, before any Ponte code runs. Each known
 * sentence is matched here and said again through the catalogue with the names it quotes; the sentences are
 * graphql-js 16's (a test sends each kind of mistake, so a new wording shows up as a failing test, not as English).
 */
const SENTENCES: ReadonlyArray<[RegExp, MessageKey, readonly string[]]> = [
  [/^Syntax Error: (.*)$/s, 'graphql.js.syntax', ['detail']],
  [/^Cannot query field "(\w+)" on type "(\w+)"\.$/, 'graphql.js.unknownField', ['field', 'type']],
  [/^Unknown argument "(\w+)" on field "([\w.]+)"\.$/, 'graphql.js.unknownArgument', ['argument', 'field']],
  [/^Unknown type "(\w+)"\.$/, 'graphql.js.unknownType', ['type']],
  [
    /^Field "([\w.]+)" argument "(\w+)" of type "([\w![\]]+)" is required, but it was not provided\.$/,
    'graphql.js.argumentRequired',
    ['field', 'argument', 'type'],
  ],
  [/^Variable "\$(\w+)" is not defined(?: by operation "\w+")?\.$/, 'graphql.js.variableUndefined', ['variable']],
  [/^Variable "\$(\w+)" is never used(?: in operation "\w+")?\.$/, 'graphql.js.variableUnused', ['variable']],
  [
    /^Variable "\$(\w+)" of required type "([\w![\]]+)" was not provided\.$/,
    'graphql.js.variableRequired',
    ['variable', 'type'],
  ],
  [
    /^Variable "\$(\w+)" of non-null type "([\w![\]]+)" must not be null\.$/,
    'graphql.js.variableRequired',
    ['variable', 'type'],
  ],
  [
    /^Variable "\$(\w+)" got invalid value (.*?) at "(\w+(?:\.\w+|\[\d+\])*)"; (.*)$/s,
    'graphql.js.variableInvalidAt',
    ['variable', 'value', 'path', 'detail'],
  ],
  [
    /^Variable "\$(\w+)" got invalid value (.*?); (.*)$/s,
    'graphql.js.variableInvalid',
    ['variable', 'value', 'detail'],
  ],
  [/^Value "(\w+)" does not exist in "(\w+)" enum\.$/, 'graphql.js.enumValue', ['value', 'enum']],
  [/^Enum "(\w+)" cannot represent non-enum value: (.*?)\.$/, 'graphql.js.enumValue', ['enum', 'value']],
  [
    /^Field "([\w.]+)" of required type "([\w![\]]+)" was not provided\.$/,
    'graphql.js.inputFieldRequired',
    ['field', 'type'],
  ],
  [/^Field "(\w+)" is not defined by type "(\w+)"\.$/, 'graphql.js.inputFieldUnknown', ['field', 'type']],
  [/^Int cannot represent non 32-bit signed integer value: (.*)$/s, 'graphql.js.int32', ['value']],
  [
    /^(Int|Float|String|Boolean|ID) cannot represent (?:a )?non[- ].*?value: (.*)$/s,
    'graphql.js.scalar',
    ['type', 'value'],
  ],
  [
    /^Expected value of type "([\w![\]]+)", found ([^;]*?); (.*)$/s,
    'graphql.js.expectedTypeBecause',
    ['type', 'value', 'detail'],
  ],
  [/^Expected value of type "([\w![\]]+)", found (.*?)\.$/s, 'graphql.js.expectedType', ['type', 'value']],
  [/^Expected type "([\w![\]]+)"\. (.*)$/s, 'graphql.js.expectedTypeDetail', ['type', 'detail']],
  [/^Fields "(\w+)" conflict because (.*)$/s, 'graphql.js.conflict', ['field', 'detail']],
  [
    /^Field "(\w+)" must not have a selection since type "([\w![\]]+)" has no subfields\.$/,
    'graphql.js.leafSelection',
    ['field', 'type'],
  ],
  [
    /^Field "(\w+)" of type "([\w![\]]+)" must have a selection of subfields\.$/,
    'graphql.js.needsSelection',
    ['field', 'type'],
  ],
  [
    /^Fragment cannot be spread here as objects of type "(\w+)" can never be of type "(\w+)"\.$/,
    'graphql.js.spread',
    ['parent', 'type'],
  ],
  [/^Unknown fragment "(\w+)"\.$/, 'graphql.js.unknownFragment', ['fragment']],
  [/^Fragment "(\w+)" is never used\.$/, 'graphql.js.unusedFragment', ['fragment']],
  [/^There can be only one operation named "(\w+)"\.$/, 'graphql.js.duplicateOperation', ['operation']],
  [/^This anonymous operation must be the only defined operation\.$/, 'graphql.js.anonymousOperation', []],
  [/^Must provide operation name if query contains multiple operations\.$/, 'graphql.js.operationName', []],
  [/^Unknown operation named "(\w+)"\.$/, 'graphql.js.unknownOperation', ['operation']],
  [/^Unknown directive "@(\w+)"\.$/, 'graphql.js.unknownDirective', ['directive']],
  [/^There can be only one argument named "(\w+)"\.$/, 'graphql.js.duplicateArgument', ['argument']],
  [/^There can be only one input field named "(\w+)"\.$/, 'graphql.js.duplicateArgument', ['argument']],
  [/^There can be only one variable named "\$(\w+)"\.$/, 'graphql.js.duplicateVariable', ['variable']],
  // graphql-scalars' refusals of a value of its scalars (LocalDate, DateTime, EmailAddress, ...).
  [/^Value is not a valid (\w+): (.*)$/s, 'graphql.js.scalarInvalid', ['type', 'text']],
  // Why two selections of one name conflict.
  [
    /^"(\w+)" and "(\w+)" are different fields\. Use different aliases on the fields to fetch both if this was intentional\.$/,
    'graphql.js.differentFields',
    ['first', 'second'],
  ],
  [
    /^they have differing arguments\. Use different aliases on the fields to fetch both if this was intentional\.$/,
    'graphql.js.differentArguments',
    [],
  ],
  [/^they return conflicting types "([^"]+)" and "([^"]+)"\.$/, 'graphql.js.differentTypes', ['first', 'second']],
  // What the parser says inside a syntax error.
  [/^Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/, 'graphql.js.tooManyTokens', ['limit']],
  [/^Expected (.*?), found (.*?)\.$/s, 'graphql.js.expectedToken', ['expected', 'found']],
  [/^Unexpected (.*?)\.$/s, 'graphql.js.unexpectedToken', ['found']],
  [/^Unterminated string\.$/, 'graphql.js.unterminatedString', []],
  [/^(?:Invalid|Unexpected) character: (.*?)\.$/s, 'graphql.js.unexpectedToken', ['found']],
];

/** A question graphql-js adds outside production ("Did you mean "NAME"?"), with the names it offers. */
const SUGGESTION = /\s*Did you mean (.*)\?$/s;

/**
 * graphql-js's sentence in the catalogue's words and `locale`; null for a sentence not known here (left as it was).
 * The reason inside a coercion error is said again the same way when it is one of graphql-js's own.
 */
export function graphqlJsText(text: string, locale: Locale): string | null {
  const suggestion = text.match(SUGGESTION);
  const sentence = suggestion ? text.slice(0, suggestion.index) : text;
  for (const [pattern, key, quoted] of SENTENCES) {
    const match = sentence.match(pattern);
    if (!match) continue;
    const params: Record<string, string> = Object.fromEntries(quoted.map((name, i) => [name, match[i + 1] ?? '']));
    if (params.detail) params.detail = graphqlJsText(params.detail, locale) ?? params.detail;
    const said = render(msg(key, params), locale);
    if (!suggestion) return said;
    const offered = [...suggestion[1].matchAll(/"([^"]*)"/g)].map((m) => `"${m[1]}"`);
    const names = new Intl.ListFormat(INTL_TAG[locale], { type: 'disjunction' }).format(offered);
    return `${said}. ${render(msg('graphql.js.didYouMean', { names }), locale)}`;
  }
  return null;
}
