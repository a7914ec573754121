import fc from 'fast-check';
import { localeOfTag, negotiateLocale, requestLocale } from '../../src/i18n/negotiate';

describe('the request language', () => {
  it.each([
    [undefined, 'it'],
    ['', 'it'],
    ['en', 'en'],
    ['EN-us', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['it-IT,it;q=0.9,en;q=0.8', 'it'],
    ['de-DE,en;q=0.5', 'en'],
    ['fr, de', 'it'],
    ['en;q=0.3, it;q=0.7', 'it'],
    ['it;q=0.3, en;q=0.7', 'en'],
    ['it;q=0, en', 'en'],
    ['en;q=0', 'it'],
    ['*', 'it'],
    ['de, *;q=0.5, en;q=0.4', 'it'],
    ['en;q=banana, it;q=0.1', 'it'],
    ['en;q=1.5', 'it'],
    [';;,,;q=', 'it'],
  ])('Accept-Language %p gives %p', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });

  it('lets the override win over Accept-Language, and ignores an override Ponte does not speak', () => {
    expect(requestLocale('it', 'en')).toBe('en');
    expect(requestLocale('en', 'IT')).toBe('it');
    expect(requestLocale('en', 'de')).toBe('en');
    expect(requestLocale(undefined, { locale: 'en' })).toBe('it');
    expect(requestLocale(undefined, ['en'])).toBe('en');
    expect(localeOfTag(42)).toBeNull();
  });

  const tag = fc.oneof(
    fc.constantFrom('it', 'en', 'IT', 'En', 'en-GB', 'it_IT', 'de', 'fr-CH', '*', '', ' en ', 'i', 'english'),
    fc.string({ maxLength: 12 }),
  );
  const quality = fc.oneof(
    fc.constant(''),
    fc.double({ min: 0, max: 1, noNaN: true }).map((q) => `;q=${q.toFixed(3)}`),
    fc.string({ maxLength: 8 }).map((junk) => `;q=${junk}`),
    fc.string({ maxLength: 8 }).map((junk) => `;${junk}`),
  );
  const header = fc.oneof(
    fc
      .array(
        fc.tuple(tag, quality).map(([t, q]) => t + q),
        { maxLength: 8 },
      )
      .map((ranges) => ranges.join(',')),
    fc.string({ maxLength: 200 }),
    fc.string({ maxLength: 100, unit: 'grapheme' }),
  );

  it('never throws and always answers it or en, whatever the header says', () => {
    fc.assert(
      fc.property(header, fc.option(fc.oneof(tag, fc.anything()), { nil: undefined }), (value, override) => {
        const locale = requestLocale(value, override);
        expect(['it', 'en']).toContain(locale);
        expect(['it', 'en']).toContain(negotiateLocale(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('picks English exactly when English ranks strictly above Italian and the wildcard', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.boolean(),
        (en, it, enFirst) => {
          const ranges = [`en;q=${en / 1000}`, `it;q=${it / 1000}`];
          const header = (enFirst ? ranges : ranges.reverse()).join(', ');
          const expected = en > it || (en === it && en > 0 && enFirst) ? 'en' : 'it';
          expect(negotiateLocale(header)).toBe(expected);
        },
      ),
    );
  });
});
