import fc from 'fast-check';
import { graphqlJsText } from '../../src/graphql/graphql-js-messages';

describe('graphql-js sentences in the catalogue’s words', () => {
  it('says a known sentence again, with the names it quotes, in either language', () => {
    expect(graphqlJsText('Cannot query field "colore" on type "Operator".', 'it')).toBe(
      'Il tipo Operator non ha un campo «colore»',
    );
    expect(graphqlJsText('Cannot query field "colore" on type "Operator".', 'en')).toBe(
      'Type Operator has no field "colore"',
    );
  });

  it('offers graphql-js’s suggestions as the language lists alternatives', () => {
    const text = 'Cannot query field "beneficiarie" on type "Query". Did you mean "beneficiaries" or "beneficiary"?';
    expect(graphqlJsText(text, 'it')).toBe(
      'Il tipo Query non ha un campo «beneficiarie». Forse intendevi "beneficiaries" o "beneficiary"?',
    );
    expect(graphqlJsText(text, 'en')).toBe(
      'Type Query has no field "beneficiarie". Did you mean "beneficiaries" or "beneficiary"?',
    );
  });

  it('leaves a sentence it does not know as it was (null), so nothing is lost', () => {
    expect(graphqlJsText('Something new in a later graphql-js.', 'it')).toBeNull();
  });

  it('never throws, whatever the text, and never answers with an empty sentence', () => {
    const name = fc.stringMatching(/^[A-Za-z_]\w{0,12}$/);
    const anyText = fc.oneof(
      fc.string(),
      fc.tuple(name, name).map(([f, t]) => `Cannot query field "${f}" on type "${t}".`),
      fc.tuple(name, fc.string()).map(([v, d]) => `Variable "$${v}" got invalid value ${d}; ${d}`),
      fc.string().map((s) => `Syntax Error: ${s}`),
      fc.string().map((s) => `Value is not a valid LocalDate: ${s}`),
      fc
        .tuple(name, fc.array(name, { maxLength: 4 }))
        .map(
          ([f, offered]) =>
            `Cannot query field "${f}" on type "Query". Did you mean ${offered.map((o) => `"${o}"`).join(' or ')}?`,
        ),
    );
    fc.assert(
      fc.property(anyText, fc.constantFrom('it' as const, 'en' as const), (text, locale) => {
        const said = graphqlJsText(text, locale);
        expect(said === null || said.trim().length > 0).toBe(true);
      }),
    );
  });
});
